/**
 * Removes running headers, footers and page numbers: lines at the top or bottom edge of a page whose
 * text (digits aside) comes back at the same height on many pages and nowhere else, and bare page
 * numbers. Lines are taken from the edge inwards and the scan stops at the first line that is content.
 */
import type { TextLine } from './page-content';
import { clusterCells } from './table-header';
import { joinLineText } from './text-lines';

export interface FurniturePage {
  height: number;
  lines: TextLine[];
}

const EDGE_SHARE = 0.15;
const SAME_HEIGHT = 4;
const MAX_EDGE_LINES = 4;
const PAGE_NUMBER = /^(?:page\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function keyOf(line: TextLine): string {
  // Punctuation aside too: OCR of a scanned page drops or changes dashes and dots of the same header.
  const text = joinLineText(line.fragments);
  return asciiKey(text) ?? text.toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
}

/**
 * The key of an ASCII line in one pass (every line of every page gets a key): letters lowercased, each run of digits
 * one '#', each run of anything else one space, none at the ends. Null for text with other characters.
 */
function asciiKey(text: string): string | null {
  let key = '';
  let gap = false;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) return null;
    if (code >= 48 && code <= 57) {
      if (!inDigits) {
        if (gap && key !== '') key += ' ';
        key += '#';
        gap = false;
      }
      inDigits = true;
      continue;
    }
    inDigits = false;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || code === 35) {
      if (gap && key !== '') key += ' ';
      key += String.fromCharCode(code);
      gap = false;
    } else {
      gap = true;
    }
  }
  return key;
}

interface Placed {
  key: string;
  /** Distance from the top edge, or from the bottom edge for footer candidates. */
  offset: number;
}

/** A line that looks like a table header row is never furniture, however often it repeats. */
function looksTabular(line: TextLine): boolean {
  return clusterCells(line.fragments, 1.5).length >= 3;
}

export function removeFurniture(pages: readonly FurniturePage[]): { pages: TextLine[][]; removed: number } {
  const tops: Placed[][] = [];
  const bottoms: Placed[][] = [];
  const everywhere = new Map<string, number[]>();
  for (const page of pages) {
    const keys = page.lines.map(keyOf);
    const first = Math.max(0, page.lines.length - MAX_EDGE_LINES);
    tops.push(page.lines.slice(0, MAX_EDGE_LINES).map((l, i) => ({ key: keys[i] ?? '', offset: l.baseline })));
    bottoms.push(page.lines.slice(first).map((l, i) => ({ key: keys[first + i] ?? '', offset: page.height - l.baseline })));
    page.lines.forEach((line, i) => {
      const key = keys[i] ?? '';
      const positions = everywhere.get(key);
      if (positions) positions.push(line.baseline);
      else everywhere.set(key, [line.baseline]);
    });
  }
  const minRepeats = Math.max(2, Math.ceil(0.4 * pages.length));

  const repeated = (placed: Placed, edge: Placed[][], page: FurniturePage): boolean => {
    if (pages.length < 2) return false;
    let count = 0;
    for (const lines of edge) if (lines.some((p) => p.key === placed.key && Math.abs(p.offset - placed.offset) <= SAME_HEIGHT)) count++;
    if (count < minRepeats) return false;
    // Text that also appears elsewhere on pages (a table title repeated at each page top) is content.
    const positions = everywhere.get(placed.key) ?? [];
    const atEdge = positions.filter((y) => {
      const offset = edge === tops ? y : page.height - y;
      return Math.abs(offset - placed.offset) <= SAME_HEIGHT;
    });
    return atEdge.length === positions.length;
  };

  let removed = 0;
  const result = pages.map((page, index) => {
    const drop = new Set<TextLine>();
    const consider = (line: TextLine | undefined, placed: Placed | undefined, edge: Placed[][], fromTop: boolean): boolean => {
      if (!line || !placed || drop.has(line)) return false;
      const nearEdge = fromTop ? line.y1 <= EDGE_SHARE * page.height : line.y0 >= (1 - EDGE_SHARE) * page.height;
      if (!nearEdge || looksTabular(line)) return false;
      const text = joinLineText(line.fragments);
      if (PAGE_NUMBER.test(text) || repeated(placed, edge, page)) {
        drop.add(line);
        return true;
      }
      return false;
    };
    for (let i = 0; i < Math.min(MAX_EDGE_LINES, page.lines.length); i++) {
      if (!consider(page.lines[i], tops[index]?.[i], tops, true)) break;
    }
    const bottom = bottoms[index] ?? [];
    for (let i = 1; i <= Math.min(MAX_EDGE_LINES, page.lines.length); i++) {
      if (!consider(page.lines[page.lines.length - i], bottom[bottom.length - i], bottoms, false)) break;
    }
    removed += drop.size;
    return page.lines.filter((line) => !drop.has(line));
  });
  return { pages: result, removed };
}
