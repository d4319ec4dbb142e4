// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration must travel with this file to every program that compiles the parser from source
/// <reference path="./pdfjs-worker.d.ts" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfjsApi from 'pdfjs-dist';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';

/** The legacy build exposes the same API as the main entry point, whose types it re-exports. */
export type Pdfjs = typeof PdfjsApi;

let loading: Promise<Pdfjs> | null = null;

/**
 * Loads the legacy build once per process. Importing the worker module first lets pdfjs run its
 * "worker" on the main thread (Node has no web workers), so no thread or file lookup is needed later.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    // The legacy build's core-js replaces Array.prototype.push for the whole process, for an edge case
    // (lengths beyond 2^32) no caller has; the replacement makes every push about twice as slow, in
    // pdfjs and in whatever else runs in the process. The native one is put back.
    const nativePush = Array.prototype.push;
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
    }
    return pdfjs;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

function packageDir(): string | undefined {
  try {
    const resolve = typeof require === 'function' ? require.resolve : createRequire(join(process.cwd(), 'index.js')).resolve;
    return dirname(resolve('pdfjs-dist/package.json'));
  } catch {
    return undefined;
  }
}

let assets: { standardFontDataUrl?: string; cMapUrl?: string } | null = null;

/** Options that keep pdfjs offline, quiet and free of code generation and font loading. */
export function documentParameters(data: Uint8Array): DocumentInitParameters {
  if (!assets) {
    const dir = packageDir();
    assets = dir ? { standardFontDataUrl: join(dir, 'standard_fonts') + '/', cMapUrl: join(dir, 'cmaps') + '/' } : {};
  }
  return {
    data,
    ...assets,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    // Images are never decoded except tiny ones, which may be picture bullets.
    maxImageSize: 4096,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  };
}
