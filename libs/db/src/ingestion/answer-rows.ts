import { type CodeVersion, CODE_VERSIONS, canonicalFor } from '@app/code-catalog';
import type { AnswerChangeDto, AnswerStatus } from '@app/contracts';
import type { AnswerInsert, AnswerSnapshot, CanonicalLink, ParsedAnswerRow } from '../rows/answer.row';
import type { SubmissionCounts } from '../rows/submission.row';

/** A human correction as the answer writer needs it. */
export interface OverrideInput {
  parsedProvision: string;
  position: number;
  status: AnswerStatus | null;
  provision: string | null;
  createdBy: string | null;
  updatedAt: Date;
}

/** The 2024 provisions an answer counts towards, for a provision number in a Code version. */
export function canonicalLinksFor(codeVersion: string | null, provision: string): CanonicalLink[] {
  if (!codeVersion || !(CODE_VERSIONS as readonly string[]).includes(codeVersion)) return [];
  return [...canonicalFor(codeVersion as CodeVersion, provision)];
}

/**
 * Pairs corrections with the rows of a (re-)parse: first on the same provision-as-parsed at the same position,
 * then, for rows that moved, on the provision-as-parsed alone when exactly one unclaimed row has it.
 * A correction whose row is gone is kept in the table but applies to nothing.
 */
export function matchOverrides<O extends OverrideInput>(
  rows: readonly Pick<ParsedAnswerRow, 'provision' | 'position'>[],
  overrides: readonly O[],
): Map<number, O> {
  const matched = new Map<number, O>();
  const left: O[] = [];
  for (const override of overrides) {
    const index = rows.findIndex((r) => r.position === override.position && r.provision === override.parsedProvision);
    if (index >= 0 && !matched.has(index)) matched.set(index, override);
    else left.push(override);
  }
  for (const override of left) {
    const candidates = rows
      .map((r, index) => ({ r, index }))
      .filter(({ r, index }) => r.provision === override.parsedProvision && !matched.has(index));
    if (candidates.length === 1) matched.set(candidates[0]!.index, override);
  }
  return matched;
}

/**
 * Applies corrections to a parse's rows, recomputing the canonical provisions of a corrected provision number:
 * each row ready for `answers`, its effective values beside the parser's own.
 */
export function effectiveRows(
  codeVersion: string | null,
  rows: readonly ParsedAnswerRow[],
  overrides: readonly OverrideInput[],
): AnswerInsert[] {
  const byRow = matchOverrides(rows, overrides);
  return rows.map((row, index) => {
    const override = byRow.get(index);
    const provision = override?.provision ?? row.provision;
    const canonicalLinks = provision === row.provision ? row.canonicalLinks : canonicalLinksFor(codeVersion, provision);
    return {
      ...row,
      provision,
      parsedProvision: row.provision,
      canonicalProvisions: canonicalLinks.map((link) => link.provision),
      canonicalLinks,
      status: override?.status ?? row.status,
      parsedStatus: row.status,
      correctedAt: override ? override.updatedAt : null,
      correctedBy: override ? override.createdBy : null,
    };
  });
}

/** Per-status counts of a submission's effective answers; `flagged` counts rows with parser warnings nobody corrected. */
export function countAnswers(rows: readonly { status: AnswerStatus; flags: string[]; correctedAt: Date | null }[]): SubmissionCounts {
  const counts: SubmissionCounts = { rows: rows.length, yes: 0, no: 0, partial: 0, na: 0, missing: 0, unknown: 0, flagged: 0 };
  for (const row of rows) {
    counts[row.status] += 1;
    if (row.flags.length > 0 && row.correctedAt === null) counts.flagged += 1;
  }
  return counts;
}

type Comparable = Pick<AnswerInsert, 'parsedProvision' | 'provision' | 'status' | 'evidence' | 'commentary'>;

const COMPARED = ['provision', 'status', 'evidence', 'commentary'] as const;

function snapshot(row: Comparable): AnswerSnapshot {
  return { provision: row.provision, status: row.status, evidence: row.evidence, commentary: row.commentary };
}

/** Keys rows by provision-as-parsed and its occurrence, so a repeated number still lines up. */
function keyed(rows: readonly Comparable[]): Map<string, { row: Comparable; occurrence: number }> {
  const seen = new Map<string, number>();
  const out = new Map<string, { row: Comparable; occurrence: number }>();
  for (const row of rows) {
    const occurrence = seen.get(row.parsedProvision) ?? 0;
    seen.set(row.parsedProvision, occurrence + 1);
    out.set(`${row.parsedProvision}#${occurrence}`, { row, occurrence });
  }
  return out;
}

/** Answer-level differences between the answers in place and a re-parse's (both with corrections applied). */
export function diffAnswers(before: readonly Comparable[], after: readonly Comparable[]): AnswerChangeDto[] {
  const old = keyed(before);
  const next = keyed(after);
  const changes: AnswerChangeDto[] = [];
  for (const [key, { row, occurrence }] of old) {
    const replacement = next.get(key);
    if (!replacement) {
      changes.push({ parsedProvision: row.parsedProvision, occurrence, kind: 'removed', fields: [], before: snapshot(row), after: null });
      continue;
    }
    const fields = COMPARED.filter((field) => (row[field] ?? null) !== (replacement.row[field] ?? null));
    if (fields.length) {
      changes.push({
        parsedProvision: row.parsedProvision,
        occurrence,
        kind: 'changed',
        fields: [...fields],
        before: snapshot(row),
        after: snapshot(replacement.row),
      });
    }
  }
  for (const [key, { row, occurrence }] of next) {
    if (!old.has(key)) {
      changes.push({ parsedProvision: row.parsedProvision, occurrence, kind: 'added', fields: [], before: null, after: snapshot(row) });
    }
  }
  return changes;
}
