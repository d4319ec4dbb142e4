export interface NumberReading {
  /** Canonical form, e.g. "5.12". */
  value: string;
  /** True when the cell holds nothing but the number. */
  exact: boolean;
  /** True when the number was read through OCR confusions (l→1, O→0, S→5...). */
  ocr: boolean;
}

export type NumberCell =
  | { kind: 'number'; reading: NumberReading; raw: string }
  | { kind: 'garbled'; raw: string }
  | { kind: 'empty' }
  | { kind: 'text'; raw: string };

const PLAIN = /^\(?(\d{1,2})\s?[.,]\s?(\d{1,2})\)?\.?$/;
// A provision answered in parts: "5.8 (a)", "5.8b", "5.8(ii)".
const PART = /^(\d{1,2})\s?\.\s?(\d{1,2})\.?\s*(?:\((?:[a-h]|i{1,3}|iv|v)\)|[a-h]\)?)$/i;
const PREFIXED = /^(?:code\s+)?(?:provision|section|clause|para(?:graph)?|ref(?:erence)?|no\.?)\s*:?\s*(\d{1,2})\.(\d{1,2})\b/i;
const LEADING_NUMBER = /^(\d{1,2})\.(\d{1,2})(?=\s+\S)/;
const OCR_DIGITS: Record<string, string> = { l: '1', I: '1', '|': '1', i: '1', O: '0', o: '0', D: '0', S: '5', s: '5', B: '8', Z: '2', z: '2', g: '9', q: '9' };
const MAX_SECTION = 12;
const MAX_ITEM = 40;

/** Reads a provision number from a number cell: "5.12", "provision 8.1", "5.8 (a)", "S.l2" (OCR), but not "0.12" or "£.£". */
export function findProvisionNumber(text: string): NumberReading | null {
  const cell = text.replace(/\s+/g, ' ').trim();
  if (!cell || cell.length > 40) return null;
  const plain = PLAIN.exec(cell);
  if (plain) return inRange(plain[1], plain[2], true, false);
  const part = PART.exec(cell);
  if (part) return inRange(part[1], part[2], true, false);
  const prefixed = PREFIXED.exec(cell);
  if (prefixed) return inRange(prefixed[1], prefixed[2], false, false);
  if (cell.length <= 6 && /^[\dlIiOoDSsBZzgq|]{1,2}\.[\dlIiOoDSsBZzgq|]{1,2}$/.test(cell) && /\d/.test(cell)) {
    const fixed = cell.replace(/[lIiOoDSsBZzgq|]/g, (ch) => OCR_DIGITS[ch] ?? ch);
    const match = PLAIN.exec(fixed);
    if (match) return inRange(match[1], match[2], true, true);
  }
  return null;
}

/** A provision number opening a text cell ("5.3 Landlords must..."), for forms that merge number and text. */
export function leadingProvisionNumber(text: string): NumberReading | null {
  const match = LEADING_NUMBER.exec(text.trim());
  return match ? inRange(match[1], match[2], false, false) : null;
}

export function classifyNumberCell(text: string): NumberCell {
  const raw = text.replace(/\s+/g, ' ').trim();
  if (!raw) return { kind: 'empty' };
  const reading = findProvisionNumber(raw);
  if (reading) return { kind: 'number', reading, raw };
  // Short, number-shaped, but unreadable: "£.£", "0.12", "5.", "..12".
  if (raw.length <= 8 && /[.,]/.test(raw) && !/[a-z]{3,}/i.test(raw)) return { kind: 'garbled', raw };
  return { kind: 'text', raw };
}

export function compareProvisions(a: string, b: string): number {
  const [as, ai] = a.split('.').map(Number);
  const [bs, bi] = b.split('.').map(Number);
  return (as ?? 0) - (bs ?? 0) || (ai ?? 0) - (bi ?? 0);
}

export function sectionOf(number: string): number {
  return Number(number.split('.')[0]);
}

function inRange(section: string | undefined, item: string | undefined, exact: boolean, ocr: boolean): NumberReading | null {
  const s = Number(section);
  const i = Number(item);
  if (!Number.isInteger(s) || !Number.isInteger(i) || s < 1 || s > MAX_SECTION || i < 1 || i > MAX_ITEM) return null;
  return { value: `${s}.${i}`, exact, ocr };
}
