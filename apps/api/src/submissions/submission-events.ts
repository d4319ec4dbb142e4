import { FINAL_SUBMISSION_STATUSES, type SubmissionEvent } from '@app/contracts';
import type { SubmissionProgressRow } from '@app/db';
import { type BeforeApplicationShutdown, Injectable, type MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';

export const EVENT_POLL_MS = 500;
const KEEPALIVE_MS = 15_000;
const RECONNECT_MS = 2_000;

/**
 * A submission's status and progress as server-sent events, for a Nest `@Sse()` route: `status` on every change,
 * then `end` once it reaches a final state (or is gone, or the API shuts down), by polling the row. Nest writes the
 * stream and unsubscribes when the client goes away, which stops the polling at once. `read` returns null when the
 * submission is gone; a failed read is tried again at the next poll.
 */
export function submissionEvents(
  read: () => Promise<SubmissionProgressRow | null>,
  options: { pollMs?: number; stop?: AbortSignal } = {},
): Observable<MessageEvent> {
  const pollMs = options.pollMs ?? EVENT_POLL_MS;
  const { stop } = options;
  return new Observable<MessageEvent>((subscriber) => {
    let timer: NodeJS.Timeout | undefined;
    let last = '';
    let lastSent = Date.now();
    const end = (data: object) => {
      subscriber.next({ type: 'end', data });
      subscriber.complete();
    };
    const onStop = () => end({ reason: 'shutdown' });

    const poll = async (): Promise<void> => {
      const row = await read().catch(() => undefined);
      if (subscriber.closed) return;
      if (row === null) return end({ reason: 'not_found' });
      if (row) {
        const event: SubmissionEvent = {
          id: row.id,
          status: row.status,
          progress: row.progress,
          errorCode: row.errorCode,
          errorMessage: row.errorMessage,
        };
        const data = JSON.stringify(event);
        if (data !== last) {
          subscriber.next({ type: 'status', data });
          last = data;
          lastSent = Date.now();
        }
        if (FINAL_SUBMISSION_STATUSES.includes(row.status)) return end({ reason: 'final', status: row.status });
      }
      if (Date.now() - lastSent > KEEPALIVE_MS) {
        subscriber.next({ comment: 'keep-alive' });
        lastSent = Date.now();
      }
      timer = setTimeout(() => void poll(), pollMs);
    };

    subscriber.next({ retry: RECONNECT_MS });
    if (stop?.aborted) {
      onStop();
      return undefined;
    }
    stop?.addEventListener('abort', onStop, { once: true });
    void poll();
    return () => {
      clearTimeout(timer);
      stop?.removeEventListener('abort', onStop);
    };
  });
}

/**
 * Ends every open event stream when the API shuts down (before the database closes), so a stream never holds
 * the server open or polls a closed pool. Clients reconnect (EventSource does) to another instance.
 */
@Injectable()
export class SubmissionEventStreams implements BeforeApplicationShutdown {
  private readonly shutdown = new AbortController();

  get stop(): AbortSignal {
    return this.shutdown.signal;
  }

  beforeApplicationShutdown(): void {
    this.shutdown.abort();
  }
}
