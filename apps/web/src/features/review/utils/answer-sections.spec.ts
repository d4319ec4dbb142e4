import type { AnswerDto } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { answerSections } from './answer-sections';

const answer = (provision: string, warnings: string[] = []) =>
  ({
    id: provision,
    provision,
    status: 'yes',
    confidence: 1,
    warnings,
    corrected: false,
  }) as unknown as AnswerDto;

describe('answerSections', () => {
  it('keeps document order in runs by section and counts rows to check', () => {
    const sections = answerSections([
      answer('1.1'),
      answer('1.2'),
      answer('2.1'),
      answer('x'),
      answer('2.2'),
    ]);
    expect(sections.map((section) => [section.key, section.answers.map((item) => item.provision)])).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', ['2.1']],
      ['other', ['x']],
      ['2', ['2.2']],
    ]);
  });
});
