// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProcessingFailed } from './ProcessingFailed';

afterEach(cleanup);

describe('ProcessingFailed', () => {
  it('is an error summary named by its title, saying what to do, and takes focus', () => {
    render(<ProcessingFailed message={{ title: 'The file is password protected', action: 'Remove it.' }} />);
    const alert = screen.getByRole('alert', { name: 'The file is password protected' });
    expect(alert.className).toBe('govuk-error-summary');
    expect(screen.getByTestId('processing-error').textContent).toBe('Remove it.');
    expect(alert.querySelector('ul')).toBeNull();
    expect(document.activeElement).toBe(alert);
  });
});
