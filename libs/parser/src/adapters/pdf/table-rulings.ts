/** Cleans up drawn lines and finds the ruled frames (grids, or stacks of full-width rules) they form. */
import type { Box } from './geometry';
import type { PageGraphics, Ruling } from './page-content';

const SAME_LINE = 1.5;
const JOIN_GAP = 3;
const TOUCH = 2.5;

/** Merges collinear pieces: browsers draw one border per cell, and double borders sit a point apart. */
export function mergeRulings(rulings: readonly Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at);
  const clusters: Ruling[][] = [];
  for (const ruling of sorted) {
    const last = clusters[clusters.length - 1];
    const lastAt = last?.[0]?.at;
    if (last && lastAt !== undefined && ruling.at - lastAt <= SAME_LINE) last.push(ruling);
    else clusters.push([ruling]);
  }
  const merged: Ruling[] = [];
  for (const cluster of clusters) {
    const at = cluster.reduce((sum, r) => sum + r.at, 0) / cluster.length;
    const spans = cluster.map((r) => ({ from: r.from, to: r.to })).sort((a, b) => a.from - b.from);
    let current: { from: number; to: number } | null = null;
    for (const span of spans) {
      if (current && span.from <= current.to + JOIN_GAP) {
        current.to = Math.max(current.to, span.to);
      } else {
        if (current) merged.push({ at, ...current });
        current = { ...span };
      }
    }
    if (current) merged.push({ at, ...current });
  }
  return merged;
}

export interface RuledFrame extends Box {
  horizontal: Ruling[];
  vertical: Ruling[];
}

function crosses(h: Ruling, v: Ruling): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/**
 * Frames are connected sets of crossing rulings with at least two of each direction, or stacks of three
 * or more horizontal rules of the same extent (tables drawn with row rules only).
 */
export function findFrames(graphics: PageGraphics, pageWidth: number): RuledFrame[] {
  const horizontal = mergeRulings(graphics.horizontal);
  const vertical = mergeRulings(graphics.vertical);
  const parent = new Map<Ruling, Ruling>();
  const find = (r: Ruling): Ruling => {
    let root = r;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(r, root);
    return root;
  };
  const join = (a: Ruling, b: Ruling): void => {
    parent.set(find(a), find(b));
  };
  for (const r of [...horizontal, ...vertical]) parent.set(r, r);
  for (const h of horizontal) for (const v of vertical) if (crosses(h, v)) join(h, v);

  const minWidth = Math.max(120, 0.3 * pageWidth);
  const stacked = horizontal.filter((h) => h.to - h.from >= minWidth && !vertical.some((v) => crosses(h, v)));
  for (let i = 0; i < stacked.length; i++) {
    for (let j = i + 1; j < stacked.length; j++) {
      const a = stacked[i];
      const b = stacked[j];
      if (a && b && Math.abs(a.from - b.from) <= 6 && Math.abs(a.to - b.to) <= 6) join(a, b);
    }
  }

  const groups = new Map<Ruling, { horizontal: Ruling[]; vertical: Ruling[] }>();
  for (const h of horizontal) {
    const root = find(h);
    const group = groups.get(root) ?? { horizontal: [], vertical: [] };
    group.horizontal.push(h);
    groups.set(root, group);
  }
  for (const v of vertical) {
    const root = find(v);
    const group = groups.get(root) ?? { horizontal: [], vertical: [] };
    group.vertical.push(v);
    groups.set(root, group);
  }
  const frames: RuledFrame[] = [];
  for (const group of groups.values()) {
    const grid = group.horizontal.length >= 2 && group.vertical.length >= 2;
    const rulesOnly = group.vertical.length === 0 && group.horizontal.length >= 3;
    if (!grid && !rulesOnly) continue;
    const x0 = Math.min(...group.horizontal.map((r) => r.from), ...group.vertical.map((r) => r.at));
    const x1 = Math.max(...group.horizontal.map((r) => r.to), ...group.vertical.map((r) => r.at));
    const y0 = Math.min(...group.horizontal.map((r) => r.at), ...group.vertical.map((r) => r.from));
    const y1 = Math.max(...group.horizontal.map((r) => r.at), ...group.vertical.map((r) => r.to));
    if (x1 - x0 < minWidth) continue;
    frames.push({ x0, y0, x1, y1, horizontal: group.horizontal, vertical: group.vertical });
  }
  return frames.sort((a, b) => a.y0 - b.y0);
}

/** Horizontal rules inside a box that run across most of its width: row separators. */
export function rowRules(horizontal: readonly Ruling[], box: Box, share = 0.5): number[] {
  const width = box.x1 - box.x0;
  return horizontal
    .filter((h) => h.at >= box.y0 - TOUCH && h.at <= box.y1 + TOUCH)
    .filter((h) => Math.min(h.to, box.x1) - Math.max(h.from, box.x0) >= share * width)
    .map((h) => h.at)
    .sort((a, b) => a - b);
}

/** Vertical rules inside a box that run down at least `minLength`: column separators. */
export function columnRules(vertical: readonly Ruling[], box: Box, minLength: number): number[] {
  const xs = vertical
    .filter((v) => v.at > box.x0 + TOUCH && v.at < box.x1 - TOUCH)
    .filter((v) => Math.min(v.to, box.y1) - Math.max(v.from, box.y0) >= minLength)
    .map((v) => v.at)
    .sort((a, b) => a - b);
  const distinct: number[] = [];
  for (const x of xs) if (distinct.length === 0 || x - (distinct[distinct.length - 1] ?? 0) > 3) distinct.push(x);
  return distinct;
}
