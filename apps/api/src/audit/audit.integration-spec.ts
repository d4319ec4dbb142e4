import type { AuditEventDto, LandlordDto, LoginResponse, Page, UserDto } from '@app/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ApiHarness, PASSWORD, createUser, startApi, unique } from '../testing/api-harness.test-support';

describe('audit log (real PostgreSQL)', () => {
  let harness: ApiHarness;
  let admin: ApiClient;
  let adminId: string;
  const started = new Date(Date.now() - 1000).toISOString();

  const events = async (query: Record<string, string>) => {
    const res = await admin.call<Page<AuditEventDto>>('GET', `/api/audit?${new URLSearchParams(query)}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    harness = await startApi({ LOGIN_MAX_FAILURES: '2' });
    const adminUser = await createUser(harness.db, 'admin');
    adminId = adminUser.id;
    admin = new ApiClient(harness.base);
    await admin.login(adminUser.email);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('records who did what, when, from where, with before and after, for every audited action', async () => {
    // Accounts: create (invited), set password via link, sign in, change password, sign out, fail, lock, re-role, disable.
    const email = `${unique('audited')}@example.org`;
    const created = await admin.call<{ user: UserDto; setPasswordUrl: string }>('POST', '/api/users', {
      body: { email, role: 'analyst' },
    });
    const userId = created.body.user.id;
    const token = new URL(created.body.setPasswordUrl).searchParams.get('token')!;
    await new ApiClient(harness.base).call('POST', '/api/auth/set-password', {
      body: { token, password: PASSWORD },
    });
    const user = new ApiClient(harness.base);
    expect((await user.login(email, PASSWORD, { 'x-request-id': 'audit-test-login' })).status).toBe(200);
    await user.call('POST', '/api/auth/password', {
      body: { currentPassword: PASSWORD, newPassword: 'an audited new password' },
    });
    await user.call('POST', '/api/auth/logout');
    await new ApiClient(harness.base).login(email, 'wrong one');
    await new ApiClient(harness.base).login(email, 'wrong two');
    await new ApiClient(harness.base).login(`${unique('ghost')}@example.org`, 'whatever');
    await admin.call('PATCH', `/api/users/${userId}`, { body: { role: 'admin' } });
    await admin.call('PATCH', `/api/users/${userId}`, { body: { disabled: true } });
    await admin.call('POST', `/api/users/${userId}/set-password-link`, { body: undefined });

    // Registry: create, update, import, merge, delete.
    const a = await admin.call<LandlordDto>('POST', '/api/landlords', {
      body: { name: unique('Audit Homes A'), type: 'other' },
    });
    const b = await admin.call<LandlordDto>('POST', '/api/landlords', {
      body: { name: unique('Audit Homes B'), type: 'other' },
    });
    await admin.call('PATCH', `/api/landlords/${a.body.id}`, { body: { region: 'North East' } });
    await admin.call('POST', '/api/landlords/import', {
      raw: `name,type\n${unique('Imported Homes')},other`,
      contentType: 'text/csv',
    });
    await admin.call('POST', `/api/landlords/${b.body.id}/merge`, { body: { intoId: a.body.id } });
    const c = await admin.call<LandlordDto>('POST', '/api/landlords', {
      body: { name: unique('Audit Homes C'), type: 'other' },
    });
    await admin.call('DELETE', `/api/landlords/${c.body.id}`);

    const mine = await events({ from: started, pageSize: '200' });
    const actions = new Set(mine.items.map((e) => e.action));
    for (const action of [
      'user.create',
      'auth.password_set',
      'auth.login',
      'auth.password_change',
      'auth.logout',
      'auth.login_failed',
      'auth.account_locked',
      'user.update',
      'user.set_password_link',
      'landlord.create',
      'landlord.update',
      'landlord.import',
      'landlord.merge',
      'landlord.delete',
    ]) {
      expect(actions, action).toContain(action);
    }

    const login = (await events({ action: 'auth.login', actorId: userId })).items[0]!;
    expect(login).toMatchObject({
      actorEmail: email,
      entityType: 'user',
      entityId: userId,
      requestId: 'audit-test-login',
    });
    expect(login.ip).toMatch(/127\.0\.0\.1/);

    const failures = (await events({ action: 'auth.login_failed', from: started })).items;
    expect(failures.map((f) => (f.after as { reason: string }).reason)).toEqual(
      expect.arrayContaining(['wrong_password', 'unknown_email']),
    );

    const reRole = (await events({ action: 'user.update', entityType: 'user', entityId: userId })).items.at(
      -1,
    )!;
    expect(reRole).toMatchObject({ actorId: adminId, before: { role: 'analyst' }, after: { role: 'admin' } });

    const update = (await events({ action: 'landlord.update', entityId: a.body.id })).items[0]!;
    expect(update.before).toMatchObject({ region: null });
    expect(update.after).toMatchObject({ region: 'North East' });

    const merge = (await events({ action: 'landlord.merge', entityId: b.body.id })).items[0]!;
    expect(merge.after).toMatchObject({ intoId: a.body.id });

    // No secrets in the trail.
    expect(JSON.stringify(mine.items)).not.toMatch(/\$argon2|an audited new password|correct horse/);
    expect(JSON.stringify(mine.items)).not.toContain(token);
  });

  it('filters by actor email and date range, newest first, and pages', async () => {
    const me = await admin.call<LoginResponse>('GET', '/api/auth/me');
    for (let i = 0; i < 3; i++)
      await admin.call('POST', '/api/landlords', { body: { name: unique('Paged Homes'), type: 'other' } });
    const page1 = await events({
      actorEmail: me.body.user.email,
      action: 'landlord.create',
      pageSize: '2',
      page: '1',
    });
    const page2 = await events({
      actorEmail: me.body.user.email,
      action: 'landlord.create',
      pageSize: '2',
      page: '2',
    });
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThanOrEqual(3);
    expect(page1.items[0]!.at >= page1.items[1]!.at).toBe(true);
    expect(page2.items[0]?.id).not.toBe(page1.items[0]?.id);
    expect((await events({ to: started, actorId: adminId })).total).toBe(0);
    const bad = await admin.call('GET', '/api/audit?from=yesterday');
    expect(bad.status).toBe(400);
  });
});
