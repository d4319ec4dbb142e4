/** Pure functions for specs: find the requirement cell of a provision in a raw corpus extraction. */

const MIN_WORDS = 8;

interface Line {
  number: string | null;
  /** Column 0 held something that is not a provision number (a garbled label, a heading). */
  other: boolean;
  requirement: string;
}

function stripTags(cell: string): string {
  return cell
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readLine(raw: string): Line {
  const cols = raw.split('\t');
  const first = stripTags(cols[0] ?? '');
  const number = /^(?:provision\s+)?(\d{1,2}\.\d{1,2})$/i.exec(first)?.[1] ?? null;
  const requirement = cols.length > 1 ? stripTags(cols[1]) : '';
  return {
    number,
    other: number === null && first !== '',
    requirement: /^-+$/.test(requirement) ? '' : requirement,
  };
}

const words = (parts: string[]): number => parts.join(' ').split(/\s+/).filter(Boolean).length;

/**
 * Column 1 of the first line whose column 0 is `provision`. When that is only a few words (a row the
 * extraction laid out one visual line at a time), the following continuation lines are added, then the
 * lines above it back to the previous numbered row.
 */
export function requirementCell(raw: string, provision: string): string | null {
  const lines = raw.split(/\r?\n/).map(readLine);
  const at = lines.findIndex((l) => l.number === provision);
  if (at < 0) return null;
  const parts = lines[at].requirement ? [lines[at].requirement] : [];
  for (let i = at + 1; i < lines.length && words(parts) < MIN_WORDS; i++) {
    const line = lines[i];
    if (line.other || (line.number !== null && line.number !== provision)) break;
    if (line.requirement) parts.push(line.requirement);
  }
  for (let i = at - 1; i >= 0 && words(parts) < MIN_WORDS; i--) {
    const line = lines[i];
    if (line.number !== null || line.other) break;
    if (line.requirement) parts.unshift(line.requirement);
  }
  return parts.length ? parts.join(' ') : null;
}

/** Column 1 of a provision's first line and of every continuation line up to the next row or heading. */
export function requirementRow(raw: string, provision: string): string | null {
  const rawLines = raw.split(/\r?\n/);
  const lines = rawLines.map(readLine);
  const at = lines.findIndex((l) => l.number === provision);
  if (at < 0) return null;
  const parts = [lines[at].requirement];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.number !== null && line.number !== provision) break;
    if (line.other) {
      if (/^[#* ]*(?:code (?:provision|section)|section \d)/i.test(stripTags(rawLines[i]))) continue;
      break;
    }
    if (line.requirement) parts.push(line.requirement);
  }
  return parts.join(' ');
}

/** Which sub-table ('must' or 'should') each provision of a 2022 form sits in. */
export function obligationTables(raw: string): Map<string, 'must' | 'should'> {
  const found = new Map<string, 'must' | 'should'>();
  let current: 'must' | 'should' | null = null;
  for (const rawLine of raw.split(/\r?\n/)) {
    if (/mandatory\s*'must'\s*requirements/i.test(rawLine)) current = 'must';
    else if (/best practice\s*'should'\s*requirements/i.test(rawLine)) current = 'should';
    const { number } = readLine(rawLine);
    if (number && current && !found.has(number)) found.set(number, current);
  }
  return found;
}
