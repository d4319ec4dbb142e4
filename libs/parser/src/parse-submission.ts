import { extractDocx } from './adapters/docx';
import { extractHtml } from './adapters/html';
import { extractText } from './adapters/text';
import { extractOds } from './adapters/ods';
import { extractXlsx } from './adapters/xlsx';
import { detectAssessmentDate } from './detect/dates';
import { detectLandlord } from './detect/landlord';
import { describeContents } from './describe-contents';
import { decodeText, detectFormat } from './detect-format';
import { ParseError } from './errors';
import type { ExtractedDocument, SourceFormat } from './model/extracted-document';
import { COMPLIANCE_STATUSES, type ComplianceStatus, type ParsedSubmission, type ParseWarning } from './model/parsed-submission';
import { catalogKnowledge } from './normalise/catalog-knowledge';
import type { CodeKnowledge } from './normalise/code-knowledge';
import { normaliseDocument } from './normalise/normalise-document';
import { reportStyleTable } from './normalise/report-style';
import { DEFAULT_OCR_LIMITS, markOcrRows } from './ocr';
import { extractPdf } from './adapters/pdf/extract-pdf';
import { DEFAULT_PDF_LIMITS } from './adapters/pdf/pdf-limits';
import { PARSER_VERSION } from './parser-version';

export interface ParseLimits {
  /** Largest upload accepted. */
  maxBytes: number;
  /** Largest PDF page count read. */
  maxPages: number;
  /** Time allowed for extraction. */
  timeoutMs: number;
  /** Extra time allowed when a PDF has scanned pages to read by OCR. */
  ocrTimeoutMs: number;
  /** Most provision rows kept. */
  maxRows: number;
  /** Largest uncompressed size of a Word document's text parts, or of an Excel workbook. */
  maxUncompressedBytes: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxPages: DEFAULT_PDF_LIMITS.maxPages,
  timeoutMs: 60_000,
  ocrTimeoutMs: DEFAULT_OCR_LIMITS.timeoutMs,
  maxRows: 1000,
  maxUncompressedBytes: 100 * 1024 * 1024,
};

export interface ParseOptions {
  /** Used only in messages: the format always comes from the bytes. */
  filename?: string;
  mediaType?: string;
  limits?: Partial<ParseLimits>;
  /** The Code knowledge to normalise against; the catalog unless a test stubs it. */
  knowledge?: CodeKnowledge;
}

/** A landlord's self-assessment document in, a normalised submission out. */
export async function parseSubmission(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedSubmission> {
  const started = performance.now();
  const limits: ParseLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxBytes) {
    throw new ParseError('file_too_large', `The file is ${megabytes(bytes.length)} MB; the limit is ${megabytes(limits.maxBytes)} MB.`, {
      bytes: bytes.length,
      limit: limits.maxBytes,
    });
  }
  const format = detectFormat(bytes);
  // The PDF adapter keeps its own deadline and extends it only when it OCRs: this is the backstop.
  const extracted = await withTimeout(extract(bytes, format, limits), limits.timeoutMs + (format === 'pdf' ? limits.ocrTimeoutMs : 0));
  // A report with a heading and labelled paragraphs per provision is read as the table it stands for.
  const doc = extracted.blocks.some((b) => b.kind === 'row') ? extracted : (reportStyleTable(extracted) ?? extracted);
  if (!doc.blocks.some((b) => b.kind === 'row')) {
    const found = describeContents(doc);
    throw new ParseError(
      'no_table_found',
      `No self-assessment table, and no provisions written out one by one with their answers, were found in the document (found instead: ${found.summary}).`,
      found,
    );
  }

  const text = documentText(doc);
  const normalised = normaliseDocument(doc, options.knowledge ?? catalogKnowledge, { maxRows: limits.maxRows });
  markOcrRows(normalised.rows, doc.ocr);
  if (normalised.rows.length === 0) {
    const found = describeContents(doc);
    throw new ParseError(
      'no_table_found',
      `No self-assessment rows (provision, requirement, answer) were found (found instead: ${found.summary}).`,
      found,
    );
  }
  const intro = introLines(doc);
  const ownText = normalised.rows.flatMap((r) => [r.evidence ?? '', r.commentary ?? '']).join('\n');
  const landlordName = detectLandlord(intro, text, ownText);
  const dates = detectAssessmentDate(intro, text);

  const warnings: ParseWarning[] = [
    ...formatWarnings(format, options),
    ...doc.warnings.map((message): ParseWarning => ({ code: 'extraction', message })),
    ...normalised.warnings,
  ];
  if (!landlordName) warnings.push({ code: 'landlord_not_found', message: 'The document does not name the landlord.' });
  if (dates.inferred && dates.year !== null) {
    warnings.push({ code: 'assessment_year_inferred', message: `No assessment date is stated; ${dates.year} is the latest year the document reports on.` });
  }

  const statusCounts = Object.fromEntries(COMPLIANCE_STATUSES.map((s) => [s, 0])) as Record<ComplianceStatus, number>;
  for (const row of normalised.rows) statusCounts[row.status]++;
  return {
    codeVersion: normalised.codeVersion,
    versionConfidence: normalised.versionConfidence,
    landlordName,
    assessmentYear: dates.year,
    assessmentDate: dates.date,
    format,
    rows: normalised.rows,
    warnings,
    stats: {
      tables: normalised.tables,
      rows: normalised.rows.length,
      provisionsExpected: (options.knowledge ?? catalogKnowledge).provisions(normalised.codeVersion).length || null,
      provisionsRecovered: normalised.rows.filter((r) => r.warnings.some((w) => w.code === 'provision_recovered')).length,
      statusCounts,
      lowConfidenceRows: normalised.rows.filter((r) => r.confidence < 0.6).length,
      pageCount: doc.pageCount ?? null,
      elapsedMs: Math.round(performance.now() - started),
    },
    parserVersion: PARSER_VERSION,
  };
}

async function extract(bytes: Uint8Array, format: SourceFormat, limits: ParseLimits): Promise<ExtractedDocument> {
  switch (format) {
    case 'pdf':
      return extractPdf(bytes, { maxPages: limits.maxPages, timeoutMs: limits.timeoutMs, ocrTimeoutMs: limits.ocrTimeoutMs });
    case 'docx':
      return extractDocx(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes });
    case 'xlsx':
      return extractXlsx(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes });
    case 'ods':
      return extractOds(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes });
    case 'html':
      return extractHtml(decodeOrFail(bytes));
    case 'text':
      return extractText(decodeOrFail(bytes));
  }
}

function decodeOrFail(bytes: Uint8Array): string {
  const text = decodeText(bytes);
  if (text === null) throw new ParseError('unsupported_format', 'The file is neither readable text nor a PDF, Word or HTML document.');
  return text;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ParseError('parse_timeout', `Reading the document took longer than ${Math.round(ms / 1000)} seconds.`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The document as lines of text (table cells tab-separated), for version, landlord and date detection. */
function documentText(doc: ExtractedDocument): string {
  return doc.blocks
    .map((b) => (b.kind === 'row' ? b.cells.map((c) => (c.spanned ? '' : c.text.replace(/\s+/g, ' '))).join('\t') : b.text))
    .join('\n');
}

/** Title and headings before the first table, where a document states who and when. */
function introLines(doc: ExtractedDocument): string[] {
  const lines = doc.metadata.title ? [doc.metadata.title] : [];
  for (const block of doc.blocks) {
    if (block.kind === 'row') break;
    lines.push(block.text);
  }
  return lines;
}

function formatWarnings(format: SourceFormat, options: ParseOptions): ParseWarning[] {
  const named = /\.([a-z0-9]+)$/i.exec(options.filename ?? '')?.[1]?.toLowerCase();
  const expected: Record<string, SourceFormat> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', ods: 'ods', htm: 'html', html: 'html', txt: 'text', md: 'text' };
  const claimed = named ? expected[named] : undefined;
  if (!claimed || claimed === format) return [];
  return [{ code: 'extraction', message: `The file is named .${named} but its content is ${format}; it was read as ${format}.` }];
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
