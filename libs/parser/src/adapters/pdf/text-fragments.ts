/** Turns pdfjs text items into fragments in reading space with clean text. */
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Matrix } from './geometry';
import { quarterOf } from './page-frame';
import type { Fragment } from './page-content';

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Private-use glyphs from Symbol and Wingdings that Word uses for bullets and ticks. */
const PRIVATE_USE: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '•',
  '\uf0d8': '•',
  '\uf076': '•',
  '\uf06c': '•',
  '\uf0a8': '☐',
  '\uf0fc': '✓',
  '\uf0fb': '✗',
  '\uf0fd': '☒',
  '\uf0fe': '☑',
};

/** Glyphs that mark a list item when they open a line. */
const BULLET_START = /^[•●▪■◦○‣⁃∙◆◇➢►▶–]\s*/u;

/** Any character normaliseText rewrites; most items have none, and skip the rewriting. */
const NEEDS_NORMALISING = /[\ufb00-\ufb06\uf000-\uf0ff\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\t]/;

export function normaliseText(raw: string): string {
  if (!NEEDS_NORMALISING.test(raw)) return raw;
  let text = raw;
  text = text.replace(/[\ufb00-\ufb06]/g, (ch) => LIGATURES[ch] ?? ch);
  text = text.replace(/[\uf000-\uf0ff]/g, (ch) => PRIVATE_USE[ch] ?? '');
  text = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
  text = text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  return text;
}

/** Rewrites a leading bullet glyph as '• ' so every list item starts the same way. */
export function normaliseBullet(text: string): string {
  const match = BULLET_START.exec(text);
  if (!match) return text;
  // An en dash opens a list item only when followed by a space, not in ranges such as "–10".
  if (text.startsWith('–') && !/^–\s/.test(text)) return text;
  return `• ${text.slice(match[0].length)}`;
}

/** The runs of an item's text split on two or more spaces, with where each starts; most items are one run. */
function pieces(raw: string): { start: number; text: string }[] {
  if (!raw.includes('  ') && !/[^\S ]/.test(raw)) {
    const text = raw.trim();
    return [{ start: raw.indexOf(text), text }];
  }
  return [...raw.matchAll(/\S+(?: \S+)*/g)].map((piece) => ({ start: piece.index ?? 0, text: piece[0] }));
}

function isBold(fontName: string | undefined): boolean {
  return fontName !== undefined && /bold|black|heavy|semibold|demibold|,b$/i.test(fontName);
}

export interface FragmentReadResult {
  fragments: Fragment[];
  /** Text items that ran in another direction than the page's text (for example vertical margin notes). */
  skippedRotated: number;
}

/**
 * @param fontNames resolves pdfjs's internal font ids to the PDF font names (used to spot bold text).
 */
export function readFragments(content: TextContent, toReading: Matrix, fontNames: (id: string) => string | undefined): FragmentReadResult {
  const fragments: Fragment[] = [];
  let skippedRotated = 0;
  // Boldness by pdfjs font id: a page uses a handful of fonts over hundreds of items.
  const boldByFont = new Map<string, boolean>();
  const boldOf = (id: string): boolean => {
    let bold = boldByFont.get(id);
    if (bold === undefined) {
      bold = isBold(fontNames(id));
      boldByFont.set(id, bold);
    }
    return bold;
  };
  const [r0, r1, r2, r3, r4, r5] = toReading;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const textItem = item as TextItem;
    const raw = normaliseText(textItem.str);
    if (raw.trim() === '') continue;
    // multiply(transform, toReading) and applyVector(m, 1, 0), written out: no arrays per item.
    const t = textItem.transform as unknown as Matrix;
    const m0 = t[0] * r0 + t[1] * r2;
    const m1 = t[0] * r1 + t[1] * r3;
    const m2 = t[2] * r0 + t[3] * r2;
    const m3 = t[2] * r1 + t[3] * r3;
    const dx = m0 * 1 + m2 * 0;
    const dy = m1 * 1 + m3 * 0;
    if (quarterOf(dx, dy) !== 0 || Math.abs(dy) > 0.2 * Math.abs(dx)) {
      skippedRotated += 1;
      continue;
    }
    const fontSize = Math.hypot(m2, m3) || Math.hypot(m0, m1);
    if (!(fontSize > 0.5) || !(textItem.width >= 0)) continue;
    const style = content.styles[textItem.fontName];
    const ascent = Math.min(1, Math.max(0.6, style?.ascent ?? 0.8));
    const descent = Math.min(0.35, Math.max(0.1, Math.abs(style?.descent ?? 0.2)));
    const baseline = t[4] * r1 + t[5] * r3 + r5;
    const bold = boldOf(textItem.fontName);
    const x = t[4] * r0 + t[5] * r2 + r4;
    const width = textItem.width > 0 ? textItem.width : raw.length * fontSize * 0.5;
    // Split on runs of spaces: some producers lay out columns with spaces inside one item.
    const perChar = width / raw.length;
    for (const { start, text } of pieces(raw)) {
      fragments.push({
        text,
        x0: x + start * perChar,
        x1: x + (start + text.length) * perChar,
        y0: baseline - ascent * fontSize,
        y1: baseline + descent * fontSize,
        baseline,
        fontSize,
        bold,
      });
    }
  }
  return { fragments, skippedRotated };
}
