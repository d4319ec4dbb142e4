import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import express from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
/** Vite puts content-hashed files here: a changed file gets a new name, so they can be cached for a year. */
const HASHED_ASSETS = '/assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page itself is checked on every load, so a new release is picked up at once. */
export const REVALIDATE = 'no-cache';

type Encoding = 'br' | 'gzip';

/** Picks brotli, then gzip, from the request's Accept-Encoding (a q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

export function cacheControlFor(path: string): string {
  return path.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE;
}

/**
 * Compressed copies, made once per file and encoding on first request: the built files never change while
 * the process runs (a release restarts it).
 */
class CompressedFiles {
  private readonly cache = new Map<string, Promise<Buffer>>();

  get(file: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${file}`;
    let entry = this.cache.get(key);
    if (!entry) {
      const bytes = readFileSync(file);
      entry =
        encoding === 'br'
          ? brotli(bytes, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
            })
          : gzipAsync(bytes, { level: 9 });
      entry.catch(() => this.cache.delete(key));
      this.cache.set(key, entry);
    }
    return entry;
  }
}

/**
 * Serves the built dashboard at `/`: hashed assets compressed (brotli or gzip) with year-long immutable caching,
 * the page revalidated on every load, no source maps, and the single-page-app fallback. API paths are left alone.
 */
export function serveDashboard(
  app: { use: (...handlers: express.RequestHandler[]) => unknown },
  distDir: string,
): boolean {
  const root = resolve(distDir);
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) return false;
  const compressed = new CompressedFiles();

  const skip = (req: express.Request) => req.path.startsWith('/api') || req.path.startsWith('/admin/queues');

  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || skip(req)) return next();
    // Source maps stay private: they would publish the source.
    if (req.path.endsWith('.map')) return res.status(404).end();
    const file = fileFor(root, req.path);
    if (
      !file ||
      !file.startsWith(root + sep) ||
      !COMPRESSIBLE.has(extname(file)) ||
      !isFile(file) ||
      file === index
    )
      return next();
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    res.setHeader('Cache-Control', cacheControlFor(req.path));
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(extname(file));
    if (!encoding) return res.sendFile(file, { cacheControl: false });
    compressed.get(file, encoding).then(
      (body) => {
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', String(body.length));
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => next(error),
    );
  });
  app.use(
    express.static(root, {
      index: false,
      setHeaders: (res, path) =>
        res.setHeader('Cache-Control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : REVALIDATE),
    }),
  );
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || skip(req)) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(index, { cacheControl: false });
  });
  return true;
}

function fileFor(root: string, path: string): string | null {
  try {
    return resolve(root, `.${decodeURIComponent(path)}`);
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
