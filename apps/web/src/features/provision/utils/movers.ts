import type { AnswerStatus, TrendLandlordItem } from '@app/contracts';

const RANK: Partial<Record<AnswerStatus, number>> = { no: 0, partial: 1, yes: 2 };

export interface Mover {
  landlordId: string;
  landlordName: string;
  from: AnswerStatus;
  to: AnswerStatus;
  current: TrendLandlordItem;
}

/** Landlords whose answer got worse or better between two years; answers other than yes/partly/no are not ranked. */
export function movers(
  previous: TrendLandlordItem[],
  current: TrendLandlordItem[],
): { regressed: Mover[]; improved: Mover[] } {
  const before = new Map(previous.map((item) => [item.landlordId, item]));
  const regressed: Mover[] = [];
  const improved: Mover[] = [];
  for (const item of current) {
    const earlier = before.get(item.landlordId);
    if (!earlier) continue;
    const from = RANK[earlier.status];
    const to = RANK[item.status];
    if (from === undefined || to === undefined || from === to) continue;
    const mover = {
      landlordId: item.landlordId,
      landlordName: item.landlordName,
      from: earlier.status,
      to: item.status,
      current: item,
    };
    (to < from ? regressed : improved).push(mover);
  }
  const byName = (a: Mover, b: Mover) => a.landlordName.localeCompare(b.landlordName, 'en-GB');
  return { regressed: regressed.sort(byName), improved: improved.sort(byName) };
}
