import type { ParsedSubmission } from '../model/parsed-submission';

export type OutputFormat = 'json' | 'csv' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'csv', 'table'];

export interface FileResult {
  file: string;
  parsed: ParsedSubmission;
}

/** The JSON shape `chc parse` prints for one file. */
export function toJson(result: FileResult): Record<string, unknown> {
  const { parsed } = result;
  return {
    file: result.file,
    landlordName: parsed.landlordName,
    codeVersion: parsed.codeVersion,
    assessmentYear: parsed.assessmentYear,
    rows: parsed.rows.map((row) => ({
      provision: row.provision,
      canonicalProvisions: row.canonicalProvisions,
      status: row.status,
      statusRaw: row.statusRaw,
      requirement: row.requirement,
      evidence: row.evidence,
      commentary: row.commentary,
      confidence: row.confidence,
      warnings: row.warnings,
    })),
    warnings: parsed.warnings,
  };
}

export function render(results: readonly FileResult[], format: OutputFormat): string {
  switch (format) {
    case 'json': {
      const objects = results.map(toJson);
      return JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2);
    }
    case 'csv':
      return renderCsv(results);
    case 'table':
      return results.map(renderTable).join('\n\n');
  }
}

const CSV_COLUMNS = [
  'file', 'landlordName', 'codeVersion', 'assessmentYear', 'provision', 'canonicalProvisions', 'status', 'statusRaw',
  'confidence', 'requirement', 'evidence', 'commentary', 'warnings',
];

function renderCsv(results: readonly FileResult[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { file, parsed } of results) {
    for (const row of parsed.rows) {
      lines.push(
        [
          file, parsed.landlordName, parsed.codeVersion, parsed.assessmentYear, row.provision,
          row.canonicalProvisions.map((c) => c.provision).join(' '), row.status, row.statusRaw, row.confidence,
          row.requirement, row.evidence, row.commentary, row.warnings.map((w) => w.code).join(' '),
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return lines.join('\n');
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderTable({ file, parsed }: FileResult): string {
  const head = [
    file,
    `  landlord ${parsed.landlordName ?? '(not stated)'} | Code ${parsed.codeVersion} | year ${parsed.assessmentYear ?? '(not stated)'} | ${parsed.format} | ${parsed.rows.length} rows`,
  ];
  const rows = parsed.rows.map((row) => {
    const canonical = row.canonicalProvisions.map((c) => c.provision).join('/') || '-';
    const flags = row.warnings.length ? `  ! ${row.warnings.map((w) => w.code).join(', ')}` : '';
    return `  ${pad(row.provision, 6)} ${pad(canonical, 8)} ${pad(row.status, 8)} ${row.confidence.toFixed(2)}  ${clip(row.evidence ?? row.commentary ?? '', 60)}${flags}`;
  });
  const notes = parsed.warnings.map((w) => `  * ${w.message}`);
  return [...head, ...rows, ...notes].join('\n');
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
