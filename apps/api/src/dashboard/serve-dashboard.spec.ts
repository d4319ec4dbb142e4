import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, chooseEncoding, serveDashboard } from './serve-dashboard';

const script = `console.log(${JSON.stringify('dashboard '.repeat(200))});`;
let dir: string;
let base: string;
let server: ReturnType<express.Express['listen']>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'index-abc123.js.map'), '{}');
  writeFileSync(join(dir, 'assets', 'logo-abc.png'), Buffer.from([1, 2, 3]));
  const app = express();
  app.get('/api/ping', (_req, res) => res.json({ ok: true }));
  serveDashboard(app, dir);
  await new Promise<void>((done) => {
    server = app.listen(0, '127.0.0.1', () => done());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, acceptEncoding: string) {
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': acceptEncoding } });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('serveDashboard', () => {
  it('sends hashed scripts brotli-compressed and cached for a year', async () => {
    // fetch would decompress transparently; read the raw bytes by asking for an encoding it does not decode itself.
    const { response, body } = await get('/assets/index-abc123.js', 'br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const text = body.toString('utf8') === script ? script : brotliDecompressSync(body).toString('utf8');
    expect(text).toBe(script);
  });

  it('falls back to gzip, and to plain bytes when neither is accepted', async () => {
    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.response.headers.get('content-encoding')).toBe('gzip');
    expect(gz.body.toString('utf8') === script ? script : gunzipSync(gz.body).toString('utf8')).toBe(script);
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('never serves source maps', async () => {
    expect((await get('/assets/index-abc123.js.map', 'gzip')).response.status).toBe(404);
  });

  it('serves the page for app routes, revalidated on every load, and leaves the API alone', async () => {
    const page = await get('/compare?year=2024', 'gzip');
    expect(page.response.headers.get('cache-control')).toBe(REVALIDATE);
    expect(page.body.toString('utf8')).toContain('id="root"');
    expect(await (await fetch(`${base}/api/ping`)).json()).toEqual({ ok: true });
    const image = await get('/assets/logo-abc.png', 'gzip');
    expect(image.response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(image.response.headers.get('content-encoding')).toBeNull();
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    [undefined, null],
  ])('%s -> %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
