import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getProvision, listProvisions } from './catalog';
import {
  canonicalFor,
  crosswalk,
  provisionsDroppedFrom2022,
  provisionsNewIn2024,
  sourcesFor,
  trendCarryFor,
} from './crosswalk';
import { CROSSWALK_CHANGES } from './data/crosswalk-changes';
import { CROSSWALK_CSV } from './testing/corpus';
import type { CrosswalkConfidence, CrosswalkEntry, CrosswalkRelation } from './types';

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell];
}

function readCsv(path: string): CrosswalkEntry[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  expect(splitCsvLine(header)).toEqual(['from_2022', 'to_2024', 'relation', 'confidence', 'note']);
  return lines.map((line) => {
    const [from2022, to2024, relation, confidence, note] = splitCsvLine(line);
    return {
      from2022,
      to2024: to2024 === '' ? null : to2024,
      relation: relation as CrosswalkRelation,
      confidence: confidence as CrosswalkConfidence,
      note,
    };
  });
}

const key = (e: CrosswalkEntry) => JSON.stringify([e.from2022, e.to2024, e.relation, e.confidence, e.note]);
const csv = readCsv(CROSSWALK_CSV);
const entries = crosswalk();

describe('crosswalk against its reference CSV', () => {
  it('equals the CSV once the recorded changes are applied, in the same order', () => {
    const expected = csv.map((row) => {
      const change = CROSSWALK_CHANGES.find(
        (c) => c.before && key({ from2022: c.from2022, ...c.before }) === key(row),
      );
      return change ? (change.after ? { from2022: row.from2022, ...change.after } : null) : row;
    });
    const kept = expected.filter((e): e is CrosswalkEntry => e !== null).map(key);
    const added = CROSSWALK_CHANGES.filter((c) => !c.before && c.after).map((c) =>
      key({ from2022: c.from2022, ...c.after! }),
    );
    const actual = entries.map(key);
    expect(actual.filter((k) => !added.includes(k))).toEqual(kept);
    expect([...actual].sort()).toEqual([...kept, ...added].sort());
  });

  it('records every change against a real CSV row, with a reason', () => {
    const csvKeys = new Set(csv.map(key));
    for (const change of CROSSWALK_CHANGES) {
      if (change.before)
        expect(csvKeys.has(key({ from2022: change.from2022, ...change.before })), change.from2022).toBe(true);
      expect(change.before ?? change.after).not.toBeNull();
      expect(change.reason.length).toBeGreaterThan(80);
      const targets = [change.before?.to2024, change.after?.to2024].filter(Boolean) as string[];
      for (const t of targets) expect(change.reason, change.from2022).toContain(t);
      expect(change.reason, change.from2022).toContain(change.from2022);
    }
  });

  it('has no duplicate rows', () => {
    const pairs = entries.map((e) => `${e.from2022}->${e.to2024}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('crosswalk consistency', () => {
  it('names only catalog provisions, and dropped rows only have no successor', () => {
    for (const e of entries) {
      expect(getProvision('2022', e.from2022), e.from2022).toBeDefined();
      if (e.relation === 'dropped') expect(e.to2024).toBeNull();
      else expect(getProvision('2024', e.to2024 ?? ''), `${e.from2022}->${e.to2024}`).toBeDefined();
    }
  });

  it('gives every 2022 provision at least one row, and a dropped one no other row', () => {
    for (const p of listProvisions('2022')) {
      const rows = entries.filter((e) => e.from2022 === p.number);
      expect(rows.length, p.number).toBeGreaterThan(0);
      if (rows.some((r) => r.relation === 'dropped')) expect(rows, p.number).toHaveLength(1);
    }
  });

  it("never carries a 2022 'should' to a 2024 'must' as unchanged", () => {
    for (const e of entries) {
      if (e.relation !== 'same' && e.relation !== 'moved') continue;
      expect(getProvision('2022', e.from2022)?.obligation, `${e.from2022}->${e.to2024}`).toBe('must');
    }
  });

  it('uses split only for a 2022 provision with several successors, merged only for a 2024 one with several sources', () => {
    for (const e of entries) {
      if (e.relation === 'split')
        expect(entries.filter((o) => o.from2022 === e.from2022).length).toBeGreaterThan(1);
      if (e.relation === 'merged')
        expect(sourcesFor(e.to2024 ?? '').length, e.to2024 ?? '').toBeGreaterThan(1);
    }
  });
});

describe('canonical mapping', () => {
  it('holds the known mappings', () => {
    expect(canonicalFor('2022', '5.1').map((m) => m.provision)).toContain('6.3');
    expect(canonicalFor('2022', '5.13').map((m) => m.provision)).toContain('6.14');
    expect(canonicalFor('2022', '6.3').map((m) => m.provision)).toContain('9.1');
    expect(canonicalFor('2022', '6.3').map((m) => m.provision)).not.toContain('6.3');
  });

  it('maps 2022 5.1 to 6.3 (changed) and 6.4 (split), with caveats', () => {
    expect(canonicalFor('2022', '5.1')).toEqual([
      { provision: '6.3', relation: 'changed', confidence: 'high', trend: 'caveat' },
      { provision: '6.4', relation: 'split', confidence: 'high', trend: 'caveat' },
    ]);
  });

  it('maps every 2024 provision to itself', () => {
    for (const p of listProvisions('2024')) {
      expect(canonicalFor('2024', p.number)).toEqual([
        { provision: p.number, relation: 'same', confidence: 'high', trend: 'as_is' },
      ]);
    }
    expect(canonicalFor('2024', '10.1')).toEqual([]);
  });

  it('agrees with the crosswalk rows for every 2022 provision', () => {
    for (const p of listProvisions('2022')) {
      const rows = entries.filter((e) => e.from2022 === p.number && e.to2024 !== null);
      expect(canonicalFor('2022', p.number).map((m) => [m.provision, m.relation, m.trend])).toEqual(
        rows.map((r) => [r.to2024, r.relation, trendCarryFor(r.relation)]),
      );
    }
    expect(canonicalFor('2022', '4.3')).toEqual([]);
  });

  it('finds the 2022 sources of a 2024 provision', () => {
    expect(sourcesFor('6.14').map((e) => e.from2022)).toEqual(['5.13']);
    expect(
      sourcesFor('5.8')
        .map((e) => e.from2022)
        .sort(),
    ).toEqual(['3.2', '4.12', '4.6', '4.7']);
    expect(sourcesFor('99.1')).toEqual([]);
  });

  it('carries same and moved as-is, dropped not at all, everything else with a caveat', () => {
    expect(trendCarryFor('same')).toBe('as_is');
    expect(trendCarryFor('moved')).toBe('as_is');
    expect(trendCarryFor('dropped')).toBe('none');
    for (const r of ['strengthened', 'changed', 'split', 'merged'] as const)
      expect(trendCarryFor(r)).toBe('caveat');
  });

  it('lists the 2024 duties with no 2022 source and the 2022 provisions with no successor', () => {
    const fresh = provisionsNewIn2024().map((p) => p.number);
    for (const p of listProvisions('2024'))
      expect(fresh.includes(p.number), p.number).toBe(sourcesFor(p.number).length === 0);
    expect(fresh).toContain('6.12');
    expect(fresh).not.toContain('9.6');
    const dropped = provisionsDroppedFrom2022().map((p) => p.number);
    for (const p of listProvisions('2022')) {
      expect(dropped.includes(p.number), p.number).toBe(canonicalFor('2022', p.number).length === 0);
    }
    expect(dropped).toEqual(expect.arrayContaining(['5.18', '5.19', '5.20']));
  });
});
