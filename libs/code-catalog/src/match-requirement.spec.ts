import { describe, expect, it } from 'vitest';
import { getProvision, listProvisions } from './catalog';
import { matchRequirement } from './match-requirement';
import { requirementTokens } from './text-normalise';
import { loadCorpus } from './testing/corpus';
import { requirementCell } from './testing/corpus-cells';
import type { CodeVersion } from './types';

interface Case {
  doc: string;
  version: CodeVersion;
  provision: string;
  previous: string | undefined;
  cell: string;
}

const cases: Case[] = loadCorpus().flatMap((doc) =>
  doc.rows.map((row, i) => ({
    doc: doc.name,
    version: doc.codeVersion,
    provision: row.provision,
    previous: doc.rows[i - 1]?.provision,
    cell: requirementCell(doc.text, row.provision) ?? '',
  })),
);

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const sameWording = (version: CodeVersion, a: string, b: string) =>
  requirementTokens(getProvision(version, a)?.requirement ?? '').join(' ') ===
  requirementTokens(getProvision(version, b)?.requirement ?? '').join(' ');

function top(text: string, c: Case): string | undefined {
  return matchRequirement(text, { version: c.version, after: c.previous })[0]?.provision.number;
}

const variants: Record<string, (cell: string) => string> = {
  'first 12 words': (cell) => words(cell).slice(0, 12).join(' '),
  'HTML injected': (cell) => {
    const w = words(cell);
    const mid = Math.floor(w.length / 2);
    return `<p>${w.slice(0, mid).join(' ')} <i>${w.slice(mid, mid + 3).join(' ')}</i></p> <ul style="list-style-type: none"><li>\u2022 ${w.slice(mid + 3).join(' ')}</li></ul>`;
  },
  'line breaks and hyphenation': (cell) =>
    words(cell)
      .map((w, i) =>
        i % 6 === 5 ? `\n${w}` : w.length > 9 && i % 4 === 0 ? `${w.slice(0, 4)}-\n${w.slice(4)}` : w,
      )
      .join(' '),
  'every fifth word dropped': (cell) =>
    words(cell)
      .filter((_, i) => i % 5 !== 4)
      .join(' '),
  'OCR noise': (cell) =>
    words(cell)
      .map((w, i) => (i % 3 === 0 ? w.replace(/m/g, 'rn').replace(/l/g, '1') : w))
      .join(' '),
};

describe('matchRequirement on the corpus', () => {
  it('has a requirement cell for every corpus row', () => {
    expect(cases).toHaveLength(360);
    for (const c of cases) expect(c.cell, `${c.doc} ${c.provision}`).not.toBe('');
  });

  it('recovers every row from its cell alone, except where the Code words two provisions identically', () => {
    const tied: string[] = [];
    for (const c of cases) {
      const [first, ...rest] = matchRequirement(c.cell, { version: c.version });
      if (first.provision.number === c.provision) continue;
      const truth = rest.find((m) => m.provision.number === c.provision);
      expect(truth?.score, `${c.doc} ${c.provision} -> ${first.provision.number}`).toBe(first.score);
      expect(sameWording(c.version, first.provision.number, c.provision)).toBe(true);
      tied.push(`${c.version}:${c.provision}`);
    }
    expect([...new Set(tied)].sort()).toEqual([
      '2022:5.15',
      '2022:5.19',
      '2024:6.16',
      '2024:6.17',
      '2024:6.18',
    ]);
  });

  it('recovers every row once told which provision came before', () => {
    for (const c of cases) expect(top(c.cell, c), `${c.doc} ${c.provision}`).toBe(c.provision);
  });

  it.each(Object.entries(variants))('recovers every row from a cell with %s', (_name, mutate) => {
    const misses = cases.filter((c) => top(mutate(c.cell), c) !== c.provision);
    expect(misses.map((c) => `${c.doc} ${c.provision}: ${mutate(c.cell).slice(0, 80)}`)).toEqual([]);
  });
});

describe('matchRequirement', () => {
  it('scores a provision quoted in full at 1', () => {
    for (const version of ['2022', '2024'] as const) {
      for (const p of listProvisions(version)) {
        const [first] = matchRequirement(p.requirement, { version, among: [p.number] });
        expect(first.score, `${version} ${p.number}`).toBe(1);
      }
    }
  });

  it('tells near-identical 2024 provisions apart by the detail that differs', () => {
    const extension = (days: number) =>
      `Any extension must be no more than ${days} working days without good reason, and the reason(s) must be clearly explained to the resident.`;
    expect(matchRequirement(extension(10), { version: '2024' })[0].provision.number).toBe('6.4');
    expect(matchRequirement(extension(20), { version: '2024' })[0].provision.number).toBe('6.15');
    const escalate =
      'details of how to escalate the matter to stage 2 if the individual is not satisfied with the response';
    expect(matchRequirement(escalate, { version: '2024' })[0].provision.number).toBe('6.9');
  });

  it('searches both versions when none is given, and tells 2022 wording from 2024 wording', () => {
    const text2022 = getProvision('2022', '5.1')?.requirement ?? '';
    const [first] = matchRequirement(text2022);
    expect(first.provision.version).toBe('2022');
    expect(first.provision.number).toBe('5.1');
    const versions = new Set(
      matchRequirement('stage 2 response within 20 working days', { limit: 10 }).map(
        (m) => m.provision.version,
      ),
    );
    expect(versions).toEqual(new Set(['2022', '2024']));
  });

  it('restricts to candidates, limits results, and returns nothing for empty text', () => {
    const text = getProvision('2024', '6.14')?.requirement ?? '';
    expect(
      matchRequirement(text, { version: '2024', among: ['6.3', '6.4'] }).map((m) => m.provision.number),
    ).toEqual(expect.arrayContaining(['6.3']));
    expect(
      matchRequirement(text, { version: '2024', among: ['6.3', '6.4'] }).every(
        (m) => m.provision.number !== '6.14',
      ),
    ).toBe(true);
    expect(matchRequirement(text, { version: '2024', limit: 2 })).toHaveLength(2);
    expect(matchRequirement('', { version: '2024' })).toEqual([]);
    expect(matchRequirement('<p> \u2022 </p>', { version: '2024' })).toEqual([]);
  });

  it('ranks best first with scores between 0 and 1', () => {
    const matches = matchRequirement('A full record must be kept of the complaint', {
      version: '2024',
      limit: 10,
    });
    expect(matches[0].provision.number).toBe('5.12');
    for (let i = 1; i < matches.length; i++)
      expect(matches[i].score).toBeLessThanOrEqual(matches[i - 1].score);
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    for (const m of matches) expect(m.score).toBeLessThanOrEqual(1);
  });

  it('is fast enough to call for every row of a document', () => {
    const started = performance.now();
    for (let i = 0; i < 3; i++) for (const c of cases) matchRequirement(c.cell, { version: c.version });
    expect((performance.now() - started) / (3 * cases.length)).toBeLessThan(2);
  });
});
