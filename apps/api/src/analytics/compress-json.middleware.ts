import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { chooseEncoding } from '../dashboard/serve-dashboard';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Smaller bodies gain nothing worth the work. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Compresses the analytics routes' JSON (brotli, else gzip, both at their fastest level): a matrix page of 100
 * landlords is about 550 KB of JSON and a third of that compressed (the answer ids do not compress). Brotli's
 * level 1 takes about 3 ms there and level 5 about 18 ms for 2% less, which bench:api's p95 cannot afford.
 * Only these read-only routes: their bodies carry no secret (no CSRF token), so compressing them beside
 * reflected query values reveals nothing.
 */
@Injectable()
export class CompressJsonMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    res.vary('Accept-Encoding');
    if (!encoding) return next();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const text = JSON.stringify(body);
      if (text === undefined || Buffer.byteLength(text) < COMPRESS_MIN_BYTES) return json(body);
      const bytes = Buffer.from(text);
      const compressed =
        encoding === 'br'
          ? brotli(bytes, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
            })
          : gzipAsync(bytes, { level: 1 });
      compressed.then(
        (out) => {
          if (res.headersSent) return;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', String(out.length));
          res.end(req.method === 'HEAD' ? undefined : out);
        },
        (error: unknown) => next(error),
      );
      return res;
    };
    next();
  }
}
