import type { MatrixQuery } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import {
  answersCsvUrl,
  exportFileName,
  landlordReportUrl,
  matrixAnswersCsvUrl,
  matrixExportUrl,
  provisionAnswersCsvUrl,
  provisionReportUrl,
  trendExportUrl,
} from './export-urls';

describe('export URLs', () => {
  it('carries every answers filter and leaves out empty ones', () => {
    expect(answersCsvUrl({})).toBe('/api/exports/answers.csv');
    expect(
      answersCsvUrl({
        year: 2024,
        landlordType: 'housing_association',
        region: 'North West',
        sizeBand: '1000_9999',
        provisions: ['6.3', '5.1'],
        status: 'no',
        flag: 'timescale_conflict',
      }),
    ).toBe(
      '/api/exports/answers.csv?year=2024&landlordType=housing_association&region=North+West&sizeBand=1000_9999&provisions=6.3%2C5.1&status=no&flag=timescale_conflict',
    );
  });

  it('exports the matrix with its filters and sort, never its page', () => {
    const view: MatrixQuery = {
      year: 2024,
      section: 6,
      sort: '-nonCompliant',
      status: 'partial',
      page: 3,
      pageSize: 50,
    };
    const url = matrixExportUrl('xlsx', view);
    expect(url).toBe('/api/exports/matrix.xlsx?year=2024&section=6&status=partial&sort=-nonCompliant');
    expect(matrixExportUrl('csv', { year: 2023 })).toBe('/api/exports/matrix.csv?year=2023');
  });

  it('gives the answers behind a Compare view with its filters, a section as its provisions', () => {
    const view: MatrixQuery = {
      year: 2024,
      landlordType: 'almo',
      region: 'London',
      sizeBand: 'under_1000',
      status: 'no',
      sort: '-nonCompliant',
      page: 2,
    };
    expect(matrixAnswersCsvUrl(view)).toBe(
      '/api/exports/answers.csv?year=2024&landlordType=almo&region=London&sizeBand=under_1000&status=no',
    );
    expect(matrixAnswersCsvUrl({ ...view, section: 6 }, ['6.1', '6.2'])).toBe(
      '/api/exports/answers.csv?year=2024&landlordType=almo&region=London&sizeBand=under_1000&provisions=6.1%2C6.2&status=no',
    );
    // Until the section's provisions are known there is no link, rather than one to every section.
    expect(matrixAnswersCsvUrl({ ...view, section: 6 })).toBeUndefined();
    expect(matrixAnswersCsvUrl({ year: 2023, provisions: ['6.3'], section: 6 }, ['6.1'])).toBe(
      '/api/exports/answers.csv?year=2023&provisions=6.3',
    );
  });

  it('gives the answers to a provision with the view’s peer filters, and its year when it shows one', () => {
    expect(
      provisionAnswersCsvUrl('6.3', { landlordType: 'almo', region: 'London', sizeBand: '1000_9999' }),
    ).toEqual({
      href: '/api/exports/answers.csv?landlordType=almo&region=London&sizeBand=1000_9999&provisions=6.3',
      allYears: true,
    });
    expect(provisionAnswersCsvUrl('6.3', { from: 2023, to: 2023 })).toEqual({
      href: '/api/exports/answers.csv?year=2023&provisions=6.3',
      allYears: false,
    });
    expect(provisionAnswersCsvUrl('6.14', { from: 2022, to: 2024 }).allYears).toBe(true);
  });

  it('exports a provision trend and report with the trend filters', () => {
    expect(
      trendExportUrl('6.3', 'csv', { from: 2022, to: 2024, groupBy: 'region', landlordType: 'almo' }),
    ).toBe('/api/exports/provisions/6.3/trend.csv?from=2022&to=2024&groupBy=region&landlordType=almo');
    expect(trendExportUrl('6.3', 'xlsx', { groupBy: 'none' })).toBe('/api/exports/provisions/6.3/trend.xlsx');
    expect(provisionReportUrl('1.1', { sizeBand: '50000_plus' })).toBe(
      '/api/exports/provisions/1.1/report.pdf?sizeBand=50000_plus',
    );
  });

  it('escapes path parts', () => {
    expect(landlordReportUrl('a/b')).toBe('/api/exports/landlords/a%2Fb/report.pdf');
  });

  it('names the file by what it holds and the day', () => {
    const day = new Date('2026-12-03T10:00:00Z');
    expect(exportFileName(['matrix', 2024, 'housing_association', undefined], 'xlsx', day)).toBe(
      'chc-matrix-2024-housing_association-2026-12-03.xlsx',
    );
    expect(exportFileName(['provision', '6.3', 'North West'], 'pdf', day)).toBe(
      'chc-provision-6.3-north-west-2026-12-03.pdf',
    );
  });
});
