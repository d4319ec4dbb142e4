import type { CodeVersion } from '@app/code-catalog';
import type { CodeKnowledge } from './code-knowledge';
import { cellText, warnOnce, type DraftRow } from './draft-row';
import { compareProvisions, sectionOf } from '../vocabulary/provision-number';

const TEXT_MATCH_FLOOR = 0.3;
const MISMATCH_CEILING = 0.12;
const MIN_TEXT_FOR_CHECK = 60;
const OVERLAP_FLOOR = 0.5;

/**
 * Gives every row a provision number. A row whose number is missing or unreadable takes the unused provision
 * its neighbours leave room for; when several fit (or none), the requirement text decides among them.
 * Then flags numbers the Code does not have, numbers used twice, and requirement text that does not match.
 */
export function recoverProvisions(drafts: DraftRow[], version: CodeVersion, knowledge: CodeKnowledge): void {
  const list = knowledge.provisions(version);
  const inCode = new Set(list);
  const used = new Set(drafts.flatMap((d) => (d.number ? [d.number] : [])));

  drafts.forEach((draft, i) => {
    if (draft.number) return;
    const before = neighbourNumber(drafts, i, -1);
    const after = neighbourNumber(drafts, i, 1);
    const gap = list.filter((p) => !used.has(p) && fitsBetween(p, before, after));
    const requirement = cellText(draft.cells.requirement);
    const choice = choose(gap, requirement, draft.numberRaw, version, knowledge, list.filter((p) => !used.has(p)));
    if (!choice) return;
    draft.number = choice.provision;
    draft.origin = 'recovered';
    used.add(choice.provision);
    const printed = draft.numberRaw ? `printed as "${draft.numberRaw}"` : 'missing';
    warnOnce(draft, 'provision_recovered', `The provision number is ${printed}; taken as ${choice.provision} ${choice.how}.`, choice.penalty);
  });

  const seen = new Map<string, number>();
  for (const draft of drafts) {
    if (!draft.number) continue;
    seen.set(draft.number, (seen.get(draft.number) ?? 0) + 1);
    if (!inCode.has(draft.number)) {
      warnOnce(draft, 'provision_not_in_code', `The ${version} Code has no provision ${draft.number}.`, 0.25);
    }
  }
  for (const draft of drafts) {
    if (draft.number && (seen.get(draft.number) ?? 0) > 1) {
      warnOnce(draft, 'provision_duplicate', `Provision ${draft.number} appears more than once in the document.`, 0.15);
    }
    if (draft.number && inCode.has(draft.number) && draft.origin !== 'recovered') checkRequirement(draft, version, knowledge);
  }
}

interface Choice {
  provision: string;
  how: string;
  penalty: number;
}

function choose(
  gap: string[],
  requirement: string,
  raw: string | null,
  version: CodeVersion,
  knowledge: CodeKnowledge,
  unused: string[],
): Choice | null {
  const lookalike = raw ? gap.filter((p) => looksLike(raw, p)) : [];
  if (lookalike.length === 1 && lookalike[0]) return { provision: lookalike[0], how: 'from the sequence and its printed form', penalty: 0.2 };
  if (gap.length === 1 && gap[0]) return { provision: gap[0], how: 'from the sequence', penalty: 0.25 };
  const pool = gap.length > 0 ? gap : unused;
  if (pool.length === 0 || !requirement) return null;
  const best = knowledge.matchRequirement(requirement, version, pool)[0];
  if (best && best.score >= TEXT_MATCH_FLOOR) {
    return { provision: best.provision, how: `from its requirement text (match ${best.score.toFixed(2)})`, penalty: 0.3 };
  }
  if (gap.length > 0 && gap[0]) return { provision: gap[0], how: 'as the next provision in sequence (weak)', penalty: 0.45 };
  return null;
}

function neighbourNumber(drafts: DraftRow[], from: number, step: 1 | -1): string | null {
  for (let i = from + step; i >= 0 && i < drafts.length; i += step) {
    const number = drafts[i]?.number;
    if (number) return number;
  }
  return null;
}

/** Strictly between the neighbours; 2022 forms list 'must' before 'should', so only same-section order is trusted. */
function fitsBetween(provision: string, before: string | null, after: string | null): boolean {
  if (before && compareProvisions(provision, before) <= 0 && sectionOf(provision) === sectionOf(before)) return false;
  if (after && compareProvisions(provision, after) >= 0 && sectionOf(provision) === sectionOf(after)) return false;
  if (before && sectionOf(provision) < sectionOf(before)) return false;
  if (after && sectionOf(provision) > sectionOf(after)) return false;
  return true;
}

/** "0.12" for 5.12, "5.l3" for 5.13: same shape, at most one character different. */
function looksLike(raw: string, provision: string): boolean {
  const a = raw.replace(/\s+/g, '');
  if (a.length !== provision.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== provision[i]) diff++;
  return diff <= 1;
}

function checkRequirement(draft: DraftRow, version: CodeVersion, knowledge: CodeKnowledge): void {
  const requirement = cellText(draft.cells.requirement);
  if (requirement.length < MIN_TEXT_FOR_CHECK || !draft.number) return;
  // A cheap word-overlap screen first; the catalog's ranked matching only for rows that fail it.
  const expected = knowledge.requirementText(version, draft.number);
  if (expected && overlap(requirement, expected) >= OVERLAP_FLOOR) return;
  const own = knowledge.matchRequirement(requirement, version, [draft.number])[0]?.score ?? 0;
  if (own >= MISMATCH_CEILING) return;
  const best = knowledge.matchRequirement(requirement, version)[0];
  const hint = best && best.provision !== draft.number && best.score > 0.4 ? ` It reads like ${best.provision}.` : '';
  warnOnce(draft, 'requirement_mismatch', `The requirement text does not match provision ${draft.number} of the ${version} Code.${hint}`, 0.2);
}

/** Share of the text's distinct words (of four letters or more) that the reference also uses. */
function overlap(text: string, reference: string): number {
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const mine = words(text);
  if (mine.size === 0) return 0;
  const theirs = words(reference);
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared++;
  return shared / mine.size;
}
