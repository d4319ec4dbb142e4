import { getProvision } from '@app/code-catalog';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedRow } from '../model/parsed-submission';
import { parseSubmission } from '../parse-submission';
import { comparable } from './compare';
import { fixturesRoot } from './evaluate';
import { findTruthCases, type Truth } from './truth';

// Every fixture, PDF included: no row may carry the text of another provision (its requirement, or evidence that
// only that provision has). A row that cannot be told apart from its neighbour is kept and warned, never merged.
const cases = findTruthCases(fixturesRoot());
/**
 * Text only one provision of the document has, by provision: the whole requirement, or the whole evidence, of 40
 * characters or more, found in no other row's cell of that kind.
 */
function signatures(truth: Truth, field: 'requirement' | 'evidence'): Map<string, string> {
  const texts = truth.rows.map((row) => ({
    provision: row.provision,
    text: comparable(field === 'evidence' ? row.evidence : (row.requirement ?? getProvision(truth.codeVersion, row.provision)?.requirement)).toLowerCase(),
  }));
  return new Map(
    texts
      .filter(({ text, provision }) => text.length >= 40 && !texts.some((other) => other.provision !== provision && other.text.includes(text)))
      .map(({ text, provision }) => [text, provision]),
  );
}

describe('no two provisions merged into one row', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const parsed = await parseSubmission(new Uint8Array(readFileSync(c.documentPath)), { filename: c.documentPath });
    // Evidence may quote another provision's wording, so requirements are looked for in requirement cells only.
    const checks = [
      { owned: signatures(c.truth, 'requirement'), cell: (r: ParsedRow) => r.requirement },
      { owned: signatures(c.truth, 'evidence'), cell: (r: ParsedRow) => r.evidence },
      { owned: signatures(c.truth, 'evidence'), cell: (r: ParsedRow) => r.commentary },
    ];
    const merged: string[] = [];
    for (const row of parsed.rows) {
      for (const { owned, cell } of checks) {
        const text = comparable(cell(row)).toLowerCase();
        for (const [key, provision] of owned) {
          if (provision !== row.provision && text.includes(key)) merged.push(`${row.provision} holds text of ${provision}`);
        }
      }
    }
    expect(merged).toEqual([]);
    const numbers = parsed.rows.map((r) => r.provision).filter(Boolean);
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
  }, 60_000);
});
