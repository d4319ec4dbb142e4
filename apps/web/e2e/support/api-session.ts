import type { ApiErrorBody, LoginResponse } from '@app/contracts';

/** A signed-in API client for setting up test data (cookie + CSRF token, as the dashboard does). */
export class ApiSession {
  private constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<ApiSession> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok)
      throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as LoginResponse;
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .join('; ');
    return new ApiSession(baseUrl, cookie, body.csrfToken);
  }

  /** Uploads a document as the dashboard does (multipart, field "file"). */
  async upload<T>(fileName: string, bytes: Buffer, fields: Record<string, string> = {}): Promise<T> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', new Blob([new Uint8Array(bytes)]), fileName);
    const response = await fetch(`${this.baseUrl}/api/submissions`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken },
      body: form,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`upload of ${fileName} failed: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      const error = JSON.parse(text || '{}') as Partial<ApiErrorBody>;
      throw new Error(
        `${method} ${path} failed: ${response.status} ${error.code ?? ''} ${error.message ?? text}`,
      );
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
