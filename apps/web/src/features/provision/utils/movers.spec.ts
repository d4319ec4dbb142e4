import type { AnswerStatus, TrendLandlordItem } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { movers } from './movers';

const item = (landlordId: string, status: AnswerStatus): TrendLandlordItem => ({
  landlordId,
  landlordName: landlordId.toUpperCase(),
  landlordType: 'almo',
  region: null,
  sizeBand: 'unknown',
  submissionId: 's',
  codeVersion: '2024',
  answerId: 'a',
  status,
  printedProvision: '6.3',
  commentary: null,
  evidence: null,
});

describe('movers', () => {
  it('finds landlords that got worse or better, ignoring unranked answers and newcomers', () => {
    const result = movers(
      [item('b', 'yes'), item('a', 'no'), item('c', 'partial'), item('d', 'na')],
      [item('b', 'partial'), item('a', 'yes'), item('c', 'partial'), item('d', 'no'), item('e', 'no')],
    );
    expect(result.regressed.map((mover) => [mover.landlordId, mover.from, mover.to])).toEqual([
      ['b', 'yes', 'partial'],
    ]);
    expect(result.improved.map((mover) => [mover.landlordId, mover.from, mover.to])).toEqual([
      ['a', 'no', 'yes'],
    ]);
  });
});
