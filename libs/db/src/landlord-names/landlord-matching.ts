import { type LandlordNameKey, landlordNameKeys } from './landlord-name';

/** A registry entry as the matcher sees it: the landlord's name and every alias. */
export interface LandlordCandidate {
  id: string;
  name: string;
  aliases: string[];
}

export interface LandlordNameMatch {
  landlordId: string;
  landlordName: string;
  /** 0-1; 1 is the same name once normalised. */
  score: number;
  /** The registry name or alias that matched best. */
  matchedOn: string;
}

/** Scores at or above this are accepted by default. */
export const DEFAULT_MATCH_THRESHOLD = 0.8;

const SCORE = { exact: 1, compact: 0.97, core: 0.92, acronym: 0.85, fuzzy: 0.9 } as const;
/** Two landlords scoring within this of each other are too close to call. */
const AMBIGUITY_MARGIN = 0.01;

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** 1 for equal strings, falling towards 0 with the edit distance relative to the longer one. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Dice coefficient over words, where near-identical long words ("forrest"/"forest") count partly. */
function wordOverlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const unused = [...b];
  let matched = 0;
  for (const word of a) {
    let bestIndex = -1;
    let best = 0;
    unused.forEach((other, index) => {
      const s = word === other ? 1 : Math.min(word.length, other.length) >= 4 ? similarity(word, other) : 0;
      if (s > best) {
        best = s;
        bestIndex = index;
      }
    });
    if (best >= 0.8) {
      matched += best;
      unused.splice(bestIndex, 1);
    }
  }
  return (2 * matched) / (a.length + b.length);
}

function compatible(a: LandlordNameKey, b: LandlordNameKey): boolean {
  return a.kind === b.kind || a.kind === 'unknown' || b.kind === 'unknown';
}

/** How alike two normalised names are, 0-1. A council and a housing organisation never match on place alone. */
export function scoreKeys(a: LandlordNameKey, b: LandlordNameKey): number {
  if (a.normalised === b.normalised) return SCORE.exact;
  if (a.compact === b.compact) return SCORE.compact;
  if (!compatible(a, b)) return 0;
  const aCore = a.core.join('');
  const bCore = b.core.join('');
  if (aCore && aCore === bCore) return SCORE.core;
  const single = (k: LandlordNameKey) => (k.core.length === 1 && k.core[0]!.length >= 3 ? k.core[0]! : null);
  if ((single(a) && single(a) === b.acronym) || (single(b) && single(b) === a.acronym)) return SCORE.acronym;
  if (!aCore || !bCore) return 0;
  const fuzzy = Math.max(
    wordOverlap(a.core, b.core),
    aCore.length >= 6 && bCore.length >= 6 ? similarity(aCore, bCore) : 0,
  );
  return Math.round(SCORE.fuzzy * fuzzy * 1000) / 1000;
}

/** The best score between any form of two names. */
export function scoreLandlordNames(a: string, b: string): number {
  let best = 0;
  for (const x of landlordNameKeys(a))
    for (const y of landlordNameKeys(b)) best = Math.max(best, scoreKeys(x, y));
  return best;
}

/**
 * The registry landlord a detected name (from a document, a file name or a web address) most likely
 * refers to, or null when nothing scores at least `threshold` or two landlords are too close to call.
 */
export function matchLandlordName(
  detected: string,
  candidates: readonly LandlordCandidate[],
  threshold = DEFAULT_MATCH_THRESHOLD,
): LandlordNameMatch | null {
  const detectedKeys = landlordNameKeys(detected);
  if (!detectedKeys.length) return null;
  const scored: LandlordNameMatch[] = [];
  for (const candidate of candidates) {
    let best: LandlordNameMatch | null = null;
    for (const name of [candidate.name, ...candidate.aliases]) {
      for (const key of landlordNameKeys(name)) {
        for (const detectedKey of detectedKeys) {
          const score = scoreKeys(detectedKey, key);
          if (!best || score > best.score) {
            best = { landlordId: candidate.id, landlordName: candidate.name, score, matchedOn: name };
          }
        }
      }
    }
    if (best && best.score > 0) scored.push(best);
  }
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < threshold) return null;
  if (second && first.score - second.score < AMBIGUITY_MARGIN) return null;
  return first;
}
