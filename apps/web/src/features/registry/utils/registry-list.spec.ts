import type { LandlordDto } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { filterRegistry, paramsFromRegistryState, registryStateFromParams } from './registry-list';

const landlord = (name: string, extra: Partial<LandlordDto> = {}): LandlordDto => ({
  id: name,
  name,
  type: 'housing_association',
  registrationCode: null,
  region: null,
  homesOwned: null,
  aliases: [],
  mergedIntoId: null,
  ...extra,
});

describe('registry list', () => {
  const landlords = [
    landlord('Octavia Housing', { region: 'London', homesOwned: 5000, aliases: ['Octavia Hill'] }),
    landlord('Kingston Council', { type: 'local_authority', region: 'London', homesOwned: 6000 }),
    landlord('Old Trust', { mergedIntoId: 'x' }),
    landlord('Abbey Homes', { region: 'East', registrationCode: 'L1234' }),
  ];

  it('searches names, aliases and codes and hides merged landlords', () => {
    expect(filterRegistry(landlords, { q: 'hill', sort: 'name', page: 1 }).map((item) => item.name)).toEqual([
      'Octavia Housing',
    ]);
    expect(filterRegistry(landlords, { q: 'l1234', sort: 'name', page: 1 }).map((item) => item.name)).toEqual(
      ['Abbey Homes'],
    );
    expect(filterRegistry(landlords, { sort: 'name', page: 1 }).map((item) => item.name)).toEqual([
      'Abbey Homes',
      'Kingston Council',
      'Octavia Housing',
    ]);
  });

  it('sorts by homes, largest first', () => {
    expect(filterRegistry(landlords, { sort: 'homes', page: 1 }).map((item) => item.name)).toEqual([
      'Kingston Council',
      'Octavia Housing',
      'Abbey Homes',
    ]);
  });

  it('round-trips through the address', () => {
    const { state } = registryStateFromParams(new URLSearchParams('q=oct&sort=region&page=2'));
    expect(paramsFromRegistryState(state).toString()).toBe('q=oct&sort=region&page=2');
  });
});
