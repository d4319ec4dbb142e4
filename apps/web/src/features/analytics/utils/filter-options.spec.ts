import type { LandlordDto } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import {
  landlordOptions,
  provisionOptions,
  recentYearOptions,
  regionOptions,
  yearOptions,
} from './filter-options';

describe('filter options', () => {
  it('lists each region once, in order', () => {
    const landlords = [
      { region: 'London' },
      { region: null },
      { region: 'East' },
      { region: 'London' },
    ] as LandlordDto[];
    expect(regionOptions(landlords).map((option) => option.value)).toEqual(['East', 'London']);
    expect(regionOptions(undefined)).toEqual([]);
  });

  it('offers the years with data', () => {
    expect(yearOptions([2024, 2023])).toEqual([
      { value: '2024', text: '2024' },
      { value: '2023', text: '2023' },
    ]);
  });

  it('offers the recent assessment years, newest first', () => {
    expect(recentYearOptions(3, new Date('2026-06-01')).map((option) => option.value)).toEqual([
      '2026',
      '2025',
      '2024',
    ]);
    expect(recentYearOptions(8, new Date('2003-06-01')).map((option) => option.value)).toEqual([
      '2003',
      '2002',
      '2001',
      '2000',
    ]);
  });

  it('offers landlords by name and provisions by number, none before they load', () => {
    expect(landlordOptions([{ id: 'l-1', name: 'Alpha Homes' }])).toEqual([
      { value: 'l-1', text: 'Alpha Homes' },
    ]);
    expect(provisionOptions([{ number: '6.3' }])).toEqual([{ value: '6.3', text: '6.3' }]);
    expect(landlordOptions(undefined)).toEqual([]);
    expect(provisionOptions(undefined)).toEqual([]);
  });
});
