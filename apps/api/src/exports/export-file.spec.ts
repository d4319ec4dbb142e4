import { describe, expect, it } from 'vitest';
import { attachment, exportFileName } from './export-file';

describe('exportFileName', () => {
  const at = new Date('2026-12-03T17:00:00Z');

  it('names what the file holds, its filters and the date', () => {
    expect(exportFileName('matrix', [2024, 'housing_association', undefined], 'xlsx', at)).toBe(
      'chc-matrix-2024-housing_association-2026-12-03.xlsx',
    );
    expect(exportFileName('answers', ['all years'], 'csv', at)).toBe('chc-answers-all-years-2026-12-03.csv');
    expect(exportFileName('provision', ['6.3', 'trend', 'North West'], 'csv', at)).toBe(
      'chc-provision-6.3-trend-north-west-2026-12-03.csv',
    );
  });

  it('gives a Content-Disposition that every browser saves under that name', () => {
    expect(attachment('chc-matrix-2024-2026-12-03.xlsx')).toBe(
      `attachment; filename="chc-matrix-2024-2026-12-03.xlsx"; filename*=UTF-8''chc-matrix-2024-2026-12-03.xlsx`,
    );
    expect(attachment('chc-landlord-café.pdf')).toContain(
      `filename="chc-landlord-caf_.pdf"; filename*=UTF-8''chc-landlord-caf%C3%A9.pdf`,
    );
  });
});
