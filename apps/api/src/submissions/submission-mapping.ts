import { type CodeVersion, CODE_VERSIONS, getProvision } from '@app/code-catalog';
import type { AnswerDto, SourceFormatValue, SubmissionDetailDto, SubmissionSummaryDto } from '@app/contracts';
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
    format: row.format as SourceFormatValue,
    superseded: row.supersededById !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts: row.counts,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
  };
}

export function toAnswer(row: AnswerRow, codeVersion: string | null): AnswerDto {
  const version = codeVersionOf(codeVersion);
  return {
    id: row.id,
    position: row.position,
    provision: row.provision,
    shortTitle: version ? (getProvision(version as CodeVersion, row.provision)?.shortTitle ?? null) : null,
    canonicalProvisions: row.canonicalLinks.map((link) => ({
      provision: link.provision,
      relation: link.relation,
      confidence: link.confidence,
      trend: link.trend as 'as_is' | 'caveat' | 'none',
    })),
    status: row.status,
    statusRaw: row.statusRaw,
    requirement: row.requirement,
    evidence: row.evidence,
    commentary: row.commentary,
    confidence: row.confidence,
    warnings: row.flags,
    corrected: row.correctedAt !== null,
    source: row.source,
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
