import { listProvisions } from './catalog';
import { requirementTokens } from './text-normalise';
import type { CodeVersion, Provision } from './types';

export interface IndexedProvision {
  provision: Provision;
  /** Position in document order across the index, for the `after` tie-break. */
  order: number;
  terms: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
  termWeight: number;
  bigramWeight: number;
}

export interface RequirementIndex {
  entries: readonly IndexedProvision[];
  /** Inverse document frequency weight of a term; unseen terms get `unseenWeight`. */
  weight(term: string): number;
  unseenWeight: number;
  postings: ReadonlyMap<string, readonly IndexedProvision[]>;
}

export function bigramsOf(tokens: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < tokens.length; i++) pairs.push(`${tokens[i - 1]} ${tokens[i]}`);
  return pairs;
}

export function bigramWeight(index: RequirementIndex, bigram: string): number {
  const [a, b] = bigram.split(' ');
  return (index.weight(a) + index.weight(b)) / 2;
}

function buildIndex(provisions: readonly Provision[]): RequirementIndex {
  const tokenised = provisions.map((provision) => ({
    provision,
    tokens: requirementTokens(provision.requirement),
  }));
  const df = new Map<string, number>();
  for (const { tokens } of tokenised) {
    for (const term of new Set(tokens)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = provisions.length;
  const idf = new Map([...df].map(([term, count]) => [term, Math.log(1 + n / count)]));
  // Words the catalog never uses cannot favour any provision; they only dilute the score, and OCR noise
  // should not dilute it more than a rare catalog word would.
  const unseenWeight = Math.log(1 + n) / 2;
  const weight = (term: string): number => idf.get(term) ?? unseenWeight;
  const partial: RequirementIndex = { entries: [], weight, unseenWeight, postings: new Map() };

  const entries = tokenised.map(({ provision, tokens }, order) => {
    const terms = new Set(tokens);
    const bigrams = new Set(bigramsOf(tokens));
    let termWeight = 0;
    for (const term of terms) termWeight += weight(term);
    let pairWeight = 0;
    for (const pair of bigrams) pairWeight += bigramWeight(partial, pair);
    return { provision, order, terms, bigrams, termWeight, bigramWeight: pairWeight };
  });
  const postings = new Map<string, IndexedProvision[]>();
  for (const entry of entries) {
    for (const term of entry.terms) {
      const list = postings.get(term);
      if (list) list.push(entry);
      else postings.set(term, [entry]);
    }
  }
  return { entries, weight, unseenWeight, postings };
}

const cache = new Map<string, RequirementIndex>();

/** Built once per version (or both) on first use. */
export function requirementIndex(version: CodeVersion | undefined): RequirementIndex {
  const key = version ?? 'all';
  let index = cache.get(key);
  if (!index) {
    const provisions = version
      ? listProvisions(version)
      : [...listProvisions('2024'), ...listProvisions('2022')];
    index = buildIndex(provisions);
    cache.set(key, index);
  }
  return index;
}
