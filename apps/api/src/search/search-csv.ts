import type { SearchHit } from '@app/contracts';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '@app/contracts';

const COLUMNS: [string, (hit: SearchHit) => string | number | null][] = [
  ['landlord', (h) => h.landlordName],
  ['landlord_type', (h) => h.landlordType],
  ['region', (h) => h.region],
  ['size_band', (h) => h.sizeBand],
  ['year', (h) => h.assessmentYear],
  ['code_version', (h) => h.codeVersion],
  ['provision_printed', (h) => h.provision],
  ['provisions_2024', (h) => h.canonicalProvisions.join(' ')],
  ['status', (h) => h.status],
  ['field', (h) => h.field],
  ['snippet', (h) => h.snippet.split(SNIPPET_MARK_START).join('').split(SNIPPET_MARK_END).join('')],
  ['flags', (h) => h.flags.join(' ')],
  ['superseded', (h) => (h.superseded ? 'yes' : 'no')],
  ['answer_id', (h) => h.answerId],
  ['submission_id', (h) => h.submissionId],
];

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function searchResultsCsv(hits: readonly SearchHit[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const hit of hits) lines.push(COLUMNS.map(([, get]) => cell(get(hit))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
