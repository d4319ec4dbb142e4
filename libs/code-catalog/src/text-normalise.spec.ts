import { describe, expect, it } from 'vitest';
import { normaliseRequirementText, requirementTokens } from './text-normalise';

describe('normaliseRequirementText', () => {
  it('removes HTML tags, including one cut off by a page break', () => {
    expect(normaliseRequirementText('<p>Landlords <b><u>must</u></b> act.</p>')).toBe('Landlords must act.');
    expect(
      normaliseRequirementText('These can include: <ul style="list-style-type: none"> <li>Apologising;</li>'),
    ).toBe('These can include: Apologising;');
    expect(normaliseRequirementText('These can include:\n<ul style="list-style-type: none"')).toBe(
      'These can include:',
    );
  });

  it('decodes entities and straightens quotes and dashes', () => {
    expect(
      normaliseRequirementText('Scrutiny &amp; oversight&nbsp;\u2013 the \u2018MRC\u2019 &#39;x&#x27;'),
    ).toBe("Scrutiny & oversight - the 'MRC' 'x'");
    expect(normaliseRequirementText('\u201cthe complaint definition\u201d')).toBe(
      '"the complaint definition"',
    );
  });

  it('drops bullets and list markers', () => {
    expect(normaliseRequirementText('include: \u2022 one \u25cf two \uf0b7 three')).toBe(
      'include: one two three',
    );
    expect(normaliseRequirementText('include:\n- one\n* two')).toBe('include: one two');
  });

  it('rejoins words hyphenated across a line break and keeps real hyphens', () => {
    expect(normaliseRequirementText('a complaint can be re-\nmedied')).toBe('a complaint can be remedied');
    expect(normaliseRequirementText('carry out a self- assessment')).toBe('carry out a self-assessment');
    expect(normaliseRequirementText('a two-stage process')).toBe('a two-stage process');
  });

  it('collapses whitespace and the space before punctuation', () => {
    expect(normaliseRequirementText('  within five days of receipt .\n\n\tNext  ')).toBe(
      'within five days of receipt. Next',
    );
  });

  it('is idempotent', () => {
    const once = normaliseRequirementText('<p>\u2022 It\u2019s re-\nmedied &amp; logged .</p>');
    expect(normaliseRequirementText(once)).toBe(once);
  });
});

describe('requirementTokens', () => {
  it('treats number words as digits and plural or tense forms alike', () => {
    expect(requirementTokens('within five working days')).toEqual(requirementTokens('within 5 working day'));
    expect(requirementTokens('stage two complaints escalated')).toEqual(
      requirementTokens('stage 2 complaint escalate'),
    );
  });

  it('ignores stopwords and markup', () => {
    expect(requirementTokens('<i>The</i> complaint of the resident')).toEqual(['complaint', 'resident']);
  });
});
