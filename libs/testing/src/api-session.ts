import type { ApiErrorBody, SubmissionDetailDto, SubmissionStatus, UploadAccepted } from '@app/contracts';
import { waitFor } from './wait-for';

/** The password of every account the tests create. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface CallResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (with `contentType`), instead of `body`. */
  raw?: string | FormData;
  contentType?: string;
  headers?: Record<string, string>;
  /** false: leave the CSRF token out of a state-changing request. */
  csrf?: boolean;
  /** The request is aborted after this long; 0: never. */
  timeoutMs?: number;
}

export interface UploadFields {
  landlordId?: string;
  assessmentYear?: number;
}

type WithError<T> = T & Partial<ApiErrorBody>;

/**
 * A client of the API that behaves like the dashboard: keeps the session cookie it is given and sends the CSRF
 * token on state-changing requests. Three levels: `fetch` (the raw response), `call`/`send`/`sendFile` (status
 * and parsed body, whatever the status) and `request`/`upload` (the body, or an error naming the failure).
 */
export class ApiSession {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly base: string) {}

  static anonymous(base: string): ApiSession {
    return new ApiSession(base);
  }

  /** A signed-in session, or an error saying why the sign-in failed. */
  static async signIn(base: string, email: string, password = TEST_PASSWORD): Promise<ApiSession> {
    const session = new ApiSession(base);
    const result = await session.login(email, password);
    if (result.status !== 200) throw new Error(`sign-in as ${email} failed: ${result.status} ${JSON.stringify(result.body)}`);
    return session;
  }

  /** Signs in (keeping the cookie and CSRF token on success) and returns the answer, whatever it is. */
  async login(email: string, password = TEST_PASSWORD, headers: Record<string, string> = {}): Promise<CallResult> {
    const result = await this.call('POST', '/api/auth/login', { body: { email, password }, headers });
    if (result.status === 200) this.csrfToken = (result.body as { csrfToken: string }).csrfToken;
    return result;
  }

  /** `path` from the root (`/api/...`); the session's cookie and CSRF token are added to `init`. */
  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (this.csrfToken) headers.set('x-csrf-token', this.csrfToken);
    return fetch(`${this.base}${path}`, { ...init, headers });
  }

  /** `path` from the root (`/api/...`). Keeps a session cookie the answer sets (or clears). */
  async call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.csrfToken && options.csrf !== false && !['GET', 'HEAD'].includes(method)) headers['x-csrf-token'] = this.csrfToken;
    let body: string | FormData | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      if (options.contentType) headers['content-type'] = options.contentType;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const timeoutMs = options.timeoutMs ?? 30_000;
    const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const res = await fetch(`${this.base}${path}`, { method, headers, body, redirect: 'manual', signal });
    const setCookie = res.headers.getSetCookie().find((c) => /chc_session=/.test(c));
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') || /expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : pair;
    }
    let parsed: unknown = null;
    if (res.headers.get('content-type')?.includes('text/event-stream')) {
      await res.body?.cancel();
    } else {
      const text = await res.text();
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** `path` below `/api`; `body` sent as JSON. Status and body (`{}` when empty), whatever the status. */
  async send<T>(method: string, path: string, body?: unknown): Promise<CallResult<WithError<T>>> {
    const result = await this.call<WithError<T> | null>(method, `/api${path}`, { ...(body === undefined ? {} : { body }), timeoutMs: 0 });
    return { ...result, body: result.body ?? ({} as WithError<T>) };
  }

  /** Uploads a document as the dashboard does (multipart, field "file"); status and body, whatever the status. */
  sendFile(bytes: Buffer, fileName: string, fields: UploadFields = {}): Promise<CallResult<WithError<UploadAccepted>>> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    if (fields.landlordId) form.append('landlordId', fields.landlordId);
    if (fields.assessmentYear) form.append('assessmentYear', String(fields.assessmentYear));
    return this.call<WithError<UploadAccepted>>('POST', '/api/submissions', { raw: form, timeoutMs: 0 });
  }

  /** `path` below `/api`; the body of a 2xx answer, or an error naming the request, status, code and message. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const result = await this.call<T>(method, `/api${path}`, { ...(body === undefined ? {} : { body }), timeoutMs: 0 });
    return succeeded(result, `${method} ${path}`);
  }

  /** Uploads a document (multipart, field "file", then `fields`); the body of a 2xx answer, or an error. */
  async upload<T>(fileName: string, bytes: Buffer, fields: Record<string, string> = {}): Promise<T> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', new Blob([new Uint8Array(bytes)]), fileName);
    const result = await this.call<T>('POST', '/api/submissions', { raw: form, timeoutMs: 0 });
    return succeeded(result, `upload of ${fileName}`);
  }

  async detail(id: string): Promise<SubmissionDetailDto> {
    const { status, body } = await this.send<SubmissionDetailDto>('GET', `/submissions/${id}`);
    if (status !== 200) throw new Error(`GET /submissions/${id}: ${status} ${body.message ?? ''}`);
    return body;
  }

  /** Polls the submission until it reaches one of `statuses`. */
  async waitFor(id: string, statuses: SubmissionStatus[], timeoutMs = 30_000): Promise<SubmissionDetailDto> {
    return waitFor(
      async () => {
        const detail = await this.detail(id);
        return statuses.includes(detail.status) ? detail : undefined;
      },
      { timeoutMs, intervalMs: 150, what: `submission ${id} to become ${statuses.join(' or ')}` },
    );
  }
}

function succeeded<T>(result: CallResult<T>, what: string): T {
  if (result.status >= 200 && result.status < 300) return (result.body ?? undefined) as T;
  const error = (typeof result.body === 'object' && result.body !== null ? result.body : {}) as Partial<ApiErrorBody>;
  const detail = error.message ?? (typeof result.body === 'string' ? result.body : JSON.stringify(result.body));
  throw new Error(`${what} failed: ${result.status} ${error.code ?? ''} ${detail}`);
}
