import { FINAL_SUBMISSION_STATUSES, type SubmissionEvent } from '@app/contracts';
import type { SubmissionProgressRow } from '@app/db';
import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

export const EVENT_POLL_MS = 500;
const KEEPALIVE_MS = 15_000;

/**
 * Streams a submission's status and progress as server-sent events (`event: status`) until it reaches a final
 * state (then `event: end`), by polling the row. Stops at once when the client goes away, so an abandoned tab
 * costs nothing. `read` returns null when the submission is gone.
 */
export async function streamSubmissionEvents(
  req: Request,
  res: Response,
  read: () => Promise<SubmissionProgressRow | null>,
  options: { pollMs?: number; stop?: AbortSignal } = {},
): Promise<void> {
  const pollMs = options.pollMs ?? EVENT_POLL_MS;
  let closed = options.stop?.aborted ?? false;
  let wake: (() => void) | null = null;
  const onClose = () => {
    closed = true;
    wake?.();
  };
  req.on('close', onClose);
  res.on('close', onClose);
  options.stop?.addEventListener('abort', onClose);

  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  res.write(`retry: 2000\n\n`);

  let last = '';
  let lastWrite = Date.now();
  try {
    while (!closed) {
      const row = await read().catch(() => undefined);
      if (row === null) {
        res.write(`event: end\ndata: {"reason":"not_found"}\n\n`);
        break;
      }
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
          res.write(`event: status\ndata: ${data}\n\n`);
          last = data;
          lastWrite = Date.now();
        }
        if (FINAL_SUBMISSION_STATUSES.includes(row.status)) {
          res.write(`event: end\ndata: ${JSON.stringify({ reason: 'final', status: row.status })}\n\n`);
          break;
        }
      }
      if (Date.now() - lastWrite > KEEPALIVE_MS) {
        res.write(`: keep-alive\n\n`);
        lastWrite = Date.now();
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    if (options.stop?.aborted && !res.writableEnded) res.write(`event: end\ndata: {"reason":"shutdown"}\n\n`);
  } finally {
    req.off('close', onClose);
    res.off('close', onClose);
    options.stop?.removeEventListener('abort', onClose);
    if (!res.writableEnded) res.end();
  }
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
