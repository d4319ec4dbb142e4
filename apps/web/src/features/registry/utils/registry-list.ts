import type { LandlordDto } from '@app/contracts';
import { ParamReader, type InvalidParam, writeParams } from '@web/features/analytics/utils/url-params';

export const REGISTRY_SORTS = ['name', 'type', 'region', 'homes'] as const;
export type RegistrySort = (typeof REGISTRY_SORTS)[number];
export const REGISTRY_PAGE_SIZE = 50;

export interface RegistryViewState {
  q?: string;
  sort: RegistrySort;
  page: number;
}

export function registryStateFromParams(params: URLSearchParams): {
  state: RegistryViewState;
  invalid: InvalidParam[];
} {
  const read = new ParamReader(params);
  return {
    state: {
      q: read.text('q'),
      sort: read.oneOf('sort', REGISTRY_SORTS, 'name, type, region or homes') ?? 'name',
      page: read.page(),
    },
    invalid: read.invalid,
  };
}

export function paramsFromRegistryState(state: RegistryViewState): URLSearchParams {
  return writeParams({
    q: state.q,
    sort: state.sort === 'name' ? undefined : state.sort,
    page: state.page > 1 ? state.page : undefined,
  });
}

/** Current landlords (merged ones are listed under their successor) matching the search, in the chosen order. */
export function filterRegistry(landlords: LandlordDto[], state: RegistryViewState): LandlordDto[] {
  const words = (state.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = landlords.filter((landlord) => {
    if (landlord.mergedIntoId) return false;
    const text = [landlord.name, landlord.registrationCode, landlord.region, ...landlord.aliases]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const byName = (a: LandlordDto, b: LandlordDto) => a.name.localeCompare(b.name, 'en-GB');
  const compare: Record<RegistrySort, (a: LandlordDto, b: LandlordDto) => number> = {
    name: byName,
    type: (a, b) => a.type.localeCompare(b.type) || byName(a, b),
    region: (a, b) => (a.region ?? '\uffff').localeCompare(b.region ?? '\uffff', 'en-GB') || byName(a, b),
    homes: (a, b) => (b.homesOwned ?? -1) - (a.homesOwned ?? -1) || byName(a, b),
  };
  return [...matches].sort(compare[state.sort]);
}
