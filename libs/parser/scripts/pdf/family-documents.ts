/**
 * Documents of our own for the layout families the corpus does not show: borderless tables whose cells wrap over
 * many lines, rows of very different heights, evidence longer than the requirement. Requirements come from the
 * catalog; evidence and commentary are generated, deterministically, so every rebuild is identical.
 */
import { listProvisions, type CodeVersion } from '@app/code-catalog';
import { picker } from '../picker';
import { sectionTitle } from '../sections';
import { cellLines, textBlock, type CellBlock, type FixtureBlock, type FixtureDocument, type FixtureRow } from '../fixture-model';

const SENTENCES = [
  'The Complaints and Compensation Policy was approved by the Board in {month} {year} and is published on our website.',
  'Staff receive training on this requirement during induction and every two years afterwards.',
  'Our case management system records the date each complaint was received, acknowledged and answered.',
  'A sample of {k} closed cases was audited by the Quality Assurance team in {month} {year}.',
  'Residents told us through the Customer Voice Panel that the letters were easier to read after the changes.',
  'The Member Responsible for Complaints reviews performance against this provision every quarter.',
  'Where we could not meet the timescale we wrote to the resident to explain why and when they would hear from us.',
  'Reasonable adjustments are recorded on the resident profile and are checked before every contact.',
  'Template letters were rewritten in plain English and tested with residents in {month} {year}.',
  'The annual complaints performance report sets out the learning from complaints and the actions taken.',
  'Contractors follow the same procedure and their responses are checked by our Complaints Lead.',
  'We publish the number of complaints we receive and how quickly we answer them every quarter.',
];
const COMMENTS = [
  'No further action needed.',
  'We will review the wording of the policy when the Ombudsman next updates its guidance.',
  'An action plan is in place: the procedure will be updated by {month} {year} and staff briefed in team meetings.',
  'The Scrutiny Panel will test this again as part of next year\u2019s review of the complaints service.',
  'Recruitment of two additional complaint handlers is under way to bring response times back within the Code.',
];
const LISTS = [
  ['Complaints and Compensation Policy, section {k}', 'Staff procedure guide', 'Stage 1 and Stage 2 letter templates'],
  ['Quarterly report to the Board', 'Monthly dashboard for the Executive Team', 'Annual self-assessment'],
  ['Training records for all frontline staff', 'Induction checklist', 'Refresher course materials'],
];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

const text = (line: string): CellBlock => textBlock(line);
const bullet = (line: string): CellBlock => textBlock(line, true);

export interface FamilyOptions {
  landlord: string;
  year: number;
  seed: number;
  sections: number[];
  /** Share of rows whose evidence runs to many sentences and a list. */
  longShare: number;
  version?: CodeVersion;
  /** A first column of section labels ("5. The Complaint Handling Process"): on every row, or on a section's first row only. */
  sectionColumn?: 'repeated' | 'first-only';
}

const STATUS_WORDS: Record<string, string> = { yes: 'Yes', no: 'No', partial: 'Partially', na: 'N/A' };

/** One five-column table per Code section, headed "Provision | Requirement | Compliant? | Evidence | Commentary". */
export function wrappedEvidenceDocument(options: FamilyOptions): FixtureDocument {
  const { next: rng, pick } = picker(options.seed);
  const fill = (template: string): string =>
    template
      .replace('{month}', pick(MONTHS))
      .replace('{year}', String(options.year))
      .replace('{k}', String(2 + Math.floor(rng() * 40)));
  const version = options.version ?? '2024';
  const blocks: FixtureBlock[] = [
    { kind: 'heading', text: `${options.landlord}: Complaint Handling Code self-assessment ${options.year}` },
    { kind: 'paragraph', text: `This self-assessment was reviewed by the Board of ${options.landlord} in ${options.year}.` },
  ];
  for (const section of options.sections) {
    const rows: FixtureRow[] = listProvisions(version)
      .filter((p) => p.section === section)
      .map((p) => {
        const roll = rng();
        const status = roll < 0.7 ? 'yes' : roll < 0.85 ? 'partial' : roll < 0.95 ? 'no' : 'na';
        const long = rng() < options.longShare;
        const sentences = long ? 4 + Math.floor(rng() * 5) : 1 + Math.floor(rng() * 2);
        const evidence: CellBlock[] = [];
        for (let i = 0; i < sentences; i++) {
          // Two or three sentences to a paragraph, as people write.
          const last = evidence[evidence.length - 1];
          const sentence = fill(pick(SENTENCES));
          if (last && !last.bullet && rng() < 0.6) last.runs[0] = { text: `${last.runs[0]?.text ?? ''} ${sentence}`, styles: [] };
          else evidence.push(text(sentence));
        }
        if (long && rng() < 0.6) evidence.push(...pick(LISTS).map((item) => bullet(fill(item))));
        const commentary: CellBlock[] = status === 'yes' && rng() < 0.5 ? [] : [text(fill(pick(COMMENTS)))];
        if (long && rng() < 0.3) commentary.push(text(fill(pick(COMMENTS))));
        return {
          provision: p.number,
          status,
          cells: [[text(p.number)], [text(p.requirement)], [text(STATUS_WORDS[status] ?? 'Yes')], evidence, commentary],
        };
      });
    const header = ['Provision', 'Requirement', 'Compliant?', 'Evidence', 'Commentary'];
    if (options.sectionColumn) {
      const label = `${section}. ${sectionTitle(version, section)}`;
      rows.forEach((row, i) => row.cells.unshift(options.sectionColumn === 'repeated' || i === 0 ? [text(label)] : []));
      header.unshift('Section');
    }
    blocks.push({ kind: 'heading', text: `Section ${section}` });
    blocks.push({ kind: 'table', header, rows });
  }
  return { landlord: options.landlord, codeVersion: version, assessmentYear: options.year, assessmentDate: null, blocks };
}

/**
 * The same answers written as a report: per provision a heading, then labelled paragraphs. `numbered`: "1.2 The
 * requirement…" as the heading, "Compliant: Yes", "Evidence: …"; `labelled`: "Provision 1.2", the requirement below
 * it, "Do we comply? Yes", "Evidence" on a line of its own, "Comments: …".
 */
export function reportDocument(table: FixtureDocument, style: 'numbered' | 'labelled'): FixtureDocument {
  const blocks: FixtureBlock[] = [];
  const paragraph = (text: string): FixtureBlock => ({ kind: 'paragraph', text });
  for (const block of table.blocks) {
    if (block.kind !== 'table') {
      blocks.push(block);
      continue;
    }
    const at = (name: RegExp): number => block.header.findIndex((h) => name.test(h));
    for (const row of block.rows) {
      const lines = (i: number): string[] => cellLines(row.cells[i] ?? []);
      const [requirement, answer, evidence, commentary] = [lines(at(/requirement/i)), lines(at(/compliant/i)), lines(at(/^evidence$/i)), lines(at(/^commentary$/i))];
      if (style === 'numbered') {
        blocks.push({ kind: 'heading', text: `${row.provision} ${requirement.join(' ')}` });
        blocks.push(paragraph(`Compliant: ${answer.join(' ')}`));
        evidence.forEach((line, i) => blocks.push(paragraph(i === 0 ? `Evidence: ${line}` : line)));
        commentary.forEach((line, i) => blocks.push(paragraph(i === 0 ? `Commentary: ${line}` : line)));
      } else {
        blocks.push({ kind: 'heading', text: `Provision ${row.provision}` });
        blocks.push(...requirement.map(paragraph));
        blocks.push(paragraph(`Do we comply? ${answer.join(' ')}`));
        if (evidence.length > 0) blocks.push(paragraph('Evidence'), ...evidence.map(paragraph));
        commentary.forEach((line, i) => blocks.push(paragraph(i === 0 ? `Comments: ${line}` : line)));
      }
    }
  }
  return { ...table, blocks };
}
