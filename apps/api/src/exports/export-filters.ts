import type { MatrixQueryDto, TrendQueryDto } from '../analytics/dto/analytics-query.dto';
import { filterFacts } from './export-context';
import type { NamedValue } from './xlsx/workbook-spec';

/** The peer-group filters every export states, "all" when not set. */
function peerFacts(query: { landlordType?: string; region?: string; sizeBand?: string }) {
  return [
    { name: 'Landlord type', value: query.landlordType, all: 'all types' },
    { name: 'Region', value: query.region, all: 'all regions' },
    { name: 'Size band', value: query.sizeBand, all: 'all size bands' },
  ];
}

/** The provisions an export covers and the answer filters on them, said of `who` they keep. */
function answerFacts(
  query: { provisions?: string[]; status?: string; flag?: string },
  who: 'landlords' | 'landlord-years',
) {
  return [
    { name: 'Provisions', value: query.provisions, all: 'all provisions of the 2024 Code' },
    { name: `Only ${who} answering`, value: query.status, all: 'any status' },
    { name: `Only ${who} with the consistency flag`, value: query.flag, all: 'any or none' },
  ];
}

export function matrixFilters(query: MatrixQueryDto): NamedValue[] {
  return filterFacts([
    { name: 'Assessment year', value: query.year, all: 'required' },
    ...peerFacts(query),
    { name: 'Code section', value: query.section, all: 'all sections' },
    ...answerFacts(query, 'landlords'),
    { name: 'Sorted by', value: query.sort ?? 'name', all: 'name' },
  ]);
}

export function trendFilters(
  provision: string,
  query: TrendQueryDto,
  groupBy = query.groupBy ?? 'none',
): NamedValue[] {
  return filterFacts([
    { name: 'Provision (2024 Code)', value: provision, all: '' },
    { name: 'From year', value: query.from, all: 'the first year with data' },
    { name: 'To year', value: query.to, all: 'the latest year with data' },
    ...peerFacts(query),
    { name: 'Grouped by', value: groupBy === 'none' ? undefined : groupBy, all: 'not grouped' },
  ]);
}

export function answersFilters(query: {
  year?: number;
  landlordType?: string;
  region?: string;
  sizeBand?: string;
  provisions?: string[];
  status?: string;
  flag?: string;
}): NamedValue[] {
  return filterFacts([
    { name: 'Assessment year', value: query.year, all: 'every year' },
    ...peerFacts(query),
    ...answerFacts(query, 'landlord-years'),
  ]);
}
