import { describe, expect, it } from 'vitest';
import { evaluateCases, fixturesRoot, type CaseResult } from './evaluate';
import { findTruthCases } from './truth';

// The corpus plus the DOCX and HTML fixtures built by scripts/make-fixtures.ts. PDF fixtures run in eval:corpus.
const cases = findTruthCases(fixturesRoot()).filter((c) => !c.name.startsWith('pdf'));

describe('parser against fixture truth', () => {
  let results: CaseResult[] = [];

  it('finds the corpus and the generated fixtures', async () => {
    const names = cases.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('corpus'))).toHaveLength(5);
    expect(names.some((n) => n.endsWith('.docx'))).toBe(true);
    expect(names.some((n) => n.endsWith('.html'))).toBe(true);
    results = await evaluateCases(cases);
    expect(results).toHaveLength(cases.length);
  });

  it.each(cases.map((c) => c.name))('%s: every provision and answer', (name) => {
    const result = results.find((r) => r.name === name);
    expect(result?.error ?? null).toBeNull();
    const score = result?.score;
    expect(score?.problems ?? ['not evaluated']).toEqual([]);
    expect(score?.provisionAccuracy).toBe(1);
    expect(score?.statusAccuracy).toBe(1);
  });

  it.each(cases.map((c) => c.name))('%s: landlord, Code version and year', (name) => {
    const score = results.find((r) => r.name === name)?.score;
    expect(score?.landlord.detected).toBe(score?.landlord.expected);
    expect(score?.version.detected).toBe(score?.version.expected);
    expect(score?.year.detected).toBe(score?.year.expected);
  });

  it.each(cases.map((c) => c.name))('%s: where evidence and commentary start', (name) => {
    const score = results.find((r) => r.name === name)?.score;
    expect(score?.evidenceStarts.matched).toBe(score?.evidenceStarts.total);
    expect(score?.commentaryStarts.matched).toBe(score?.commentaryStarts.total);
  });

  it.each(cases.filter((c) => !c.name.startsWith('corpus')).map((c) => c.name))('%s: full cell texts', (name) => {
    const score = results.find((r) => r.name === name)?.score;
    expect(score?.evidenceExact.total).toBeGreaterThan(0);
    expect(score?.evidenceExact.matched).toBe(score?.evidenceExact.total);
    expect(score?.commentaryExact.matched).toBe(score?.commentaryExact.total);
  });
});
