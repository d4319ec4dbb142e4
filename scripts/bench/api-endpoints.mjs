// The requests `npm run -s bench:api` times, one entry per line of its report. Add a feature's endpoints here
// (e.g. /api/search) as another entry: `path` gets the context of the generated sector.
// context: { year, previousYear, firstYear, landlordId }

/** @type {{ name: string, path: (context: Record<string, unknown>) => string, targetP95Ms?: number }[]} */
export const API_BENCH_ENDPOINTS = [
  { name: 'matrix page of 100', path: (c) => `/api/analytics/matrix?year=${c.year}&page=2&pageSize=100` },
  {
    name: 'matrix, sorted, one section',
    path: (c) => `/api/analytics/matrix?year=${c.year}&section=6&sort=-nonCompliant&pageSize=100`,
  },
  { name: 'trend 6.3', path: () => '/api/analytics/provisions/6.3/trend' },
  {
    name: 'trend 6.3 by landlord type',
    path: () => '/api/analytics/provisions/6.3/trend?groupBy=landlordType',
  },
  {
    name: 'trend 6.14 by size band, one region',
    path: () => '/api/analytics/provisions/6.14/trend?groupBy=sizeBand&region=London',
  },
  {
    name: 'landlords behind a point',
    path: (c) => `/api/analytics/provisions/6.3/trend/landlords?year=${c.year}&status=no&pageSize=50`,
  },
  { name: 'overview', path: (c) => `/api/analytics/overview?year=${c.year}` },
  { name: 'provision index', path: (c) => `/api/analytics/provisions?year=${c.year}` },
  {
    name: 'overview, housing associations',
    path: (c) => `/api/analytics/overview?year=${c.year}&landlordType=housing_association`,
  },
  { name: 'landlord profile', path: (c) => `/api/analytics/landlords/${c.landlordId}` },
  // Full-text search (target p95 150 ms): common and rare words, a phrase, the crosswalk filter, exclusion.
  { name: 'search "extension"', path: () => '/api/search?q=extension', targetP95Ms: 150 },
  {
    name: 'search "extension" in 6.3',
    path: () => '/api/search?q=extension&provision=6.3',
    targetP95Ms: 150,
  },
  {
    name: 'search "working days", one year',
    path: (c) => `/api/search?q=%22working%20days%22&year=${c.year}`,
    targetP95Ms: 150,
  },
  {
    name: 'search complaint -policy, HAs',
    path: () => '/api/search?q=complaint%20-policy&landlordType=housing_association',
    targetP95Ms: 150,
  },
  {
    name: 'search "ombudsman" page 5, all',
    path: () => '/api/search?q=ombudsman&page=5&all=true',
    targetP95Ms: 150,
  },
];
