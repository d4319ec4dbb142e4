import { describe, expect, it } from 'vitest';
import { processingAnnouncement, processingSteps } from './processing-steps';

const states = (status: Parameters<typeof processingSteps>[0]) =>
  processingSteps(status).map((step) => step.state);

describe('processingSteps', () => {
  it('marks the current step and those before it', () => {
    expect(states('received')).toEqual(['current', 'pending', 'pending', 'pending']);
    expect(states('parsing')).toEqual(['done', 'done', 'current', 'pending']);
  });

  it('completes every step once parsed or needing review', () => {
    expect(states('parsed')).toEqual(['done', 'done', 'done', 'done']);
    expect(states('needs_review')).toEqual(['done', 'done', 'done', 'done']);
    expect(processingSteps('needs_review').at(-1)!.label).toMatch(/need a look/);
  });

  it('marks where a failure happened', () => {
    expect(states('failed')).toEqual(['done', 'done', 'failed', 'pending']);
    expect(processingSteps('failed', 'received').map((step) => step.state)).toEqual([
      'failed',
      'pending',
      'pending',
      'pending',
    ]);
  });
});

describe('processingAnnouncement', () => {
  it('includes progress while reading', () => {
    expect(processingAnnouncement('parsing', 42.4)).toBe('Reading the document: 42% done.');
    expect(processingAnnouncement('parsing', 0)).toBe('Reading the document.');
  });
});
