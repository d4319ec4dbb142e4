/**
 * Self-assessments written as a report rather than a table: each provision a heading ("1.2 A complaint must be
 * defined as …" or "Provision 1.2" and the requirement below it), then labelled paragraphs ("Compliant: Yes",
 * "Do we comply? Partially", "Evidence: …", "Commentary: …"). They are turned into the rows of one table, headed
 * like a form, so the rest of normalisation reads them as any other table.
 */
import type { DocBlock, DocCell, ExtractedDocument, HeadingBlock, ParagraphBlock, RowBlock } from '../model/extracted-document';

type TextBlock = HeadingBlock | ParagraphBlock;
import { headerRole } from '../vocabulary/header-words';
import { compareProvisions, findProvisionNumber } from '../vocabulary/provision-number';

type Field = 'requirement' | 'status' | 'evidence' | 'commentary';
const FIELDS: readonly Field[] = ['requirement', 'status', 'evidence', 'commentary'];
const HEADER = ['Provision', 'Requirement', 'Compliant?', 'Evidence', 'Commentary'];

// "1.2 A complaint…", "1.2. A complaint…", "Provision 1.2", "Provision 1.2: A complaint…"
const OPENER = /^(?:(?:code\s+)?provision\s+)?(\d{1,2}\s?\.\s?\d{1,2})(?:\.|:|\s[-–—]\s)?(?:\s+(.*))?$/is;
// "Compliant: Yes", "Do we comply? Yes", "Evidence – the policy…", "Evidence" on its own line.
const LABELLED = /^([A-Za-z][A-Za-z ,/&'()-]{1,58}?)\s*(?:[:?]|\s[-–—])\s*(.*)$/s;
// A label run into the text around it by a PDF's reflow: "… contact. Comments: We will …", or "Evidence The policy …".
const INLINE_LABEL = /(?<=[.!?)]\s+)([A-Z][A-Za-z ]{1,30}?[:?])\s/g;
const BARE_LABEL = /^(Evidence|Commentary|Comments|Notes|Explanation)\s+(?=[A-Z•])/;
/** Blocks looked through for a numbered paragraph's answer (its requirement may run over a few paragraphs). */
const LOOK_AHEAD = 12;
/** Fewer labelled answers than this and the document is not read as a report. */
const MIN_ANSWERS = 3;

interface Entry {
  number: string;
  fields: Record<Field, string[]>;
}

function labelOf(line: string): { field: Field; rest: string } | null {
  const labelled = LABELLED.exec(line);
  // A line holding only a label ("Evidence") heads the paragraphs below it; an answer label needs its answer.
  const bare = !labelled && line.length <= 40 && !line.startsWith('•') && !/[.!]$/.test(line) && line.split(/\s+/).length <= 4;
  const match = labelled ?? (bare ? ([line, line, ''] as const) : null);
  if (!match) return null;
  const label = (match[1] ?? '').trim();
  const ending = line.slice(label.length).trimStart().startsWith('?') ? '?' : '';
  const role = headerRole(`${label}${ending}`);
  const field: Field | null =
    role === 'status' ? 'status' : role === 'evidence' || role === 'combined' ? 'evidence' : role === 'commentary' ? 'commentary' : role === 'requirement' ? 'requirement' : null;
  if (!field || (bare && field === 'status')) return null;
  return { field, rest: (match[2] ?? '').trim() };
}

/** A paragraph cut where a label starts inside it, when the words before the colon name a field. */
function splitAtLabels(block: TextBlock): TextBlock[] {
  const text = block.text.replace(BARE_LABEL, '$1: ');
  const cuts = [...text.matchAll(INLINE_LABEL)].filter((m) => labelOf(m[1] ?? '') !== null).map((m) => m.index ?? 0);
  if (cuts.length === 0) return [{ ...block, text }];
  return [0, ...cuts].map((start, i) => ({ ...block, text: text.slice(start, cuts[i] ?? text.length).trim() })).filter((b) => b.text);
}

/** True when a labelled answer follows before the next heading or numbered paragraph. */
function answeredBelow(blocks: readonly TextBlock[], from: number): boolean {
  for (let i = from + 1; i < Math.min(blocks.length, from + LOOK_AHEAD); i++) {
    const block = blocks[i];
    if (!block || OPENER.test(block.text.trim())) return false;
    if (labelOf(block.text.trim())?.field === 'status') return true;
  }
  return false;
}

/** The report's provisions as a table, or null when the document is not written that way. */
export function reportStyleTable(doc: ExtractedDocument): ExtractedDocument | null {
  const entries: Entry[] = [];
  const leading: DocBlock[] = [];
  let current: Entry | null = null;
  let field: Field = 'requirement';
  const blocks = doc.blocks.filter((b): b is TextBlock => b.kind !== 'row').flatMap(splitAtLabels);
  for (const [index, block] of blocks.entries()) {
    const text = block.text.trim();
    const opener = OPENER.exec(text);
    const number = opener ? findProvisionNumber(opener[1] ?? '') : null;
    // A paragraph opening with a number only starts a provision further on in the Code and answered below it
    // ("5.2 of our policy" in the evidence of 1.2 does not).
    const onward = number !== null && (!current || compareProvisions(number.value, current.number) > 0);
    if (opener && number && (block.kind === 'heading' || (onward && text.length <= 600 && answeredBelow(blocks, index)))) {
      current = { number: number.value, fields: { requirement: [], status: [], evidence: [], commentary: [] } };
      entries.push(current);
      field = 'requirement';
      if (opener[2]?.trim()) current.fields.requirement.push(opener[2].trim());
      continue;
    }
    if (!current) {
      leading.push(block);
      continue;
    }
    const labelled = labelOf(text);
    if (labelled) {
      field = labelled.field;
      if (labelled.rest) current.fields[field].push(labelled.rest);
      continue;
    }
    // A heading that is not a provision closes an answered entry: a section title, or the text after the last one.
    // Before the answer it is the rest of a heading cut by a page break.
    if (block.kind === 'heading' && current.fields.status.length > 0) {
      current = null;
      continue;
    }
    // An answer stands on one line: anything after it is evidence unless labelled otherwise.
    if (field === 'status' && current.fields.status.length > 0) field = 'evidence';
    current.fields[field].push(text);
  }
  if (entries.filter((e) => e.fields.status.length > 0).length < MIN_ANSWERS) return null;
  const cell = (text: string): DocCell => ({ text });
  const rows: RowBlock[] = [
    { kind: 'row', tableIndex: 0, rowIndex: 0, cells: HEADER.map(cell) },
    ...entries.map((entry, i): RowBlock => ({
      kind: 'row',
      tableIndex: 0,
      rowIndex: i + 1,
      cells: [cell(entry.number), ...FIELDS.map((f) => cell(entry.fields[f].join('\n')))],
    })),
  ];
  return { ...doc, blocks: [...leading, ...rows] };
}
