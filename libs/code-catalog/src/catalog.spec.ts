import { describe, expect, it } from 'vitest';
import { getProvision, listProvisions, listSections } from './catalog';
import { normaliseRequirementText, requirementTokens } from './text-normalise';
import { loadCorpus } from './testing/corpus';
import { obligationTables, requirementRow } from './testing/corpus-cells';
import { CODE_VERSIONS } from './types';

const corpus = loadCorpus();
const forms2024 = corpus.filter((d) => d.codeVersion === '2024');
const forms2022 = corpus.filter((d) => d.codeVersion === '2022');

describe('catalog against the corpus', () => {
  it('has four 2024 forms and one 2022 form to check against', () => {
    expect(forms2024).toHaveLength(4);
    expect(forms2022).toHaveLength(1);
  });

  it.each(corpus.map((d) => [d.name, d] as const))(
    'resolves every row of %s in its own version',
    (_name, doc) => {
      for (const row of doc.rows) {
        const provision = getProvision(doc.codeVersion, row.provision);
        expect(provision, `${doc.name} ${row.provision}`).toBeDefined();
        expect(provision?.version).toBe(doc.codeVersion);
        expect(provision?.number).toBe(row.provision);
      }
    },
  );

  it('lists exactly the 2024 provisions the 2024 forms assess, in their order', () => {
    const catalog = listProvisions('2024').map((p) => p.number);
    expect(catalog).toHaveLength(72);
    for (const doc of forms2024) expect(doc.rows.map((r) => r.provision)).toEqual(catalog);
  });

  it('covers every provision the 2022 form assesses, and nothing else', () => {
    const catalog = listProvisions('2022').map((p) => p.number);
    const form = forms2022[0].rows.map((r) => r.provision);
    expect(catalog).toHaveLength(72);
    expect([...catalog].sort()).toEqual([...form].sort());
  });

  it("gives each 2022 provision the obligation of the form's sub-table", () => {
    const tables = obligationTables(forms2022[0].text);
    expect(tables.size).toBe(72);
    for (const p of listProvisions('2022')) expect(p.obligation, p.number).toBe(tables.get(p.number));
  });

  it('quotes each requirement word for word as at least one form does', () => {
    for (const version of CODE_VERSIONS) {
      const forms = corpus.filter((d) => d.codeVersion === version);
      for (const p of listProvisions(version)) {
        const quoted = forms.map((d) => requirementTokens(requirementRow(d.text, p.number) ?? '').join(' '));
        expect(quoted, `${version} ${p.number}`).toContain(requirementTokens(p.requirement).join(' '));
      }
    }
  });
});

describe('sections and provisions', () => {
  it('has 9 sections in 2024 and 8 in 2022, titled', () => {
    expect(listSections('2024').map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(listSections('2022').map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(listSections('2024')[1].title).toBe('Exclusions');
    expect(listSections('2022')[1].title).toBe('Accessibility and awareness');
  });

  it('places every provision in a section of its version', () => {
    for (const version of CODE_VERSIONS) {
      const sections = new Set(listSections(version).map((s) => s.number));
      for (const p of listProvisions(version)) {
        expect(sections.has(p.section), `${version} ${p.number}`).toBe(true);
        expect(p.number.startsWith(`${p.section}.`)).toBe(true);
      }
    }
  });

  it('makes every 2024 provision a must and splits section 6 into stage 1 (6.1-6.9) and stage 2 (6.10-6.20)', () => {
    for (const p of listProvisions('2024')) {
      expect(p.obligation).toBe('must');
      const sub = Number(p.number.split('.')[1]);
      const expected = p.section === 6 ? (sub <= 9 ? 1 : 2) : null;
      expect(p.stage, p.number).toBe(expected);
    }
  });

  it('keeps requirement text clean', () => {
    for (const version of CODE_VERSIONS) {
      for (const p of listProvisions(version)) {
        const where = `${version} ${p.number}`;
        expect(p.requirement, where).toBe(normaliseRequirementText(p.requirement));
        expect(p.requirement, where).not.toMatch(/[<>•\u2018\u2019\u201c\u201d]|\s[,.;:]|[a-z]- [a-z]/);
        expect(p.requirement, where).toMatch(/\.'?$/);
      }
    }
  });

  it('gives each provision a short chart title that starts with its number', () => {
    for (const version of CODE_VERSIONS) {
      for (const p of listProvisions(version)) {
        expect(p.shortTitle.startsWith(`${p.number} `)).toBe(true);
        expect(p.shortTitle.length, p.shortTitle).toBeLessThanOrEqual(56);
      }
    }
    expect(getProvision('2024', '6.14')?.shortTitle).toBe('6.14 Stage 2 response within 20 working days');
  });

  it('accepts the number spellings documents use', () => {
    expect(getProvision('2024', 'provision 8.1')?.number).toBe('8.1');
    expect(getProvision('2024', ' 6.14. ')?.number).toBe('6.14');
    expect(getProvision('2024', '0.12')).toBeUndefined();
    expect(getProvision('2022', '6.4')).toBeUndefined();
  });
});

describe('timescales', () => {
  const NUMBER_WORDS: Record<number, string> = { 5: 'five', 10: '10', 12: '12', 20: '20' };

  it('sets the timescales the Codes set', () => {
    const t = (version: '2022' | '2024', n: string) => getProvision(version, n)?.timescale;
    expect(t('2024', '2.3')).toMatchObject({ amount: 12, unit: 'months' });
    expect(t('2024', '6.2')).toMatchObject({ amount: 5, unit: 'working_days' });
    expect(t('2024', '6.3')).toMatchObject({
      amount: 10,
      unit: 'working_days',
      from: 'complaint acknowledged',
    });
    expect(t('2024', '6.4')).toMatchObject({ amount: 10, unit: 'working_days', extension: true });
    expect(t('2024', '6.11')).toMatchObject({ amount: 5, unit: 'working_days' });
    expect(t('2024', '6.14')).toMatchObject({ amount: 20, unit: 'working_days' });
    expect(t('2024', '6.15')).toMatchObject({ amount: 20, unit: 'working_days', extension: true });
    expect(t('2022', '4.1')).toMatchObject({ amount: 5, unit: 'days' });
    expect(t('2022', '5.1')).toMatchObject({ amount: 10, unit: 'working_days', from: 'complaint logged' });
    expect(t('2022', '5.13')).toMatchObject({
      amount: 20,
      unit: 'working_days',
      from: 'complaint escalated',
    });
  });

  it('takes every timescale from its own requirement text', () => {
    for (const version of CODE_VERSIONS) {
      for (const p of listProvisions(version)) {
        if (!p.timescale) continue;
        const unit = { working_days: 'working days', days: 'days', months: 'months' }[p.timescale.unit];
        const figure = `(?:${p.timescale.amount}|${NUMBER_WORDS[p.timescale.amount]})`;
        expect(p.requirement, `${version} ${p.number}`).toMatch(new RegExp(`${figure} ${unit}`, 'i'));
      }
    }
  });
});
