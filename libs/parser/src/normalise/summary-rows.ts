import type { ParseWarning } from '../model/parsed-submission';
import type { DraftRow } from './draft-row';
import { normaliseStatus } from '../vocabulary/answers';

/**
 * Some documents repeat every answer in a summary table ("Provision | Status") before or after the detailed
 * form. A row from a table without evidence or commentary columns is set aside when the same provision has a
 * detailed row: the detailed row wins, and a summary that answers differently is noted on it.
 */
export function setAsideSummaryRows(drafts: DraftRow[]): {
  drafts: DraftRow[];
  warning: ParseWarning | null;
} {
  const detailed = new Map<string, DraftRow>();
  for (const draft of drafts) {
    if (draft.number && isDetailed(draft) && !detailed.has(draft.number)) detailed.set(draft.number, draft);
  }
  const kept: DraftRow[] = [];
  let dropped = 0;
  for (const draft of drafts) {
    const full = draft.number && !isDetailed(draft) ? detailed.get(draft.number) : undefined;
    if (!full) {
      kept.push(draft);
      continue;
    }
    dropped++;
    noteDisagreement(full, draft);
  }
  if (dropped === 0) return { drafts, warning: null };
  return {
    drafts: kept,
    warning: {
      code: 'summary_rows_ignored',
      message: `${dropped} rows of a summary table repeat answers given in full elsewhere in the document; the full rows were used.`,
    },
  };
}

function isDetailed(draft: DraftRow): boolean {
  return draft.lines.some((l) => l.detailed);
}

function noteDisagreement(full: DraftRow, summary: DraftRow): void {
  const said = summary.cells.status.map((f) => f.text).join(' ');
  const theirs = normaliseStatus(said).status;
  const ours = normaliseStatus(full.cells.status[0]?.text ?? full.inheritedStatus).status;
  if (theirs === ours || theirs === 'missing' || theirs === 'unknown') return;
  if (full.warnings.some((w) => w.code === 'status_ambiguous')) return;
  full.warnings.push({
    code: 'status_ambiguous',
    message: `A summary table elsewhere in the document answers "${said.trim()}" for ${full.number ?? 'this provision'}.`,
  });
  full.penalty += 0.2;
}
