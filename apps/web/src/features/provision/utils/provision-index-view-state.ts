import { type ProvisionIndexQuery, type ProvisionRate } from '@app/contracts';
import { compareProvisions } from '@web/features/compare/utils/provision-groups';
import { type InvalidParam, ParamReader, writeParams } from '@web/features/analytics/utils/url-params';
import { type PeerGroup, peerGroupOf, readPeerGroup } from '@web/features/analytics/utils/peer-group';

/** `number`: Code order; `rate`: highest non-compliance first; `-rate`: lowest first (unanswered last either way). */
export const PROVISION_INDEX_SORTS = ['number', 'rate', '-rate'] as const;
export type ProvisionIndexSort = (typeof PROVISION_INDEX_SORTS)[number];

export interface ProvisionIndexViewState extends PeerGroup {
  year?: number;
  sort: ProvisionIndexSort;
}

export function provisionIndexStateFromParams(params: URLSearchParams): {
  state: ProvisionIndexViewState;
  invalid: InvalidParam[];
} {
  const read = new ParamReader(params);
  return {
    state: {
      year: read.year(),
      ...readPeerGroup(read),
      sort: read.oneOf('sort', PROVISION_INDEX_SORTS, 'number, rate or -rate') ?? 'number',
    },
    invalid: read.invalid,
  };
}

export function paramsFromProvisionIndexState(state: ProvisionIndexViewState): URLSearchParams {
  return writeParams({
    year: state.year,
    ...peerGroupOf(state),
    sort: state.sort === 'number' ? undefined : state.sort,
  });
}

/** The API query of a view: its year (or the latest) and peer filters. */
export function provisionIndexQuery(state: ProvisionIndexViewState): ProvisionIndexQuery {
  return {
    year: state.year,
    ...peerGroupOf(state),
  };
}

/** The provisions in the chosen order; ties on rate fall back to Code order, unanswered provisions go last. */
export function sortProvisionRates(items: ProvisionRate[], sort: ProvisionIndexSort): ProvisionRate[] {
  const byNumber = (a: ProvisionRate, b: ProvisionRate) => compareProvisions(a.provision, b.provision);
  if (sort === 'number') return [...items].sort(byNumber);
  const direction = sort === 'rate' ? -1 : 1;
  return [...items].sort((a, b) => {
    if (a.rate === null || b.rate === null)
      return Number(a.rate === null) - Number(b.rate === null) || byNumber(a, b);
    return direction * (a.rate - b.rate) || byNumber(a, b);
  });
}

/** What a click on a column header asks for: number sorts by number; rate toggles highest/lowest first. */
export function nextSort(current: ProvisionIndexSort, column: 'number' | 'rate'): ProvisionIndexSort {
  if (column === 'number') return 'number';
  return current === 'rate' ? '-rate' : 'rate';
}

/** aria-sort of a column header under the current sort. */
export function ariaSort(
  current: ProvisionIndexSort,
  column: 'number' | 'rate',
): 'ascending' | 'descending' | 'none' {
  if (column === 'number') return current === 'number' ? 'ascending' : 'none';
  if (current === 'rate') return 'descending';
  return current === '-rate' ? 'ascending' : 'none';
}
