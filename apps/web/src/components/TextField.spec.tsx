// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckboxField } from './CheckboxField';
import { TextField } from './TextField';

afterEach(cleanup);

describe('TextField', () => {
  it('labels the input and passes typed text on', () => {
    const onChange = vi.fn();
    render(<TextField id="q" label="Search" value="" onChange={onChange} type="search" />);
    const input = screen.getByLabelText('Search');
    expect(input.getAttribute('type')).toBe('search');
    expect(input.getAttribute('aria-describedby')).toBeNull();
    fireEvent.change(input, { target: { value: 'leak' } });
    expect(onChange).toHaveBeenCalledWith('leak');
  });

  it('describes the input by its hint and error, and marks the group and input in error', () => {
    const { container } = render(
      <TextField
        id="year"
        label="Year"
        hint="Four digits"
        error="Enter a year"
        value="20"
        onChange={() => {}}
      />,
    );
    const input = screen.getByLabelText('Year');
    expect(input.getAttribute('aria-describedby')).toBe('year-hint year-error');
    expect(input.className).toBe('govuk-input govuk-input--error');
    expect(container.querySelector('.govuk-form-group--error')).not.toBeNull();
    expect(container.querySelector('#year-error')?.textContent).toBe('Error: Enter a year');
  });
});

describe('CheckboxField', () => {
  it('passes the checked state on', () => {
    const onChange = vi.fn();
    render(<CheckboxField id="all" label="Include all" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Include all'));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
