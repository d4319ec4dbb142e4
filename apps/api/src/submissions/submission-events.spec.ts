import { EventEmitter } from 'node:events';
import type { SubmissionProgressRow } from '@app/db';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { streamSubmissionEvents } from './submission-events';

function fakeHttp() {
  const req = new EventEmitter() as unknown as Request;
  const written: string[] = [];
  const res = Object.assign(new EventEmitter(), {
    writableEnded: false,
    headers: {} as Record<string, string>,
    status() {
      return res;
    },
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value;
    },
    flushHeaders() {},
    write(chunk: string) {
      written.push(chunk);
      return true;
    },
    end() {
      res.writableEnded = true;
    },
  });
  return { req, res: res as unknown as Response & { writableEnded: boolean; headers: Record<string, string> }, written };
}

const row = (status: SubmissionProgressRow['status'], progress: number): SubmissionProgressRow => ({
  id: 's1',
  status,
  progress,
  errorCode: null,
  errorMessage: null,
  landlordId: null,
});

const events = (written: string[]) =>
  written.filter((c) => c.startsWith('event: status')).map((c) => JSON.parse(c.split('data: ')[1]!) as { status: string; progress: number });

describe('streamSubmissionEvents', () => {
  it('sends each change once and ends at a final status', async () => {
    const { req, res, written } = fakeHttp();
    const rows = [row('queued', 0), row('queued', 0), row('parsing', 10), row('parsing', 70), row('parsed', 100)];
    await streamSubmissionEvents(req, res, async () => rows.shift() ?? row('parsed', 100), { pollMs: 1 });
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(events(written)).toEqual([
      expect.objectContaining({ status: 'queued', progress: 0 }),
      expect.objectContaining({ status: 'parsing', progress: 10 }),
      expect.objectContaining({ status: 'parsing', progress: 70 }),
      expect.objectContaining({ status: 'parsed', progress: 100 }),
    ]);
    expect(written.at(-1)).toContain('event: end');
    expect(res.writableEnded).toBe(true);
  });

  it('stops polling as soon as the client goes away', async () => {
    const { req, res } = fakeHttp();
    let reads = 0;
    const done = streamSubmissionEvents(req, res, async () => (reads++, row('queued', 0)), { pollMs: 60_000 });
    await new Promise((r) => setTimeout(r, 10));
    req.emit('close');
    await done;
    expect(reads).toBe(1);
    expect(res.writableEnded).toBe(true);
  });

  it('ends open streams when the API shuts down', async () => {
    const { req, res, written } = fakeHttp();
    const stop = new AbortController();
    const done = streamSubmissionEvents(req, res, async () => row('parsing', 5), { pollMs: 60_000, stop: stop.signal });
    await new Promise((r) => setTimeout(r, 10));
    stop.abort();
    await done;
    expect(written.at(-1)).toContain('"reason":"shutdown"');
  });

  it('says so and ends when the submission is gone', async () => {
    const { req, res, written } = fakeHttp();
    await streamSubmissionEvents(req, res, async () => null, { pollMs: 1 });
    expect(written.at(-1)).toContain('not_found');
  });
});
