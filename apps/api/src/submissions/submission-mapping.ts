import { CODE_VERSIONS, getProvision } from '@app/code-catalog';
import type { AnswerDto, SubmissionDetailDto, SubmissionSummaryDto } from '@app/contracts';
import type { AnswerRow, SubmissionRow } from '@app/db';

const codeVersionOf = (value: string | null): '2022' | '2024' | null =>
  value && (CODE_VERSIONS as readonly string[]).includes(value) ? (value as '2022' | '2024') : null;

export function toSummary(row: SubmissionRow): SubmissionSummaryDto {
  return {
    id: row.id,
    status: row.status,
    landlordId: row.landlordId,
    landlordName: row.landlordName,
    assessmentYear: row.assessmentYear,
    codeVersion: codeVersionOf(row.codeVersion),
    fileName: row.fileName,
    format: row.format,
    superseded: row.supersededById !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts: row.counts,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
  };
}

/** The stored answer on the wire: the catalog's short title added, flags and correction renamed for readers. */
export function toAnswer(row: AnswerRow, codeVersion: string | null): AnswerDto {
  const version = codeVersionOf(codeVersion);
  const { id, position, provision, status, statusRaw, requirement, evidence, commentary, confidence, source } = row;
  return {
    id,
    position,
    provision,
    status,
    statusRaw,
    requirement,
    evidence,
    commentary,
    confidence,
    source,
    shortTitle: version ? (getProvision(version, provision)?.shortTitle ?? null) : null,
    canonicalProvisions: row.canonicalLinks,
    warnings: row.flags,
    corrected: row.correctedAt !== null,
  };
}

export function toDetail(row: SubmissionRow, answers: AnswerRow[], reparseDiffPending: boolean): SubmissionDetailDto {
  return {
    ...toSummary(row),
    parserVersion: row.parserVersion,
    progress: row.progress,
    detectedLandlordName: row.detectedLandlordName,
    detectedYear: row.detectedYear,
    warnings: row.warnings,
    answers: answers.map((answer) => toAnswer(answer, row.codeVersion)),
    supersededById: row.supersededById,
    confirmedAt: row.confirmedAt ? row.confirmedAt.toISOString() : null,
    reparseDiffPending,
  };
}
