import { listProvisions, type CodeVersion, type Provision } from '@app/code-catalog';
import type { ComplianceStatus } from '../src/model/parsed-submission';
import type { Answer } from './fixture-answers';
import { para, type Para } from './fixture-model';
import { picker } from './picker';

export type LayoutStatus = Exclude<ComplianceStatus, 'missing'>;

export interface LayoutStyle {
  /** How the landlord writes each answer; a status left out is never used. */
  words: Partial<Record<LayoutStatus, string[]>>;
  /** Share of rows answered other than yes. */
  otherShare: number;
  /** Provisions with a blank answer cell. */
  blank?: string[];
  /** The year the landlord writes about (past events) and the year after (plans). */
  year: number;
  /** Evidence made of lists, links and line breaks, not just sentences. */
  rich?: boolean;
  /** Website for hyperlinks in the evidence (visible link text never shows the address). */
  site?: string;
  /** Provisions left out of the document entirely. */
  omit?: (p: Provision) => boolean;
  /** Short requirement texts (the first sentence), as landlords who abridge the Code do. */
  abridged?: boolean;
}

/** The plainest answers: Yes, No, Partial, N/A. */
export const PLAIN_WORDS: LayoutStyle['words'] = {
  yes: ['Yes'],
  no: ['No'],
  partial: ['Partial'],
  na: ['N/A'],
};

const MONTHS = ['January', 'February', 'April', 'June', 'August', 'October', 'November'];
const SENTENCES = [
  'Complaints and Compensation Policy, paragraph {p}.',
  'Yes, we comply. Paragraph {p} of the policy repeats the wording of the Code.',
  'Customer Complaints Procedure (staff version), step {q}, last reviewed in {month} {year}.',
  'Our complaints web page explains this in plain English and in Easy Read.',
  'Stage {stage} decision letter template, checked by the Complaints Lead before it is sent.',
  'Audit of {k} closed complaints by the Quality Team in {month} {year}: no exceptions found.',
  'Yes - covered in the complaint handler induction and in the refresher course every two years.',
  'Case records on the housing management system show the date of each step.',
  'Minutes of the Customer Voice Panel, {month} {year}, item {q}.',
  'Board report on complaint performance, {month} {year}.',
];
const LISTS = [
  ['Complaints and Compensation Policy', 'Staff procedure note {k}', 'Template letters for both stages'],
  [
    'Equality Impact Assessment of the policy',
    'Reasonable adjustments register',
    'Guidance on accessible formats',
  ],
  [
    'Monthly dashboard to the Executive Team',
    'Quarterly report to the Board',
    'Annual complaints performance report',
  ],
  ['Complaint handler role profile', 'Training log ({k} staff trained)', 'Delegated authority for remedies'],
];
const COMMENTARY: Record<LayoutStatus, string[]> = {
  yes: [
    'Fully in place; no further action needed.',
    'Checked in the quarterly audit: {k} of {k} cases sampled met this.',
    'Reviewed in {month} {year} with no changes needed.',
    'Residents on the Customer Voice Panel tested this in {month} {year}.',
    '',
    '',
  ],
  no: [
    'Not yet met. Action: {action} by {month} {next}.',
    'Response times are outside the Code; a recovery plan is monitored weekly by the Director of Housing.',
  ],
  partial: [
    'Partly in place: {action} is planned for {month} {next}.',
    'Met for repairs complaints but not yet for anti-social behaviour cases.',
  ],
  na: [
    'Not applicable: no third party handles complaints for us.',
    'We run a two stage process, so this does not apply.',
  ],
  unknown: [
    'To be confirmed after the policy review in {month} {next}.',
    'Awaiting the audit results before we confirm.',
  ],
};
const ACTIONS = [
  'update the policy wording',
  'train the remaining area teams',
  'add the extension letter to the system',
  'publish the policy in other languages',
];

/** Answers to a Code version's provisions in form order, deterministic for a seed. */
export function layoutAnswers(version: CodeVersion, seed: number, style: LayoutStyle): Answer[] {
  const { next, pick } = picker(seed);
  const fill = (template: string, p: Provision): string =>
    template
      .replace('{p}', `${p.section}.${1 + Math.floor(next() * 9)}`)
      .replace('{q}', String(2 + Math.floor(next() * 12)))
      .replace('{stage}', p.stage === 2 ? '2' : '1')
      .replace(/\{k\}/g, String(10 + Math.floor(next() * 30)))
      .replace('{month}', pick(MONTHS))
      .replace('{year}', String(style.year))
      .replace('{next}', String(style.year + 1))
      .replace('{action}', pick(ACTIONS));
  const others = (['no', 'partial', 'na', 'unknown'] as const).filter((s) => style.words[s]?.length);

  return listProvisions(version)
    .filter((p) => !style.omit?.(p))
    .map((provision) => {
      let status: ComplianceStatus = 'yes';
      if (style.blank?.includes(provision.number)) status = 'missing';
      else if (next() < style.otherShare && others.length) status = pick(others);
      const statusText = status === 'missing' ? '' : pick(style.words[status] ?? ['Yes']);
      const evidence = style.rich
        ? richEvidence(provision, pick, next, fill, style.site)
        : [para(fill(pick(SENTENCES), provision))];
      const text = fill(pick(COMMENTARY[status === 'missing' ? 'yes' : status]), provision);
      return { provision, status, statusText, evidence, commentary: text ? [para(text)] : [] };
    });
}

function richEvidence(
  p: Provision,
  pick: <T>(items: readonly T[]) => T,
  next: () => number,
  fill: (template: string, p: Provision) => string,
  site: string | undefined,
): Para[] {
  const roll = next();
  if (roll < 0.2)
    return [para('We rely on:'), ...pick(LISTS).map((item) => para(fill(item, p), { bullet: true }))];
  if (roll < 0.35)
    return [para('Evidence:'), ...pick(LISTS).map((item) => para(fill(item, p), { numbered: true }))];
  if (roll < 0.5 && site) {
    return [
      para(
        `See the Complaints Policy on our website, paragraph ${p.section}.${1 + Math.floor(next() * 9)}.`,
        { link: { text: 'Complaints Policy', href: `https://${site}/complaints-policy` } },
      ),
    ];
  }
  if (roll < 0.65) {
    const first = pick(SENTENCES);
    return [para(`${fill(first, p)}\n${fill(pick(SENTENCES.filter((s) => s !== first)), p)}`)];
  }
  return [para(fill(pick(SENTENCES), p))];
}

/** The requirement as the landlord printed it: the Code's text, or its first sentence when abridged. */
export function requirementText(p: Provision, abridged: boolean): string {
  if (!abridged) return p.requirement;
  const first = /^.{20,}?[.:](?=\s|$)/s.exec(p.requirement)?.[0] ?? p.requirement;
  return first.length > 140 ? `${first.slice(0, first.lastIndexOf(' ', 130))} …` : first;
}
