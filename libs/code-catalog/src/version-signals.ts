import { listSections } from './catalog';
import { matchRequirement } from './match-requirement';
import { normaliseRequirementText } from './text-normalise';
import type { CodeVersion, DetectOptions, VersionDetection, VersionSignal } from './types';

type SignalFinder = (text: string, plain: string) => VersionSignal[];

function signal(name: string, version: CodeVersion, weight: number, evidence: string): VersionSignal {
  return { name, version, weight: Math.round(weight * 100) / 100, evidence: evidence.trim().slice(0, 160) };
}

function count(text: string, pattern: RegExp): { n: number; first: string } {
  const all = text.match(pattern) ?? [];
  return { n: all.length, first: all[0] ?? '' };
}

/** "Code provision | Code requirement" heads 2024 forms; "Code section | Code requirement" 2022 ones. */
const numberColumnHeader: SignalFinder = (_text, plain) => {
  const found: VersionSignal[] = [];
  const v2024 = count(plain, /code provision[\s|]+code requirement/gi);
  const v2022 = count(plain, /code section[\s|]+code requirement/gi);
  if (v2024.n) found.push(signal('number-column-header', '2024', 3, `${v2024.n} x "${v2024.first}"`));
  if (v2022.n) found.push(signal('number-column-header', '2022', 3, `${v2022.n} x "${v2022.first}"`));
  return found;
};

const sectionTwoTitle: SignalFinder = (_text, plain) => {
  const found: VersionSignal[] = [];
  const exclusions = /section\s*2\s*[:.-]\s*exclusions/i.exec(plain);
  const accessibility = /section\s*2\s*[:.-]\s*accessibility and awareness/i.exec(plain);
  if (exclusions) found.push(signal('section-2-title', '2024', 2.5, exclusions[0]));
  if (accessibility) found.push(signal('section-2-title', '2022', 2.5, accessibility[0]));
  return found;
};

const mustShouldSubheadings: SignalFinder = (_text, plain) => {
  const found = count(plain, /(?:mandatory\s*'must'|best practice\s*'should')\s*requirements/gi);
  return found.n ? [signal('must-should-subheadings', '2022', 3, `${found.n} x "${found.first}"`)] : [];
};

/** Section 9 exists only in 2024; stopping at 8 hints at 2022 but proves little (a form may be cut short). */
const highestSection: SignalFinder = (text) => {
  const sections = new Set<number>();
  for (const m of text.matchAll(/^[#* ]*section\s+(\d{1,2})\s*[:.\-\u2013\u2014]/gim))
    sections.add(Number(m[1]));
  for (const m of text.matchAll(/^(?:<p>)?(?:provision\s+)?(\d{1,2})\.\d{1,2}(?:<\/p>)?\t/gim))
    sections.add(Number(m[1]));
  const valid = [...sections].filter((n) => n >= 1 && n <= 9);
  if (valid.length === 0) return [];
  const highest = Math.max(...valid);
  if (highest === 9) return [signal('highest-section', '2024', 2, `sections up to 9`)];
  if (highest === 8 && valid.length >= 6) return [signal('highest-section', '2022', 1, `sections stop at 8`)];
  return [];
};

const definitionWording: SignalFinder = (_text, plain) => {
  const found: VersionSignal[] = [];
  const pattern =
    /defined as:?\W{0,12}an expression of dissatisfaction,? however made,? about the standard of service,? actions or lack of action by the (landlord|organisation)/gi;
  for (const m of plain.matchAll(pattern)) {
    const version: CodeVersion = m[1].toLowerCase() === 'landlord' ? '2024' : '2022';
    if (!found.some((f) => f.version === version)) found.push(signal('definition-wording', version, 2, m[0]));
  }
  return found;
};

/** 2024 forms split Evidence and Commentary into two columns; 2022 forms have one combined column. */
const evidenceColumns: SignalFinder = (_text, plain) => {
  const found: VersionSignal[] = [];
  const split = count(plain, /evidence[\s|]+commentary\s*(?:\/|&|and)\s*explanation/gi);
  const combined = count(plain, /evidence,\s*commentary and any explanations/gi);
  if (split.n) found.push(signal('evidence-columns', '2024', 1.5, `${split.n} x "${split.first}"`));
  if (combined.n) found.push(signal('evidence-columns', '2022', 1.5, `${combined.n} x "${combined.first}"`));
  return found;
};

/** Headings "Section N: <title>" naming a section as only one version numbers and titles it. */
const sectionTitles: SignalFinder = (_text, plain) => {
  const titles = (version: CodeVersion) => listSections(version).filter((s) => s.number !== 2);
  const other = (version: CodeVersion): CodeVersion => (version === '2024' ? '2022' : '2024');
  const found: VersionSignal[] = [];
  for (const version of ['2024', '2022'] as const) {
    const hits: string[] = [];
    for (const section of titles(version)) {
      const twin = listSections(other(version)).find((s) => s.number === section.number);
      if (twin && twin.title.toLowerCase() === section.title.toLowerCase()) continue;
      const escaped = section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const heading = new RegExp(`section\\s*${section.number}\\s*[:.\\-]\\s*${escaped}`, 'i');
      if (heading.test(plain)) hits.push(`${section.number} ${section.title}`);
    }
    if (hits.length)
      found.push(signal('section-titles', version, Math.min(3, hits.length * 0.75), hits.join('; ')));
  }
  return found;
};

/** How many cells quote one version's requirement wording more closely than the other's. */
const requirementWording: SignalFinder = (text) => {
  const votes: Record<CodeVersion, number> = { '2022': 0, '2024': 0 };
  for (const line of text.split('\n')) {
    for (const cell of line.split(/\t|\s\|\s/)) {
      if (cell.split(/\s+/).length < 10) continue;
      const best2024 = matchRequirement(cell, { version: '2024', limit: 1 })[0]?.score ?? 0;
      const best2022 = matchRequirement(cell, { version: '2022', limit: 1 })[0]?.score ?? 0;
      if (Math.max(best2024, best2022) < 0.6 || Math.abs(best2024 - best2022) < 0.08) continue;
      votes[best2024 > best2022 ? '2024' : '2022'] += 1;
    }
  }
  const lead = votes['2024'] - votes['2022'];
  if (Math.abs(lead) < 3) return [];
  const version: CodeVersion = lead > 0 ? '2024' : '2022';
  const evidence = `${votes[version]} cells closer to ${version} wording, ${votes[version === '2024' ? '2022' : '2024']} to the other`;
  return [signal('requirement-wording', version, Math.min(3, Math.abs(lead) / 5), evidence)];
};

const FINDERS: readonly SignalFinder[] = [
  numberColumnHeader,
  sectionTwoTitle,
  mustShouldSubheadings,
  highestSection,
  definitionWording,
  evidenceColumns,
  sectionTitles,
  requirementWording,
];

/** Every clue to which Code version a document answers; each carries its evidence and a weight. */
export function versionSignals(text: string): VersionSignal[] {
  const plain = normaliseRequirementText(text);
  return FINDERS.flatMap((find) => find(text, plain));
}

/** Weighs the signals against each other; never decided by one alone when others disagree. */
export function detectVersion(text: string, options: DetectOptions = {}): VersionDetection {
  const excluded = new Set(options.exclude ?? []);
  const signals = versionSignals(text).filter((s) => !excluded.has(s.name));
  const total: Record<CodeVersion, number> = { '2022': 0, '2024': 0 };
  for (const s of signals) total[s.version] += s.weight;
  if (total['2024'] === total['2022']) return { version: null, confidence: 0, signals };
  const version: CodeVersion = total['2024'] > total['2022'] ? '2024' : '2022';
  const winner = total[version];
  const loser = total[version === '2024' ? '2022' : '2024'];
  // The margin between the versions, damped when there is little evidence at all.
  const confidence = ((winner - loser) / (winner + loser)) * (1 - Math.exp(-winner / 3));
  return { version, confidence: Math.round(confidence * 100) / 100, signals };
}
