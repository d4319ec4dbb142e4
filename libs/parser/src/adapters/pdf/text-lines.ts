/** Groups fragments into lines and joins the fragments of one line into text. */
import { overlap } from './geometry';
import type { Fragment, TextLine } from './page-content';

/** Two fragments sit on one line when their baselines are close and their heights overlap. */
export function sameLine(a: { baseline: number; fontSize: number; y0: number; y1: number }, b: Fragment): boolean {
  const size = Math.min(a.fontSize, b.fontSize);
  if (Math.abs(a.baseline - b.baseline) > 0.45 * Math.max(a.fontSize, b.fontSize)) return false;
  return overlap(a.y0, a.y1, b.y0, b.y1) >= 0.5 * size;
}

function makeLine(fragments: Fragment[]): TextLine {
  if (!isSortedByX(fragments)) fragments.sort((a, b) => a.x0 - b.x0);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let weighted = 0;
  let chars = 0;
  let sizeWeighted = 0;
  for (const f of fragments) {
    x0 = Math.min(x0, f.x0);
    y0 = Math.min(y0, f.y0);
    x1 = Math.max(x1, f.x1);
    y1 = Math.max(y1, f.y1);
    weighted += f.baseline * f.text.length;
    sizeWeighted += f.fontSize * f.text.length;
    chars += f.text.length;
  }
  return { fragments, x0, y0, x1, y1, baseline: weighted / chars, fontSize: sizeWeighted / chars };
}

/** Lines in reading order (top to bottom); each line's fragments left to right. */
export function groupLines(fragments: readonly Fragment[]): TextLine[] {
  if (fragments.length === 0) return [];
  const only = fragments.length === 1 ? fragments[0] : undefined;
  if (only) return [makeLine([only])];
  // Fragments usually arrive in reading order already (cells are cut from sorted lines): no copy, no sort.
  const sorted = isInReadingOrder(fragments) ? fragments : [...fragments].sort(byReadingOrder);
  const groups: { fragments: Fragment[]; baseline: number; fontSize: number; y0: number; y1: number }[] = [];
  for (const fragment of sorted) {
    let target = null;
    // Only the last few groups can still share a baseline with this fragment.
    for (let i = groups.length - 1; i >= 0 && i >= groups.length - 4; i--) {
      const group = groups[i];
      if (group && sameLine(group, fragment)) {
        target = group;
        break;
      }
    }
    if (target) {
      target.fragments.push(fragment);
      target.y0 = Math.min(target.y0, fragment.y0);
      target.y1 = Math.max(target.y1, fragment.y1);
    } else {
      groups.push({ fragments: [fragment], baseline: fragment.baseline, fontSize: fragment.fontSize, y0: fragment.y0, y1: fragment.y1 });
    }
  }
  const lines = groups.map((group) => makeLine(group.fragments));
  return isSortedByBaseline(lines) ? lines : lines.sort((a, b) => a.baseline - b.baseline);
}

const byReadingOrder = (a: Fragment, b: Fragment): number => a.baseline - b.baseline || a.x0 - b.x0;

function isInReadingOrder(fragments: readonly Fragment[]): boolean {
  for (let i = 1; i < fragments.length; i++) {
    const a = fragments[i - 1];
    const b = fragments[i];
    if (!a || !b || !(byReadingOrder(a, b) <= 0)) return false;
  }
  return true;
}

function isSortedByBaseline(lines: readonly TextLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if (!((lines[i - 1]?.baseline ?? 0) - (lines[i]?.baseline ?? 0) <= 0)) return false;
  return true;
}

/**
 * Joins fragments of one visual line. Fragments that touch are parts of one word split by the producer
 * (kerning, font changes); a gap wider than a fraction of the font size is a space.
 */
export function joinLineText(fragments: readonly Fragment[]): string {
  let text = '';
  let previous: Fragment | null = null;
  // Lines keep their fragments sorted left to right; only other callers' fragments need sorting.
  for (const fragment of isSortedByX(fragments) ? fragments : [...fragments].sort((a, b) => a.x0 - b.x0)) {
    if (previous === null) {
      text = fragment.text;
    } else if (fragment.text === previous.text && Math.abs(fragment.x0 - previous.x0) < 0.2 * fragment.fontSize) {
      // The same text drawn twice with a small offset is a fake bold, not repeated words.
      continue;
    } else {
      const gap = fragment.x0 - previous.x1;
      const size = Math.min(previous.fontSize, fragment.fontSize);
      text += gap > 0.15 * size ? ` ${fragment.text}` : fragment.text;
    }
    previous = fragment;
  }
  return squashSpaces(text);
}

/** `text.replace(/\s+/g, ' ').trim()`, without building a new string when every space is already single. */
export function squashSpaces(text: string): string {
  return (NOT_SQUASHED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

const NOT_SQUASHED = /\s\s|[^\S ]/;

function isSortedByX(fragments: readonly Fragment[]): boolean {
  for (let i = 1; i < fragments.length; i++) if (!((fragments[i - 1]?.x0 ?? 0) - (fragments[i]?.x0 ?? 0) <= 0)) return false;
  return true;
}
