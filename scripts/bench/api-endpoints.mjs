// The requests `npm run -s bench:api` times, one entry per line of its report. Add a feature's endpoints here
// (e.g. /api/search) as another entry: `path` gets the context of the generated sector.
// context: { year, previousYear, firstYear, landlordId }

/** @type {{ name: string, path: (context: Record<string, unknown>) => string }[]} */
export const API_BENCH_ENDPOINTS = [
  { name: 'matrix page of 100', path: (c) => `/api/analytics/matrix?year=${c.year}&page=2&pageSize=100` },
  { name: 'matrix, sorted, one section', path: (c) => `/api/analytics/matrix?year=${c.year}&section=6&sort=-nonCompliant&pageSize=100` },
  { name: 'trend 6.3', path: () => '/api/analytics/provisions/6.3/trend' },
  { name: 'trend 6.3 by landlord type', path: () => '/api/analytics/provisions/6.3/trend?groupBy=landlordType' },
  { name: 'trend 6.14 by size band, one region', path: () => '/api/analytics/provisions/6.14/trend?groupBy=sizeBand&region=London' },
  { name: 'landlords behind a point', path: (c) => `/api/analytics/provisions/6.3/trend/landlords?year=${c.year}&status=no&pageSize=50` },
  { name: 'overview', path: (c) => `/api/analytics/overview?year=${c.year}` },
  { name: 'overview, housing associations', path: (c) => `/api/analytics/overview?year=${c.year}&landlordType=housing_association` },
  { name: 'landlord profile', path: (c) => `/api/analytics/landlords/${c.landlordId}` },
];
