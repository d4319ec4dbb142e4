// What a fault run uploads: real self-assessments (made unique per upload) and hostile files, as several landlords.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = 'libs/parser/fixtures';

/** Real documents of every format, read once. */
export function realDocuments() {
  const pick = (dir, pattern) =>
    readdirSync(join(FIXTURES, dir))
      .filter((name) => pattern.test(name))
      .map((name) => ({ name, kind: 'real', bytes: readFileSync(join(FIXTURES, dir, name)) }));
  return [
    ...pick('corpus', /\.txt$/),
    ...pick('docx', /^corpus-00[0-4]\.docx$/),
    ...pick('pdf', /^corpus-00[0-4].*\.pdf$/),
    ...pick('html', /\.html$/).slice(0, 4),
  ];
}

/** Same document, different bytes: a trailing comment, so every upload is a new submission. */
export const variant = (bytes, tag) => Buffer.concat([bytes, Buffer.from(`\n<!-- ${tag} -->\n`)]);

/** A signed-in client, as the dashboard: session cookie and CSRF token. */
export class Client {
  static async signIn(base, email, password) {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
    const { csrfToken } = await res.json();
    const cookie = res.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    return Object.assign(new Client(), { base, cookie, csrfToken });
  }

  headers() {
    return { cookie: this.cookie, 'x-csrf-token': this.csrfToken };
  }

  async json(path) {
    const res = await fetch(`${this.base}${path}`, { headers: this.headers(), signal: AbortSignal.timeout(15_000) });
    return { status: res.status, body: await res.json() };
  }

  /** One upload; a request that gets no answer within 60 s counts as a hang. */
  async upload(bytes, fileName, landlordId) {
    const form = new FormData();
    form.append('file', new Blob([bytes]), fileName);
    form.append('landlordId', landlordId);
    try {
      const res = await fetch(`${this.base}/api/submissions`, {
        method: 'POST',
        headers: this.headers(),
        body: form,
        signal: AbortSignal.timeout(60_000),
      });
      const body = await res.json().catch(() => ({}));
      return { status: res.status, code: body.code ?? null, id: body.id ?? null, duplicate: body.duplicate ?? false };
    } catch (error) {
      return { status: error.name === 'TimeoutError' ? 'hang' : 'network', code: error.message, id: null };
    }
  }
}
