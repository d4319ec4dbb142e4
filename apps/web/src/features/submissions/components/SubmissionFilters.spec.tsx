// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubmissionFilters } from './SubmissionFilters';

vi.mock('@web/features/landlords/hooks/useLandlords', () => ({
  useLandlords: () => ({ data: [{ id: 'l-1', name: 'Northern Homes' }] }),
}));

afterEach(cleanup);

describe('SubmissionFilters', () => {
  it('applies the draft on submit, from the first page, ignoring a year that is not four digits', () => {
    const onChange = vi.fn();
    render(<SubmissionFilters filters={{ status: 'failed' }} onChange={onChange} />);
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('failed');
    fireEvent.change(screen.getByLabelText('Landlord'), { target: { value: 'l-1' } });
    fireEvent.change(screen.getByLabelText('Assessment year'), { target: { value: ' 2024 ' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onChange).toHaveBeenLastCalledWith({ landlordId: 'l-1', year: 2024, status: undefined, page: 1 });

    fireEvent.change(screen.getByLabelText('Assessment year'), { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onChange).toHaveBeenLastCalledWith({
      landlordId: 'l-1',
      year: undefined,
      status: undefined,
      page: 1,
    });
  });
});
