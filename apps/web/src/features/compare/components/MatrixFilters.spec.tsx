// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatrixFilters } from './MatrixFilters';

vi.mock('@web/features/landlords/hooks/useLandlords', () => ({
  useLandlords: () => ({ data: [{ id: 'l-1', name: 'Northern Homes', region: 'North West' }] }),
}));

afterEach(cleanup);

describe('MatrixFilters', () => {
  it('draws the year, peer group, section, answer and order selects and applies them together', () => {
    const onApply = vi.fn();
    const { container } = render(
      <MatrixFilters
        state={{ sort: 'name', page: 3, landlordType: 'almo' }}
        year={2024}
        years={[2024, 2023]}
        sections={[{ number: 1, title: 'Definitions' }]}
        onApply={onApply}
      />,
    );
    expect([...container.querySelectorAll('select')].map((select) => select.id)).toEqual([
      'matrix-year',
      'matrix-type',
      'matrix-region',
      'matrix-size',
      'matrix-section',
      'matrix-status',
      'matrix-sort',
    ]);
    expect((screen.getByLabelText('Landlord type') as HTMLSelectElement).value).toBe('almo');
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2023' } });
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'North West' } });
    fireEvent.change(screen.getByLabelText('Code section'), { target: { value: '1' } });
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenCalledWith({
      year: 2023,
      landlordType: 'almo',
      region: 'North West',
      sizeBand: undefined,
      section: 1,
      status: undefined,
      sort: 'name',
      page: 1,
      cell: undefined,
    });
  });
});
