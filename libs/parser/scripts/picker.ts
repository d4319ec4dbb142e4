/** A small deterministic generator, so fixtures rebuild identically. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Picker {
  /** The next number of the seeded sequence, in [0, 1). */
  next: () => number;
  /** One of `items`, chosen by the next number of the sequence. */
  pick: <T>(items: readonly T[]) => T;
}

/** A seeded sequence and choices drawn from it: the same seed builds the same fixture every time. */
export function picker(seed: number): Picker {
  const next = random(seed);
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}
