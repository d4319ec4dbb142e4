import { describe, expect, it } from 'vitest';
import { jobIdFor } from './job-payloads';
import { JobName, QueueName } from './queue-names';
import { QUEUE_SETTINGS, jobOptionsFor, workerOptionsFor } from './queue-settings';

describe('job ids', () => {
  it('are deterministic for the same work and differ for different work', () => {
    const a = jobIdFor({
      queue: QueueName.SubmissionParse,
      name: JobName.ParseSubmission,
      data: { submissionId: 'a', reason: 'upload', generation: 1 },
    });
    const again = jobIdFor({
      queue: QueueName.SubmissionParse,
      name: JobName.ParseSubmission,
      data: { submissionId: 'a', reason: 'upload', generation: 1 },
    });
    const b = jobIdFor({
      queue: QueueName.SubmissionParse,
      name: JobName.ParseSubmission,
      data: { submissionId: 'b', reason: 'upload', generation: 1 },
    });
    expect(a).toBe(again);
    expect(a).not.toBe(b);
    expect(a).not.toContain(':');
  });
});

describe('queue settings', () => {
  it('has settings for every queue and keeps failed jobs', () => {
    for (const name of Object.values(QueueName)) {
      const settings = QUEUE_SETTINGS[name];
      expect(settings.attempts).toBeGreaterThanOrEqual(1);
      expect(settings.keepFailed).toBeGreaterThan(0);
    }
  });
});

describe('options derived from the settings table', () => {
  it('give every job its queue attempts, backoff and retention', () => {
    const options = jobOptionsFor(QueueName.SubmissionParse);
    const settings = QUEUE_SETTINGS[QueueName.SubmissionParse];
    expect(options).toEqual({
      attempts: settings.attempts,
      backoff: { type: 'exponential', delay: settings.backoff.delayMs },
      removeOnComplete: { count: settings.keepCompleted },
      removeOnFail: { count: settings.keepFailed },
    });
  });

  it('recover a stalled job within seconds while leaving room to renew the lock', () => {
    const worker = workerOptionsFor(QueueName.SubmissionParse);
    expect(worker.lockDuration + worker.stalledInterval).toBeLessThanOrEqual(15_000);
    expect(worker.lockDuration).toBeGreaterThanOrEqual(10_000);
    expect(worker.maxStalledCount).toBeGreaterThanOrEqual(1);
  });
});
