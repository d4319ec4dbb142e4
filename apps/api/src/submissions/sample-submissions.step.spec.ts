import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableSampleName, SAMPLE_CORPUS_DIR } from './sample-submissions.step';

describe('readableSampleName', () => {
  it('names a sample by its landlord and year', () => {
    const truth = join(SAMPLE_CORPUS_DIR, '004_f04719c660cefd4a.truth.json');
    expect(readableSampleName('004_f04719c660cefd4a.txt', truth)).toBe('Lewisham Council 2025 self-assessment.txt');
  });

  it('keeps the file name when there is nothing to name it by', () => {
    expect(readableSampleName('odd.txt', join(SAMPLE_CORPUS_DIR, 'missing.truth.json'))).toBe('odd.txt');
  });
});
