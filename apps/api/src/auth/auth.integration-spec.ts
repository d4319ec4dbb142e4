import type { LoginResponse, UserDto } from '@app/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  type ApiHarness,
  PASSWORD,
  createLandlord,
  createUser,
  startApi,
  unique,
} from '../testing/api-harness.test-support';

describe('accounts and sessions (real PostgreSQL and Redis)', () => {
  let harness: ApiHarness;
  let admin: ApiClient;

  const client = () => new ApiClient(harness.base);
  const sessionRow = async (email: string) =>
    harness.db.query(
      'SELECT s.token_hash, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1',
      [email],
    );

  beforeAll(async () => {
    harness = await startApi({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10' });
    const adminUser = await createUser(harness.db, 'admin');
    admin = client();
    expect((await admin.login(adminUser.email)).status).toBe(200);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('signs in with an httpOnly SameSite=Lax cookie, stores only a hash of the token, and signs out', async () => {
    const landlord = await createLandlord(harness.db);
    const user = await createUser(harness.db, 'landlord', landlord.id);
    const browser = client();
    const res = await fetch(`${harness.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email.toUpperCase(), password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('chc_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const body = (await res.json()) as LoginResponse;
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      role: 'landlord',
      landlordId: landlord.id,
      landlordName: landlord.name,
    });
    const [row] = await sessionRow(user.email);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    expect(row.csrf_token).toBe(body.csrfToken);

    browser.cookie = `chc_session=${token}`;
    browser.csrfToken = body.csrfToken;
    const me = await browser.call<LoginResponse>('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(body);

    expect((await browser.call('POST', '/api/auth/logout')).status).toBe(204);
    expect(browser.cookie).toBeNull();
    browser.cookie = `chc_session=${token}`;
    expect((await browser.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await createUser(harness.db, 'analyst');
    const wrong = await client().login(user.email, 'not the password at all');
    const unknown = await client().login(`${unique('nobody')}@example.org`, 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials' });
    expect((unknown.body as { message: string }).message).toBe((wrong.body as { message: string }).message);
  });

  it('locks an account after repeated failed sign-ins, even against the right password, and an admin can unlock it', async () => {
    const user = await createUser(harness.db, 'analyst');
    for (let i = 0; i < 2; i++) expect((await client().login(user.email, 'wrong password')).status).toBe(401);
    const third = await client().login(user.email, 'wrong password');
    expect(third.status).toBe(423);
    expect(third.body).toMatchObject({ code: 'account_locked' });
    expect((await client().login(user.email, PASSWORD)).status).toBe(423);
    const [row] = await harness.db.query(
      "SELECT locked_until > now() + interval '9 minutes' AS locked FROM users WHERE id = $1",
      [user.id],
    );
    expect(row.locked).toBe(true);

    const listed = await admin.call<UserDto[]>('GET', '/api/users?role=analyst');
    expect(listed.body.find((u) => u.id === user.id)?.lockedUntil).not.toBeNull();
    expect((await admin.call('PATCH', `/api/users/${user.id}`, { body: { disabled: false } })).status).toBe(
      200,
    );
    expect((await client().login(user.email, PASSWORD)).status).toBe(200);
  });

  it('rate-limits sign-in attempts from one address with 429 and Retry-After', async () => {
    const limited = await startApi({ LOGIN_RATE_LIMIT: '3' });
    try {
      // Through a trusted (loopback) proxy each test address gets its own counter.
      const from = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
      const c = new ApiClient(limited.base);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await c.login(`${unique('x')}@example.org`, 'whatever', from)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const refused = await c.login('x@example.org', 'whatever', from);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ code: 'too_many_requests' });
      const elsewhere = await c.login(`${unique('x')}@example.org`, 'whatever', {
        'x-forwarded-for': '198.51.100.9',
      });
      expect(elsewhere.status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('refuses state-changing requests from a session without the CSRF token; login is exempt', async () => {
    const user = await createUser(harness.db, 'admin');
    const browser = client();
    expect((await browser.login(user.email)).status).toBe(200);
    const body = { name: unique('Csrf Homes'), type: 'other' };
    const missing = await browser.call('POST', '/api/landlords', { body, csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ code: 'csrf_token_invalid' });
    const wrong = await browser.call('POST', '/api/landlords', {
      body,
      csrf: false,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    expect((await browser.call('GET', '/api/landlords')).status).toBe(200);
    expect((await browser.call('POST', '/api/landlords', { body })).status).toBe(201);
    const [count] = await harness.db.query('SELECT count(*)::int AS n FROM landlords WHERE name = $1', [
      body.name,
    ]);
    expect(count.n).toBe(1);
  });

  it('rejects unknown fields and names the invalid ones', async () => {
    const res = await admin.call<{ code: string; details: { fields: Record<string, string[]> } }>(
      'POST',
      '/api/landlords',
      {
        body: { name: unique('Extra Homes'), type: 'other', isAdmin: true },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(Object.keys(res.body.details.fields)).toEqual(['isAdmin']);
    const login = await client().call('POST', '/api/auth/login', {
      body: { email: 'a@example.org', password: 'x', remember: true },
    });
    expect(login.status).toBe(400);
    const query = await admin.call('GET', '/api/users?sort=email');
    expect(query.status).toBe(400);
  });

  it('answers bad JSON and oversized bodies without a stack trace', async () => {
    const bad = await admin.call<Record<string, unknown>>('POST', '/api/landlords', {
      raw: '{"name":',
      contentType: 'application/json',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'bad_request' });
    const big = await admin.call('POST', '/api/landlords', {
      raw: JSON.stringify({ name: 'x'.repeat(2_000_000) }),
      contentType: 'application/json',
    });
    expect(big.status).toBe(413);
    for (const body of [bad.body, big.body])
      expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules|SELECT|INSERT/);
  });

  it('creates a user without a password and lets them set one once through the link', async () => {
    const email = `${unique('invited')}@example.org`;
    const created = await admin.call<{ user: UserDto; setPasswordUrl: string }>('POST', '/api/users', {
      body: { email, role: 'analyst' },
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email, role: 'analyst', hasPassword: false, disabled: false });
    const url = new URL(created.body.setPasswordUrl);
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:3000/set-password');
    const token = url.searchParams.get('token')!;
    const [stored] = await harness.db.query('SELECT token_hash FROM password_tokens WHERE user_id = $1', [
      created.body.user.id,
    ]);
    expect(stored.token_hash).not.toContain(token);

    expect((await client().login(email, 'a brand new password')).status).toBe(401);
    const tooShort = await client().call('POST', '/api/auth/set-password', {
      body: { token, password: 'short' },
    });
    expect(tooShort.status).toBe(400);
    expect(
      (
        await client().call('POST', '/api/auth/set-password', {
          body: { token, password: 'a brand new password' },
        })
      ).status,
    ).toBe(204);
    expect((await client().login(email, 'a brand new password')).status).toBe(200);
    const again = await client().call('POST', '/api/auth/set-password', {
      body: { token, password: 'another new password' },
    });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ code: 'set_password_link_invalid' });

    await harness.db.query(
      `UPDATE password_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [created.body.user.id],
    );
    const link = await admin.call<{ setPasswordUrl: string }>(
      'POST',
      `/api/users/${created.body.user.id}/set-password-link`,
    );
    expect(link.status).toBe(201);
    const fresh = new URL(link.body.setPasswordUrl).searchParams.get('token')!;
    await harness.db.query(
      `UPDATE password_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
      [fresh],
    );
    expect(
      (
        await client().call('POST', '/api/auth/set-password', {
          body: { token: fresh, password: 'another new password' },
        })
      ).status,
    ).toBe(400);
  });

  it('checks role and landlord together when creating and changing users', async () => {
    const landlord = await createLandlord(harness.db);
    const noLandlord = await admin.call('POST', '/api/users', {
      body: { email: `${unique('l')}@example.org`, role: 'landlord' },
    });
    expect(noLandlord.body).toMatchObject({ code: 'landlord_required' });
    const analystWithLandlord = await admin.call('POST', '/api/users', {
      body: {
        email: `${unique('a')}@example.org`,
        role: 'analyst',
        landlordId: landlord.id,
        password: PASSWORD,
      },
    });
    expect(analystWithLandlord.body).toMatchObject({ code: 'landlord_not_allowed' });
    const email = `${unique('l')}@example.org`;
    const ok = await admin.call<{ user: UserDto }>('POST', '/api/users', {
      body: { email, role: 'landlord', landlordId: landlord.id, password: PASSWORD },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({
      landlordId: landlord.id,
      landlordName: landlord.name,
      hasPassword: true,
    });
    expect(
      (
        await admin.call('POST', '/api/users', {
          body: { email: email.toUpperCase(), role: 'analyst', password: PASSWORD },
        })
      ).status,
    ).toBe(409);

    const reRoled = await admin.call<UserDto>('PATCH', `/api/users/${ok.body.user.id}`, {
      body: { role: 'analyst' },
    });
    expect(reRoled.body).toMatchObject({ role: 'analyst', landlordId: null });
    const me = await admin.call<LoginResponse>('GET', '/api/auth/me');
    const self = await admin.call('PATCH', `/api/users/${me.body.user.id}`, { body: { disabled: true } });
    expect(self.status).toBe(409);
  });

  it('ends every session of a disabled user and refuses their sign-in', async () => {
    const user = await createUser(harness.db, 'analyst');
    const laptop = client();
    const phone = client();
    await laptop.login(user.email);
    await phone.login(user.email);
    expect((await laptop.call('GET', '/api/auth/me')).status).toBe(200);

    expect((await admin.call('PATCH', `/api/users/${user.id}`, { body: { disabled: true } })).status).toBe(
      200,
    );
    expect((await laptop.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await phone.call('GET', '/api/landlords')).status).toBe(401);
    const [sessions] = await harness.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [
      user.id,
    ]);
    expect(sessions.n).toBe(0);
    const refused = await client().login(user.email);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'account_disabled' });
    expect((await client().login(user.email, 'wrong password')).status).toBe(401);
  });

  it('changes a password, keeping this session and ending the others', async () => {
    const user = await createUser(harness.db, 'analyst');
    const here = client();
    const there = client();
    await here.login(user.email);
    await there.login(user.email);
    const wrong = await here.call('POST', '/api/auth/password', {
      body: { currentPassword: 'nope', newPassword: 'a different long password' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'current_password_wrong' });
    const changed = await here.call('POST', '/api/auth/password', {
      body: { currentPassword: PASSWORD, newPassword: 'a different long password' },
    });
    expect(changed.status).toBe(204);
    expect((await here.call('GET', '/api/auth/me')).status).toBe(200);
    expect((await there.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await client().login(user.email)).status).toBe(401);
    expect((await client().login(user.email, 'a different long password')).status).toBe(200);
  });

  it('ends a session after the idle timeout', async () => {
    const user = await createUser(harness.db, 'analyst');
    const browser = client();
    await browser.login(user.email);
    await harness.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '3 hours' WHERE user_id = $1`,
      [user.id],
    );
    expect((await browser.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('marks the cookie Secure (and __Host-) when the public address is https', async () => {
    const secure = await startApi({ PUBLIC_URL: 'https://chc.example.org' });
    try {
      const user = await createUser(secure.db, 'analyst');
      const res = await fetch(`${secure.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      });
      const cookie = res.headers.getSetCookie()[0]!;
      expect(cookie).toMatch(/^__Host-chc_session=/);
      expect(cookie).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });
});
