import { addLine, endsSentence, hasStatus, newDraft, startsMidSentence, warnOnce, type DraftRow, type NumberOrigin } from './draft-row';
import type { RoleLine } from './lines';
import { classifyNumberCell, compareProvisions, leadingProvisionNumber } from '../vocabulary/provision-number';
import { isAnswer, isWholeAnswer, normaliseStatus } from '../vocabulary/answers';
import { pullLeadingFragments } from './visual-lines';

/**
 * Groups lines into provision rows. A line opens a row when it carries a provision number, or when it carries
 * an answer while the current row already has one (its number is then missing, garbled or printed lower down).
 * Every other line continues the current row, cell by cell.
 */
export function assembleRows(lines: readonly RoleLine[], isKnown: (provision: string) => boolean): DraftRow[] {
  const drafts: DraftRow[] = [];
  const used = new Set<string>();
  let current: DraftRow | null = null;

  const open = (line: RoleLine, number: string | null, origin: NumberOrigin | null, raw: string | null): void => {
    const draft = newDraft(line, number, origin, raw);
    if (current && number) pullLeadingFragments(current, draft);
    drafts.push(draft);
    current = draft;
    if (number) used.add(number);
  };

  for (const line of lines) {
    if (isEmpty(line)) continue;
    const cell = classifyNumberCell(line.number);
    const answer = !line.statusSpanned && isAnswer(line.text.status);
    const cur = current as DraftRow | null;

    if (cell.kind === 'number' && isKnown(cell.reading.value)) {
      const value = cell.reading.value;
      if (cur && (line.numberSpanned || cur.number === value)) {
        addLine(cur, line);
        continue;
      }
      if (cur && awaitsNumber(cur) && !answer && !used.has(value) && continuesAbove(cur, line)) {
        cur.number = value;
        cur.origin = 'below';
        cur.anchor = line.index;
        warnOnce(cur, 'provision_below_text', `The number ${value} is printed below the start of its row.`, 0.05);
        used.add(value);
        addLine(cur, line);
        continue;
      }
      const origin: NumberOrigin = cell.reading.ocr ? 'ocr' : cell.reading.exact ? 'cell' : 'prefixed';
      open(line, value, origin, cell.raw);
      const opened = current as DraftRow | null;
      if (opened && origin === 'ocr') warnOnce(opened, 'provision_garbled', `The number reads "${cell.raw}", taken as ${value}.`, 0.1);
      if (opened && origin === 'prefixed') warnOnce(opened, 'provision_from_text', `The number was read from "${cell.raw}".`, 0.02);
      continue;
    }

    if (cell.kind === 'number' || cell.kind === 'garbled') {
      // A garbled copy of the label just printed (OCR reads some labels twice); a whole table row that reads as a
      // row of its own (its text starts afresh where the row above has ended) is kept apart instead.
      if (cur?.number && !answer && line.index - cur.anchor <= 2 && !(isWholeRow(line) && readsAsOwnRow(cur, line))) {
        warnOnce(cur, 'provision_garbled', `A garbled copy of the number ("${cell.raw}") was ignored.`, 0.02);
        addLine(cur, line);
        continue;
      }
      if (cur && awaitsNumber(cur) && !answer) {
        cur.numberRaw = cell.raw;
        addLine(cur, line);
        continue;
      }
      const previous = cur;
      open(line, null, null, cell.raw);
      if (previous?.number && !answer) keptApart(previous, current as DraftRow | null);
      continue;
    }

    // A title row ("Section 2: Exclusions", "Stage 1") spread across the table, or typed into one text cell.
    if (cell.kind === 'text' && !line.text.requirement && !line.text.status && !line.text.evidence && !line.text.commentary) continue;
    if (cell.kind === 'empty' && isTitleLine(line, cur)) continue;

    // A number typed at the start of the requirement (the number cell empty, or holding a section label).
    const lead = leadingProvisionNumber(line.text.requirement);
    if (lead && isKnown(lead.value) && !used.has(lead.value) && (answer || !cur || leadOpensRow(cur, line, lead.value))) {
      const previous = cur;
      open(line, lead.value, 'text', null);
      const opened = current as DraftRow | null;
      const first = opened?.cells.requirement[0];
      if (first) first.text = first.text.replace(/^\s*\d{1,2}\.\d{1,2}\.?\s+/, '');
      if (opened) warnOnce(opened, 'provision_from_text', `The number ${lead.value} was read from the start of the requirement text.`, 0.05);
      if (previous && !answer && !endsRequirement(previous)) keptApart(previous, opened);
      continue;
    }
    if (!cur) {
      if (answer) open(line, null, null, null);
      continue;
    }
    if (answer && hasStatus(cur) && !continuesAnswer(cur, line)) {
      open(line, null, null, null);
      continue;
    }
    // A whole table row (not one visual line of one) with neither number nor answer, whose requirement starts
    // afresh after the row above has ended its own: it cannot be told apart from a provision whose number and
    // answer are left blank, so it is kept as a row of its own, and both are warned.
    if (!answer && isWholeRow(line) && readsAsOwnRow(cur, line)) {
      open(line, null, null, null);
      keptApart(cur, current as DraftRow | null);
      continue;
    }
    addLine(cur, line);
  }
  return drafts;
}

/**
 * An answer wrapped onto the next line of its cell: "Not" / "met", "Partially" / "met". A second line that
 * answers the same on its own ("Yes" under "Yes") is the next row's answer instead.
 */
function continuesAnswer(draft: DraftRow, line: RoleLine): boolean {
  const last = draft.cells.status[draft.cells.status.length - 1];
  if (last === undefined || line.index !== last.line + 1) return false;
  const joined = `${last.text} ${line.text.status}`;
  if (!isWholeAnswer(joined)) return false;
  return !isAnswer(last.text) || normaliseStatus(line.text.status).status !== normaliseStatus(joined).status;
}

const TITLE = /^(?:(?:Section|SECTION|Part|PART)\s+\d{1,2}\b[^.]{0,80}|(?:Stage|STAGE)\s+(?:1|2|one|two|One|Two)\b[^.]{0,40}|(?:Mandatory|Best practice)\b[^.]{0,40}requirements?)$/;

/**
 * A title typed into a single text cell of an otherwise empty row ("Stage 1" in the requirement column),
 * where that cell's text above has ended its sentence: not a continuation of the row above.
 */
function isTitleLine(line: RoleLine, current: DraftRow | null): boolean {
  if (line.text.status) return false;
  const texts = [line.text.requirement, line.text.evidence, line.text.commentary].filter(Boolean);
  const [only] = texts;
  if (texts.length !== 1 || !only || !TITLE.test(only.trim())) return false;
  const role = line.text.requirement ? 'requirement' : line.text.evidence ? 'evidence' : 'commentary';
  const above = current?.cells[role][current.cells[role].length - 1];
  return !above || endsSentence(above.text);
}

const APART = 'This row and its neighbour could not be told apart for certain; they are kept as two rows. Check which text belongs to which.';

function keptApart(previous: DraftRow, next: DraftRow | null): void {
  warnOnce(previous, 'text_may_belong_to_neighbour', APART, 0.1);
  if (next) warnOnce(next, 'text_may_belong_to_neighbour', APART, 0.1);
}

/** A row of a table as the document drew it, rather than one visual line of a text extraction or a page's rest of a row. */
function isWholeRow(line: RoleLine): boolean {
  return line.source.line === undefined && line.source.row !== undefined && !line.afterBreak;
}

function endsRequirement(draft: DraftRow): boolean {
  const last = draft.cells.requirement[draft.cells.requirement.length - 1];
  return last !== undefined && endsSentence(last.text) && !last.text.trim().endsWith(':');
}

/**
 * The line's requirement starts a new sentence of some length, where the current row's requirement has ended
 * one: the line reads as a provision of its own.
 */
function readsAsOwnRow(draft: DraftRow, line: RoleLine): boolean {
  const text = line.text.requirement.trim();
  return text.length >= 40 && /^[A-Z]/.test(text) && endsRequirement(draft);
}

/**
 * A requirement opening with a provision number further on in the Code than the current row's, followed by a
 * new sentence ("5.2 The landlord must…"), is a row of its own even without an answer; a cross-reference
 * wrapped to the start of a line ("5.1 of the Code") reads on in lower case.
 */
function leadOpensRow(draft: DraftRow, line: RoleLine, lead: string): boolean {
  const rest = line.text.requirement.trim().replace(/^\d{1,2}\.\d{1,2}\.?\s*/, '');
  if (!/^[A-Z"'‘“(]/.test(rest)) return false;
  return draft.number === null || compareProvisions(lead, draft.number) > 0;
}

function isEmpty(line: RoleLine): boolean {
  return !line.number && !line.text.requirement && !line.text.status && !line.text.evidence && !line.text.commentary;
}

/** A row opened by its answer whose number has not turned up yet. */
function awaitsNumber(draft: DraftRow): boolean {
  return draft.number === null && draft.origin === null && draft.numberRaw === null;
}

/** The numbered line reads as the rest of the row above rather than a row of its own. */
function continuesAbove(draft: DraftRow, line: RoleLine): boolean {
  if (!line.text.evidence && !line.text.commentary) return true;
  if (startsMidSentence(line.text.requirement)) return true;
  const last = draft.cells.requirement[draft.cells.requirement.length - 1];
  return last !== undefined && (!endsSentence(last.text) || last.text.trim().endsWith(':'));
}
