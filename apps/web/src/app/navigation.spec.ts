import { describe, expect, it } from 'vitest';
import { homePathFor, isCurrent, isServerPage, navigationFor, safeReturnPath } from './navigation';

describe('navigationFor', () => {
  it('gives landlords their own profile, submissions and upload', () => {
    expect(navigationFor('landlord', 'abc').map((item) => [item.text, item.href])).toEqual([
      ['My profile', '/landlords/abc'],
      ['My submissions', '/submissions'],
      ['Upload', '/upload'],
    ]);
    expect(navigationFor('landlord').map((item) => item.text)).toEqual(['My submissions', 'Upload']);
  });

  it('gives analysts the sector pages, all submissions and upload, without admin tools', () => {
    const items = navigationFor('analyst');
    expect(items.map((item) => item.text)).toEqual([
      'Overview',
      'Compare',
      'Provisions',
      'Landlords',
      'Search',
      'Check queue',
      'Submissions',
      'Upload',
    ]);
    expect(items.some((item) => item.href.startsWith('/admin'))).toBe(false);
  });

  it('adds the queue dashboard for admins as a full page load', () => {
    expect(navigationFor('admin').at(-1)).toEqual({
      text: 'Queue dashboard',
      href: '/admin/queues',
      external: true,
    });
  });
});

describe('homePathFor', () => {
  it('opens the overview for analysts and admins, the submissions for landlords', () => {
    expect(homePathFor('analyst')).toBe('/overview');
    expect(homePathFor('admin')).toBe('/overview');
    expect(homePathFor('landlord')).toBe('/submissions');
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

describe('isServerPage', () => {
  it.each([
    ['/admin/queues', true],
    ['/admin/queues/queue/submission-parse?status=failed', true],
    ['/admin/queues?x=1', true],
    ['/admin/queuesque', false],
    ['/overview', false],
    ['/', false],
  ])('%s -> %s', (path, expected) => {
    expect(isServerPage(path)).toBe(expected);
  });
});
