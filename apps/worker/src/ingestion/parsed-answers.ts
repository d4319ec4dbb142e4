import type { AnswerSource, ParsedAnswerRow, ParsedSubmissionFields } from '@app/db';
import type { ParsedRow, ParsedSubmission } from '@app/parser';

/** Where a row came from, in the shape stored on `answers.source`. */
export function answerSource(source: ParsedRow['source']): AnswerSource {
  const out: AnswerSource = {};
  if (source.pages?.length) out.pages = [...source.pages];
  if (source.regions?.length) out.regions = source.regions.map((r) => ({ ...r }));
  if (source.table !== undefined) out.table = source.table;
  if (source.row !== undefined) out.row = source.row;
  if (source.firstLine !== undefined) out.lines = [source.firstLine, source.lastLine ?? source.firstLine];
  return out;
}

/** The parser's rows as answers, in document order (the position is the row's index). */
export function toAnswerRows(parsed: ParsedSubmission): ParsedAnswerRow[] {
  return parsed.rows.map((row, position) => ({
    position,
    provision: row.provision,
    canonicalLinks: [...row.canonicalProvisions],
    status: row.status,
    statusRaw: row.statusRaw,
    requirement: row.requirement || null,
    evidence: row.evidence,
    commentary: row.commentary,
    confidence: row.confidence,
    flags: [...new Set(row.warnings.map((w) => w.code))],
    source: answerSource(row.source),
  }));
}

/** The document-level facts of a parse; `extraWarnings` are the pipeline's own (e.g. an unknown landlord). */
export function toSubmissionFields(parsed: ParsedSubmission, extraWarnings: string[]): ParsedSubmissionFields {
  return {
    codeVersion: parsed.codeVersion,
    parserVersion: parsed.parserVersion,
    detectedLandlordName: parsed.landlordName,
    detectedYear: parsed.assessmentYear,
    detectedDate: parsed.assessmentDate,
    warnings: [...parsed.warnings.map((w) => w.message), ...extraWarnings],
  };
}
