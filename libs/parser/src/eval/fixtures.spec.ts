import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../parse-submission';
import { evaluateCases, fixturesRoot, type CaseResult } from './evaluate';
import { findTruthCases } from './truth';

// The corpus, and the DOCX and HTML fixtures and held-out layouts built by scripts/make-fixtures.ts.
// PDF fixtures run in eval:corpus.
const cases = findTruthCases(fixturesRoot()).filter((c) => !c.name.startsWith('pdf'));
const layouts = cases.filter((c) => c.name.startsWith('layouts/'));

describe('parser against fixture truth', () => {
  let results: CaseResult[] = [];

  it('finds the corpus and the generated fixtures', async () => {
    const names = cases.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('corpus'))).toHaveLength(5);
    expect(names.some((n) => n.endsWith('.docx'))).toBe(true);
    expect(names.some((n) => n.endsWith('.html'))).toBe(true);
    expect(layouts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(layouts.map((c) => c.name.split('.').pop()))).toEqual(new Set(['docx', 'html', 'md', 'txt']));
    results = await evaluateCases(cases);
    expect(results).toHaveLength(cases.length);
  }, 120_000);

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

  it.each(layouts.map((c) => c.name))('%s: requirement texts, with no titles or neighbours\' text', (name) => {
    const score = results.find((r) => r.name === name)?.score;
    expect(score?.requirementExact.total).toBeGreaterThan(0);
    expect(score?.requirementExact.matched).toBe(score?.requirementExact.total);
  });
});

describe('layout fixtures: what the parser says about them', () => {
  const parse = (name: string) => parseSubmission(new Uint8Array(readFileSync(join(fixturesRoot(), 'layouts', name))), { filename: name });

  it('reports the section a document leaves out', async () => {
    const parsed = await parse('missing-section.html');
    expect(parsed.warnings.find((w) => w.code === 'provisions_missing')?.message).toBe('No answer was found for: 7.1, 7.2, 7.3, 7.4.');
  });

  it.each(['summary-appendix.docx', 'summary-first.md'])('%s: says it set the summary table aside', async (name) => {
    const parsed = await parse(name);
    expect(parsed.warnings.map((w) => w.code)).toContain('summary_rows_ignored');
    expect(parsed.rows.filter((r) => r.warnings.some((w) => w.code === 'provision_duplicate'))).toEqual([]);
  });

  it('flags "In progress" and "TBC" answers as undecided', async () => {
    const parsed = await parse('pipe-text.txt');
    const undecided = parsed.rows.filter((r) => r.status === 'unknown');
    expect(undecided.length).toBeGreaterThan(0);
    for (const row of undecided) expect(row.warnings.map((w) => w.code)).toContain('status_undecided');
    expect(parsed.landlordName).toBeNull();
  });
});
