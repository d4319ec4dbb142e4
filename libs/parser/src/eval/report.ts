import type { Tally } from './compare';
import type { CaseResult } from './evaluate';
import { passes } from './evaluate';

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
        `  status ${s.statusCorrect}/${s.provisionsExpected} (${percent(s.statusAccuracy)})` +
        (r.target ? `  [own target: status >= ${percent(r.target.statusAccuracy)}, provisions >= ${percent(r.target.provisionAccuracy)}, wrong answers unflagged ${s.unflaggedErrors}]` : ''),
      `  landlord ${mark(s.landlord.ok)} ${quote(s.landlord.detected)} vs ${quote(s.landlord.expected)}` +
        `  version ${mark(s.version.ok)} ${s.version.detected} vs ${s.version.expected}` +
        `  year ${mark(s.year.ok)} ${s.year.detected ?? 'null'} vs ${s.year.expected ?? 'null'}` +
        (s.date ? `  date ${mark(s.date.ok)} ${quote(s.date.detected)} vs ${quote(s.date.expected)}` : ''),
      `  evidenceStarts ${ratio(s.evidenceStarts)}  commentaryStarts ${ratio(s.commentaryStarts)}` +
        (s.evidenceExact.total ? `  evidence exact ${ratio(s.evidenceExact)}` : '') +
        (s.commentaryExact.total ? `  commentary exact ${ratio(s.commentaryExact)}` : '') +
        (s.requirementExact.total ? `  requirement exact ${ratio(s.requirementExact)}` : ''),
    );
    const shown = verbose ? s.problems : s.problems.slice(0, 8);
    out.push(...shown.map((p) => `    - ${p}`));
    if (shown.length < s.problems.length) out.push(`    ... ${s.problems.length - shown.length} more (--verbose)`);
  }
  const passed = results.filter(passes).length;
  const ownTargets = results.filter((r) => r.target).length;
  out.push('', `${passed}/${results.length} documents at 100% provision and status accuracy${ownTargets ? ` (${ownTargets} read by OCR: at their own target)` : ''}.`);
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
