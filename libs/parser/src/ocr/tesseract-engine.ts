/**
 * tesseract.js with the English LSTM model shipped in `@tesseract.js-data/eng`: the model is read from
 * the package's folder and nothing is cached or fetched. One engine (one worker thread) serves one
 * document and is terminated when the document is done or abandoned.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GrayImage } from './gray-image';
import { toPgm } from './gray-image';

/** A word as tesseract read it, in the pixels of the image it was given. */
export interface OcrWord {
  text: string;
  /** 0–100, tesseract's own certainty. */
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The line's baseline at the middle of the word, and the line's height. */
  baseline: number;
  lineHeight: number;
}

export interface OcrEngine {
  /**
   * `dpi` is the image's resolution on the page (tesseract would otherwise guess it, and say so on
   * stderr). `page` finds every word on a page; `line` reads a small crop holding one line of text.
   */
  recognize(image: GrayImage, dpi: number, mode?: 'page' | 'line'): Promise<OcrWord[]>;
  terminate(): Promise<void>;
}

let live = 0;

/** Engines started and not yet terminated in this process (tests check that none is left behind). */
export function liveOcrEngines(): number {
  return live;
}

export class OcrAborted extends Error {
  override readonly name = 'OcrAborted';
}

interface TesseractBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface TesseractLine {
  words: { text: string; confidence: number; bbox: TesseractBox }[];
  baseline?: TesseractBox & { has_baseline?: boolean };
  bbox: TesseractBox;
  rowAttributes?: { rowHeight?: number };
}

interface TesseractBlock {
  paragraphs: { lines: TesseractLine[] }[];
}

function moduleResolver(): NodeJS.Require['resolve'] {
  return typeof require === 'function'
    ? require.resolve
    : createRequire(join(process.cwd(), 'index.js')).resolve;
}

/** The folder holding `eng.traineddata.gz` (the integer LSTM model: small and quick). */
export function englishModelDir(): string {
  return join(dirname(moduleResolver()('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

function lineWords(line: TesseractLine): OcrWord[] {
  const { baseline, bbox } = line;
  const lineHeight =
    line.rowAttributes?.rowHeight && line.rowAttributes.rowHeight > 0
      ? line.rowAttributes.rowHeight
      : bbox.y1 - bbox.y0;
  const baselineAt = (x: number): number => {
    if (!baseline || baseline.x1 === baseline.x0) return bbox.y1;
    return baseline.y0 + ((baseline.y1 - baseline.y0) * (x - baseline.x0)) / (baseline.x1 - baseline.x0);
  };
  return line.words
    .filter((word) => word.text.trim() !== '')
    .map((word) => ({
      text: word.text.trim(),
      confidence: word.confidence,
      x0: word.bbox.x0,
      y0: word.bbox.y0,
      x1: word.bbox.x1,
      y1: word.bbox.y1,
      baseline: baselineAt((word.bbox.x0 + word.bbox.x1) / 2),
      lineHeight,
    }));
}

/**
 * Starts a worker. `signal` aborting terminates it at once, so an abandoned parse leaves no thread
 * behind; the pending recognition then rejects with `OcrAborted`.
 */
export async function startOcrEngine(signal?: AbortSignal): Promise<OcrEngine> {
  if (signal?.aborted) throw new OcrAborted('OCR was stopped before it started');
  const tesseract = await import('tesseract.js');
  const worker = await tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
    langPath: englishModelDir(),
    cacheMethod: 'none',
    gzip: true,
    // A worker error must not become an uncaught exception of the whole process.
    errorHandler: () => undefined,
  });
  live++;
  let terminated: Promise<void> | null = null;
  const terminate = (): Promise<void> => {
    if (!terminated) live--;
    terminated ??= worker.terminate().then(
      () => undefined,
      () => undefined,
    );
    return terminated;
  };
  let abort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    abort = () => {
      void terminate();
      reject(new OcrAborted('OCR was stopped'));
    };
  });
  aborted.catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  if (signal?.aborted) abort();
  // Sparse text finds words in every cell of a table instead of looking for columns of prose.
  const modes = { page: tesseract.PSM.SPARSE_TEXT, line: tesseract.PSM.SINGLE_LINE } as const;
  let current: { user_defined_dpi: string; tessedit_pageseg_mode: string } = {
    user_defined_dpi: '',
    tessedit_pageseg_mode: '',
  };
  return {
    async recognize(image: GrayImage, dpi: number, mode: 'page' | 'line' = 'page'): Promise<OcrWord[]> {
      const settings = { user_defined_dpi: String(Math.round(dpi)), tessedit_pageseg_mode: modes[mode] };
      if (
        settings.user_defined_dpi !== current.user_defined_dpi ||
        settings.tessedit_pageseg_mode !== current.tessedit_pageseg_mode
      ) {
        await Promise.race([worker.setParameters(settings), aborted]);
        current = settings;
      }
      const job = worker.recognize(toPgm(image), {}, { blocks: true, text: false, hocr: false, tsv: false });
      const { data } = await Promise.race([job, aborted]);
      const blocks = (data.blocks ?? []) as unknown as TesseractBlock[];
      return blocks.flatMap((block) =>
        block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap(lineWords)),
      );
    },
    async terminate(): Promise<void> {
      signal?.removeEventListener('abort', abort);
      await terminate();
    },
  };
}
