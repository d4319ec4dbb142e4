import { randomUUID } from 'node:crypto';
import type { UserRole } from '@app/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessRule } from './access.decorator';
import { type RouteAccess, RouteAccessRegistry } from './route-access.registry';
import { API_PREFIX } from '../create-app';
import {
  ApiClient,
  type ApiHarness,
  createLandlord,
  createSubmission,
  createUser,
  startApi,
} from '../testing/api-harness.test-support';

type Actor = 'anonymous' | 'landlordB' | 'landlordA' | 'analyst' | 'admin';
/** Weakest first, so a powerful actor's side effects (a delete, a logout) come after everyone else's call. */
const ACTORS: Actor[] = ['anonymous', 'landlordB', 'landlordA', 'analyst', 'admin'];
const ROLE: Record<Exclude<Actor, 'anonymous'>, UserRole> = {
  landlordB: 'landlord',
  landlordA: 'landlord',
  analyst: 'analyst',
  admin: 'admin',
};

/** Routes Express serves under /api that are not Nest controllers: the OpenAPI documents, public by design. */
const DOCS = /^\/api\/docs/;

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every method + path the running Express app has routes for. */
function expressRoutes(harness: ApiHarness): { method: string; path: string }[] {
  const instance = harness.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return instance.router.stack.flatMap((layer) => {
    if (!layer.route) return [];
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    return paths.flatMap((path) =>
      Object.keys(layer.route!.methods)
        .filter((m) => m !== '_all')
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
  });
}

function allowed(rule: AccessRule, actor: Actor): boolean {
  if (rule === 'anonymous') return true;
  return actor !== 'anonymous' && rule.includes(ROLE[actor]);
}

describe('access control: every route, every kind of caller', () => {
  let harness: ApiHarness;
  let routes: RouteAccess[];
  const clients = {} as Record<Actor, ApiClient>;
  const ids: Record<string, string> = {};

  /** Fills path parameters with landlord A's resources, so landlord B's calls show whether scoping holds. */
  function fill(path: string): { url: string; ownedByA: boolean } {
    let ownedByA = false;
    const url = path.replace(/:(\w+)/g, (_match, name: string, offset: number) => {
      const before = path.slice(0, offset).split('/').filter(Boolean).at(-1) ?? '';
      const key = name === 'id' ? before : name;
      const value =
        {
          landlords: ids['landlordA'],
          landlordId: ids['landlordA'],
          users: ids['userA'],
          userId: ids['userA'],
          submissions: ids['submissionA'],
          submissionId: ids['submissionA'],
          answerId: ids['answerA'],
          version: '2024',
        }[key] ?? randomUUID();
      if (['landlords', 'landlordId', 'submissions', 'submissionId', 'answerId'].includes(key))
        ownedByA = true;
      return value;
    });
    return { url, ownedByA };
  }

  beforeAll(async () => {
    harness = await startApi();
    routes = harness.app.get(RouteAccessRegistry).routes(API_PREFIX);
    const landlordA = await createLandlord(harness.db);
    const landlordB = await createLandlord(harness.db);
    const users = {
      landlordA: await createUser(harness.db, 'landlord', landlordA.id),
      landlordB: await createUser(harness.db, 'landlord', landlordB.id),
      analyst: await createUser(harness.db, 'analyst'),
      admin: await createUser(harness.db, 'admin'),
    };
    const submission = await createSubmission(harness.db, landlordA.id);
    Object.assign(ids, {
      landlordA: landlordA.id,
      userA: users.landlordA.id,
      submissionA: submission.submissionId,
      answerA: submission.answerId,
    });
    for (const actor of ACTORS) {
      clients[actor] = new ApiClient(harness.base);
      if (actor !== 'anonymous') expect((await clients[actor].login(users[actor].email)).status).toBe(200);
    }
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('knows a rule for every route Express serves under /api, and Express serves every declared route', () => {
    const declared = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const served = expressRoutes(harness).filter(
      (r) => r.path.startsWith(`/${API_PREFIX}/`) && !DOCS.test(r.path),
    );
    expect(served.length).toBeGreaterThan(10);
    expect(served.map((r) => `${r.method} ${r.path}`).filter((r) => !declared.has(r))).toEqual([]);
    const servedKeys = new Set(served.map((r) => `${r.method} ${r.path}`));
    expect([...declared].filter((r) => !servedKeys.has(r))).toEqual([]);
    // Analyst-only reads of the whole sector: named here so a loosened rule shows up as a changed line.
    for (const path of ['/api/analytics/provisions', '/api/analytics/matrix', '/api/analytics/overview']) {
      expect(routes.find((r) => r.method === 'GET' && r.path === path)?.rule, path).toEqual(['analyst', 'admin']);
    }
    expect(
      routes.filter((r) => r.rule === undefined).map((r) => `${r.method} ${r.path} (${r.handler})`),
    ).toEqual([]);
  });

  it("answers each route as its declared rule says: 401 anonymous, 403 wrong role, 404 for another landlord's data", async () => {
    const failures: string[] = [];
    // Sign-out last, so each caller keeps a session through the rest.
    const ordered = [...routes].sort(
      (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
    );
    for (const route of ordered) {
      const rule = route.rule!;
      const { url, ownedByA } = fill(route.path);
      const body = ['GET', 'HEAD', 'DELETE'].includes(route.method) ? undefined : {};
      const outcomes = new Map<Actor, { status: number; code?: string }>();
      const callAs = async (actor: Actor) => {
        const result = await clients[actor].call<{ code?: string }>(route.method, url, { body });
        outcomes.set(actor, { status: result.status, code: result.body?.code });
      };
      if (route.method === 'GET') await Promise.all(ACTORS.map(callAs));
      else for (const actor of ACTORS) await callAs(actor);

      for (const actor of ACTORS) {
        const { status, code } = outcomes.get(actor)!;
        const where = `${route.method} ${route.path} as ${actor} (rule ${JSON.stringify(rule)}): got ${status} ${code ?? ''}`;
        if (!allowed(rule, actor)) {
          const expected = actor === 'anonymous' ? 401 : 403;
          if (status !== expected) failures.push(`${where}, expected ${expected}`);
        } else if (status === 401 || status === 403) {
          failures.push(`${where}, expected access`);
        } else if (actor === 'landlordB' && rule !== 'anonymous' && ownedByA) {
          const validationFirst = body !== undefined && status === 400 && code === 'validation_failed';
          if (status !== 404 && !validationFirst)
            failures.push(`${where}, expected 404 for another landlord's data`);
        } else if (actor === 'landlordA' && route.method === 'GET' && ownedByA && status >= 400) {
          failures.push(`${where}, expected landlord A to read its own data`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('serves the OpenAPI documents to anyone', async () => {
    const docs = await clients.anonymous.call('GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    const paths = (docs.body as { paths: Record<string, Record<string, { 'x-access'?: unknown }>> }).paths;
    expect(paths['/api/landlords']?.['post']?.['x-access']).toEqual(['admin']);
  });
});
