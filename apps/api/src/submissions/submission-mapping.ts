import { CODE_VERSIONS, getProvision } from '@app/code-catalog';
import type { AnswerDto, SubmissionDetailDto, SubmissionSummaryDto } from '@app/contracts';
import type { AnswerRow, StandingFlag, SubmissionRow } from '@app/db';

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

/**
 * The stored answer on the wire: the catalog's short title added, parser flags and correction renamed for readers,
 * and the consistency flags that stand on it (not dismissed) with their reasons.
 */
export function toAnswer(row: AnswerRow, codeVersion: string | null, flags: readonly StandingFlag[] = []): AnswerDto {
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
    consistencyFlags: flags.map(({ flag, reason, state }) => ({ flag, reason, state })),
  };
}

export function toDetail(
  row: SubmissionRow,
  answers: AnswerRow[],
  flags: ReadonlyMap<string, readonly StandingFlag[]>,
  reparseDiffPending: boolean,
): SubmissionDetailDto {
  return {
    ...toSummary(row),
    parserVersion: row.parserVersion,
    progress: row.progress,
    detectedLandlordName: row.detectedLandlordName,
    detectedYear: row.detectedYear,
    warnings: row.warnings,
    answers: answers.map((answer) => toAnswer(answer, row.codeVersion, flags.get(answer.id))),
    supersededById: row.supersededById,
    confirmedAt: row.confirmedAt ? row.confirmedAt.toISOString() : null,
    reparseDiffPending,
  };
}
