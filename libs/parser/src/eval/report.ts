import { CELL_TEXT_F1, type Tally } from './compare';
import type { CaseResult } from './evaluate';
import { passes } from './evaluate';

/** Every document should have at least this share of its cells right. */
export const CELL_TEXT_TARGET = 0.98;

/** A plain-text report: one block per document, then a summary line. */
export function formatReport(results: readonly CaseResult[], verbose = false): string {
  const out: string[] = [];
  for (const r of results) {
    if (!r.score) {
      out.push(`FAIL ${r.name}\n  could not parse: ${r.error ?? 'unknown error'}`);
      continue;
    }
    const s = r.score;
    out.push(
      `${passes(r) ? 'ok  ' : 'FAIL'} ${r.name}  [${r.format}, ${r.elapsedMs} ms]`,
      `  provisions ${s.provisionsFound}/${s.provisionsExpected} (${percent(s.provisionAccuracy)}, ${s.rowsParsed} rows parsed)` +
        `  status ${s.statusCorrect}/${s.provisionsExpected} (${percent(s.statusAccuracy)})`,
      `  landlord ${mark(s.landlord.ok)} ${quote(s.landlord.detected)} vs ${quote(s.landlord.expected)}` +
        `  version ${mark(s.version.ok)} ${s.version.detected} vs ${s.version.expected}` +
        `  year ${mark(s.year.ok)} ${s.year.detected ?? 'null'} vs ${s.year.expected ?? 'null'}` +
        (s.date ? `  date ${mark(s.date.ok)} ${quote(s.date.detected)} vs ${quote(s.date.expected)}` : ''),
      `  evidenceStarts ${ratio(s.evidenceStarts)}  commentaryStarts ${ratio(s.commentaryStarts)}` +
        (s.evidenceExact.total ? `  evidence exact ${ratio(s.evidenceExact)}` : '') +
        (s.commentaryExact.total ? `  commentary exact ${ratio(s.commentaryExact)}` : '') +
        (s.requirementExact.total ? `  requirement exact ${ratio(s.requirementExact)}` : '') +
        (s.cellText.total ? `  cell text ${ratio(s.cellText)} (${percent(s.cellText.matched / s.cellText.total)})` : ''),
    );
    const shown = verbose ? s.problems : s.problems.slice(0, 8);
    out.push(...shown.map((p) => `    - ${p}`));
    if (shown.length < s.problems.length) out.push(`    ... ${s.problems.length - shown.length} more (--verbose)`);
  }
  const passed = results.filter(passes).length;
  out.push('', `${passed}/${results.length} documents at 100% provision and status accuracy.`);
  const scored = results.flatMap((r) => (r.score && r.score.cellText.total > 0 ? [{ name: r.name, cells: r.score.cellText }] : []));
  if (scored.length > 0) {
    const matched = scored.reduce((sum, r) => sum + r.cells.matched, 0);
    const total = scored.reduce((sum, r) => sum + r.cells.total, 0);
    const lowest = scored.reduce((low, r) => (r.cells.matched / r.cells.total < low.cells.matched / low.cells.total ? r : low));
    const below = scored.filter((r) => r.cells.matched / r.cells.total < CELL_TEXT_TARGET).length;
    out.push(
      `Cell text (token F1 >= ${CELL_TEXT_F1}): ${matched}/${total} cells (${percent(matched / total)}) over ${scored.length} documents; ` +
        `lowest ${percent(lowest.cells.matched / lowest.cells.total)} (${lowest.name}); ${below} below ${percent(CELL_TEXT_TARGET)}.`,
    );
  }
  return out.join('\n');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function ratio(t: Tally): string {
  return t.total ? `${t.matched}/${t.total}` : '-';
}

function mark(ok: boolean): string {
  return ok ? 'ok' : 'WRONG';
}

function quote(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}
