import type { SubmissionProgressRow } from '@app/db';
import type { MessageEvent } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { submissionEvents } from './submission-events';

const row = (status: SubmissionProgressRow['status'], progress: number): SubmissionProgressRow => ({
  id: 's1',
  status,
  progress,
  errorCode: null,
  errorMessage: null,
  landlordId: null,
});

/** Subscribes like Nest's `@Sse()` does; `done` settles when the stream completes. */
function collect(events$: Observable<MessageEvent>) {
  const sent: MessageEvent[] = [];
  let subscription: { unsubscribe(): void } | undefined;
  const done = new Promise<void>((resolve, reject) => {
    subscription = events$.subscribe({ next: (event) => sent.push(event), error: reject, complete: resolve });
  });
  return { sent, done, unsubscribe: () => subscription?.unsubscribe() };
}

const statuses = (sent: MessageEvent[]) =>
  sent.filter((e) => e.type === 'status').map((e) => JSON.parse(e.data as string) as { status: string; progress: number });

describe('submissionEvents', () => {
  it('sends each change once and ends at a final status', async () => {
    const rows = [row('queued', 0), row('queued', 0), row('parsing', 10), row('parsing', 70), row('parsed', 100)];
    const { sent, done } = collect(submissionEvents(async () => rows.shift() ?? row('parsed', 100), { pollMs: 1 }));
    await done;
    expect(sent[0]).toEqual({ retry: 2000 });
    expect(statuses(sent)).toEqual([
      expect.objectContaining({ status: 'queued', progress: 0 }),
      expect.objectContaining({ status: 'parsing', progress: 10 }),
      expect.objectContaining({ status: 'parsing', progress: 70 }),
      expect.objectContaining({ status: 'parsed', progress: 100 }),
    ]);
    expect(sent.at(-1)).toEqual({ type: 'end', data: { reason: 'final', status: 'parsed' } });
  });

  it('tries a failed read again at the next poll', async () => {
    const reads: Array<() => Promise<SubmissionProgressRow>> = [
      () => Promise.reject(new Error('connection reset')),
      async () => row('parsed', 100),
    ];
    const { sent, done } = collect(submissionEvents(() => reads.shift()!(), { pollMs: 1 }));
    await done;
    expect(statuses(sent)).toEqual([expect.objectContaining({ status: 'parsed' })]);
  });

  it('stops polling as soon as the client goes away', async () => {
    let reads = 0;
    const { unsubscribe } = collect(submissionEvents(async () => (reads++, row('queued', 0)), { pollMs: 5 }));
    await new Promise((r) => setTimeout(r, 12));
    unsubscribe();
    const seen = reads;
    expect(seen).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 30));
    expect(reads).toBe(seen);
  });

  it('ends open streams when the API shuts down', async () => {
    const stop = new AbortController();
    const { sent, done } = collect(submissionEvents(async () => row('parsing', 5), { pollMs: 60_000, stop: stop.signal }));
    await new Promise((r) => setTimeout(r, 10));
    stop.abort();
    await done;
    expect(sent.at(-1)).toEqual({ type: 'end', data: { reason: 'shutdown' } });
  });

  describe('while nothing changes', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('sends a keep-alive comment every 15 seconds, so proxies keep the connection', async () => {
      vi.useFakeTimers();
      const { sent, unsubscribe } = collect(submissionEvents(async () => row('queued', 0)));
      await vi.advanceTimersByTimeAsync(31_000);
      unsubscribe();
      expect(statuses(sent)).toHaveLength(1);
      expect(sent.filter((e) => e.comment === 'keep-alive')).toHaveLength(2);
    });
  });

  it('says so and ends when the submission is gone', async () => {
    const { sent, done } = collect(submissionEvents(async () => null, { pollMs: 1 }));
    await done;
    expect(sent.at(-1)).toEqual({ type: 'end', data: { reason: 'not_found' } });
  });
});
