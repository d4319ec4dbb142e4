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
    if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as LoginResponse;
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .join('; ');
    return new ApiSession(baseUrl, cookie, body.csrfToken);
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
      throw new Error(`${method} ${path} failed: ${response.status} ${error.code ?? ''} ${error.message ?? text}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
