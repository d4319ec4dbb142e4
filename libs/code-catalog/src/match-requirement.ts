import { canonicalNumber, provisionIndex } from './catalog';
import { bigramsOf, bigramWeight, requirementIndex, type IndexedProvision } from './requirement-index';
import { requirementTokens } from './text-normalise';
import type { MatchOptions, RequirementMatch } from './types';

// Scores this close count as a tie for the `after` tie-break.
const TIE = 0.01;

interface Scored {
  entry: IndexedProvision;
  score: number;
}

/**
 * Provisions ranked by how well their requirement text matches `text`, which may be a whole cell or a
 * fragment of one (its first line, a continuation after a page break). Scoring is IDF-weighted token
 * containment (how much of `text` the provision explains) plus the same over adjacent-token pairs, with a
 * smaller share for how much of the provision `text` covers, so a full quotation beats a passing overlap.
 */
export function matchRequirement(text: string, options: MatchOptions = {}): RequirementMatch[] {
  const index = requirementIndex(options.version);
  const tokens = requirementTokens(text);
  if (tokens.length === 0) return [];

  const terms = new Set(tokens);
  const pairs = new Set(bigramsOf(tokens));
  let termTotal = 0;
  for (const term of terms) termTotal += index.weight(term);
  let pairTotal = 0;
  for (const pair of pairs) pairTotal += bigramWeight(index, pair);

  const among = options.among ? new Set(options.among.map(canonicalNumber)) : null;
  const termHits = new Map<IndexedProvision, number>();
  for (const term of terms) {
    const w = index.weight(term);
    for (const entry of index.postings.get(term) ?? []) {
      if (among && !among.has(entry.provision.number)) continue;
      termHits.set(entry, (termHits.get(entry) ?? 0) + w);
    }
  }

  const scored: Scored[] = [];
  for (const [entry, termHit] of termHits) {
    let pairHit = 0;
    for (const pair of pairs) if (entry.bigrams.has(pair)) pairHit += bigramWeight(index, pair);
    const containment = termHit / termTotal;
    const pairContainment = pairTotal > 0 ? pairHit / pairTotal : containment;
    const coverage = Math.min(1, termHit / entry.termWeight);
    const score = 0.55 * containment + 0.25 * pairContainment + 0.2 * coverage;
    scored.push({ entry, score: Math.round(Math.min(1, score) * 10_000) / 10_000 });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);

  const ranked =
    options.after && options.version ? breakTies(scored, options.version, options.after) : scored;
  return ranked
    .slice(0, options.limit ?? 5)
    .map(({ entry, score }) => ({ provision: entry.provision, score }));
}

function breakTies(scored: Scored[], version: NonNullable<MatchOptions['version']>, after: string): Scored[] {
  const afterIndex = provisionIndex(version, after);
  if (afterIndex < 0 || scored.length < 2) return scored;
  const top = scored[0].score;
  const tied = scored.filter((s) => top - s.score <= TIE);
  if (tied.length < 2) return scored;
  // Prefer the nearest provision after `after`. Ones before it come last, earliest first: in a 2022 form
  // the 'should' sub-table starts again from the top of the section once the 'must' one ends.
  const distance = (s: Scored): number => {
    const d = s.entry.order - afterIndex;
    return d > 0 ? d : 1000 + s.entry.order;
  };
  tied.sort((a, b) => distance(a) - distance(b));
  return [...tied, ...scored.slice(tied.length)];
}
