import { describe, expect, it } from 'vitest';
import { isCurrent, navigationFor, safeReturnPath } from './navigation';

describe('navigationFor', () => {
  it('gives landlords their own submissions and upload', () => {
    expect(navigationFor('landlord').map((item) => item.text)).toEqual(['My submissions', 'Upload']);
  });

  it('gives analysts all submissions and upload, without admin tools', () => {
    const items = navigationFor('analyst');
    expect(items.map((item) => item.text)).toEqual(['Submissions', 'Upload']);
    expect(items.some((item) => item.href.startsWith('/admin'))).toBe(false);
  });

  it('adds the queue dashboard for admins as a full page load', () => {
    expect(navigationFor('admin').at(-1)).toEqual({ text: 'Queue dashboard', href: '/admin/queues', external: true });
  });
});

describe('isCurrent', () => {
  it('matches the section and its sub-pages but not look-alikes', () => {
    const item = { text: 'Submissions', href: '/submissions' };
    expect(isCurrent(item, '/submissions')).toBe(true);
    expect(isCurrent(item, '/submissions/abc')).toBe(true);
    expect(isCurrent(item, '/submissions-old')).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it.each([
    [null, '/'],
    ['/submissions/1?x=1', '/submissions/1?x=1'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
  ])('%s -> %s', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});
