import { describe, expect, it } from 'vitest';
import { loadCorpus } from './testing/corpus';
import { detectVersion, versionSignals } from './version-signals';

const corpus = loadCorpus();

// Each removes one kind of clue from a document's text.
const blankings: Record<string, (text: string) => string> = {
  'number column header words': (t) => t.replace(/code (provision|section)/gi, ''),
  'section 2 title': (t) =>
    t.replace(/(section\s*2\s*[:.-]\s*)(exclusions|accessibility and awareness)/gi, '$1'),
  'must/should sub-headings': (t) =>
    t.replace(/(mandatory|best practice)\s*'(must|should)'\s*requirements/gi, ''),
  'all section headings': (t) => t.replace(/^[#* ]*section\s+\d+\s*[:.\-\u2013].*$/gim, ''),
  'definition wording': (t) =>
    t.replace(/by the (landlord|organisation), its own staff/gi, 'by them, their own staff'),
  'evidence/commentary header': (t) => t.replace(/evidence[^\n]*commentary[^\n]*/gi, ''),
  'section 9 rows': (t) => t.replace(/^(?:<p>)?9\.\d+/gm, ''),
};

describe('detectVersion on the corpus', () => {
  it.each(corpus.map((d) => [d.name, d] as const))('detects the version of %s', (_name, doc) => {
    const result = detectVersion(doc.text);
    expect(result.version).toBe(doc.codeVersion);
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.signals.length).toBeGreaterThanOrEqual(5);
    expect(result.signals.every((s) => s.version === doc.codeVersion)).toBe(true);
  });

  it('still detects every version with any one signal left out', () => {
    for (const doc of corpus) {
      const names = new Set(versionSignals(doc.text).map((s) => s.name));
      for (const name of names) {
        expect(detectVersion(doc.text, { exclude: [name] }).version, `${doc.name} without ${name}`).toBe(
          doc.codeVersion,
        );
      }
    }
  });

  it.each(Object.entries(blankings))('still detects every version with the %s blanked', (_name, blank) => {
    const touched = corpus.filter((doc) => blank(doc.text) !== doc.text);
    expect(touched.length).toBeGreaterThan(0);
    for (const doc of touched) expect(detectVersion(blank(doc.text)).version, doc.name).toBe(doc.codeVersion);
  });

  it('finds the header clue only when the header words are there', () => {
    for (const doc of corpus) {
      expect(versionSignals(doc.text).some((s) => s.name === 'number-column-header')).toBe(true);
      const stripped = blankings['number column header words'](doc.text);
      expect(versionSignals(stripped).some((s) => s.name === 'number-column-header')).toBe(false);
    }
  });
});

describe('versionSignals', () => {
  it('reads each clue on its own', () => {
    const one = (text: string) => versionSignals(text).map((s) => [s.name, s.version]);
    expect(one('Code provision\tCode requirement\tComply: Yes / No')).toContainEqual([
      'number-column-header',
      '2024',
    ]);
    expect(one('Code section\tCode requirement\tComply: Yes/No')).toContainEqual([
      'number-column-header',
      '2022',
    ]);
    expect(one('Section 2: Exclusions')).toContainEqual(['section-2-title', '2024']);
    expect(one('Section 2 - Accessibility and awareness')).toContainEqual(['section-2-title', '2022']);
    expect(one("Best practice 'should' requirements")).toContainEqual(['must-should-subheadings', '2022']);
    expect(one('Section 9: Scrutiny & oversight: continuous learning and improvement')).toContainEqual([
      'highest-section',
      '2024',
    ]);
    const definition = (who: string) =>
      `A complaint must be defined as: <i>'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the ${who}, its own staff'</i>`;
    expect(one(definition('landlord'))).toContainEqual(['definition-wording', '2024']);
    expect(one(definition('organisation'))).toContainEqual(['definition-wording', '2022']);
  });

  it('ignores the 2022 definition when a 2024 form quotes it as a landlord policy in evidence', () => {
    const evidence =
      "sets out the definition: 'An expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff'";
    expect(versionSignals(evidence).filter((s) => s.name === 'definition-wording')).toEqual([]);
  });

  it('does not read section 3 "Accessibility and Awareness" of a 2024 form as the 2022 section 2', () => {
    expect(versionSignals('Section 3: Accessibility and Awareness').some((s) => s.version === '2022')).toBe(
      false,
    );
  });

  it('returns no version for text with no clues', () => {
    expect(detectVersion('Annual report 2024. Nothing about the Code here.')).toEqual({
      version: null,
      confidence: 0,
      signals: [],
    });
  });

  it('lowers confidence when clues disagree', () => {
    const mixed = 'Code provision\tCode requirement\nSection 2 - Accessibility and awareness';
    const clear = 'Code provision\tCode requirement\nSection 2: Exclusions';
    expect(detectVersion(mixed).confidence).toBeLessThan(detectVersion(clear).confidence);
  });
});
