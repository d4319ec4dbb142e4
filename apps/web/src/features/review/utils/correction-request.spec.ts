import type { AnswerDto } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { correctionRequest, draftFrom } from './correction-request';

const answer = {
  id: 'a',
  provision: '6.3',
  status: 'yes',
  evidence: 'Policy p.4',
  commentary: null,
} as AnswerDto;

describe('correctionRequest', () => {
  it('is null when nothing changed, ignoring stray spaces', () => {
    expect(correctionRequest(answer, { ...draftFrom(answer), evidence: ' Policy p.4 ' })).toBeNull();
  });

  it('sends only what changed, texts included', () => {
    expect(
      correctionRequest(answer, { ...draftFrom(answer), status: 'partial', commentary: 'Only stage 1' }),
    ).toEqual({
      status: 'partial',
      commentary: 'Only stage 1',
    });
    expect(correctionRequest(answer, { ...draftFrom(answer), provision: ' 6.4', evidence: '' })).toEqual({
      provision: '6.4',
      evidence: '',
    });
  });
});
