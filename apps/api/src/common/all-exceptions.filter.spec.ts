import type { ArgumentsHost } from '@nestjs/common';
import { Logger, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AllExceptionsFilter } from './all-exceptions.filter';

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-1' }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

const dbError = (code: string) =>
  new QueryFailedError(
    'INSERT INTO users (email) VALUES ($1)',
    ['secret@example.org'],
    Object.assign(new Error('duplicate key value violates unique constraint "uq_users_email"'), {
      code,
      detail: 'Key (email)=(secret@example.org) already exists.',
    }),
  );

describe('AllExceptionsFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('turns database conflicts into generic 409s and bad values into 400s, without SQL, constraint or values', () => {
    for (const [code, status] of [
      ['23505', 409],
      ['23503', 409],
      ['40001', 409],
      ['22P02', 400],
    ] as const) {
      const { status: sent, body } = answer(dbError(code));
      expect(sent).toBe(status);
      expect(JSON.stringify(body)).not.toMatch(/INSERT|uq_users_email|secret@example\.org|duplicate key/);
      expect(body['requestId']).toBe('req-1');
    }
  });

  it('answers any other database error as a plain 500', () => {
    const { status, body } = answer(dbError('XX000'));
    expect(status).toBe(500);
    expect(body['code']).toBe('internal_error');
    expect(JSON.stringify(body)).not.toMatch(/INSERT|secret/);
  });

  it('keeps the code and message of HTTP exceptions', () => {
    const { status, body } = answer(new NotFoundException({ code: 'not_found', message: 'Gone.' }));
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, code: 'not_found', message: 'Gone.' });
  });
});
