/**
 * OCR for the pages of a PDF that have no usable text layer: scanned pages, and pages whose form is a
 * picture among a little text. Each page's largest pictures are decoded, their rules found, and their
 * words read by tesseract; the page content is then rebuilt so the PDF adapter's table reconstruction
 * reads it like any other page.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import type { OcrEvidence } from '../model/extracted-document';
import type { PageContent } from '../adapters/pdf/page-content';
import type { Deadline } from '../adapters/pdf/pdf-limits';
import { documentParameters, type Pdfjs } from '../adapters/pdf/pdfjs-runtime';
import { inkShare, shrink, type GrayImage } from './gray-image';
import { findImageRules, withoutRules } from './image-rules';
import { DEFAULT_OCR_LIMITS, pageList, type OcrLimits } from './ocr-limits';
import { pageWithOcr, type OcrImageReading, type OcrWordRecord } from './ocr-page-content';
import { imageDpi, readPageImages, type PlacedImage } from './page-images';
import { ocrCandidates } from './text-layer-quality';
import { cropWithMargin, typicalWordHeight, unreadInk } from './unread-ink';
import { OcrAborted, startOcrEngine, type OcrEngine, type OcrWord } from './tesseract-engine';

export interface OcrRequest {
  pdfjs: Pdfjs;
  bytes: Uint8Array;
  /** Page contents as read from the text layer, indexed by page number - 1; pages read by OCR are replaced. */
  pages: PageContent[];
  /** Pages with no text layer at all. */
  textless: readonly number[];
  deadline: Deadline;
  signal?: AbortSignal;
  limits?: { [K in keyof OcrLimits]?: OcrLimits[K] | undefined };
}

export interface OcrOutcome {
  /** Pages still without text, with the reason. */
  unread: Map<number, string>;
  warnings: string[];
  evidence?: OcrEvidence;
}

/** Above this, pictures are shrunk by a whole factor: OCR is no better and much slower at 600 dpi. */
const MAX_DPI = 400;
/** Words tesseract is this unsure of, with no letter or digit, are specks and rule fragments. */
const SPECK_CONFIDENCE = 40;

/** CPU time of the whole process, OCR worker threads included. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

class OcrSession {
  private engine: OcrEngine | null = null;
  private readonly startedCpu = cpuMs();

  constructor(
    private readonly request: OcrRequest,
    private readonly limits: OcrLimits,
  ) {}

  get outOfTime(): boolean {
    return cpuMs() - this.startedCpu > this.limits.documentCpuMs;
  }

  /** Reads one picture; null with a reason when it cannot be read. */
  async readImage(placed: PlacedImage): Promise<OcrImageReading | string> {
    const dpi = imageDpi(placed);
    if (dpi < this.limits.minDpi) return `the scan is ${Math.round(dpi)} dpi, too coarse to read`;
    if (inkShare(placed.image) < 0.001) return 'the page is blank';
    const factor = dpi > MAX_DPI ? Math.floor(dpi / 300) : 1;
    const image = shrink(placed.image, factor);
    const rules = findImageRules(image, dpi / factor);
    const words = await this.recognize(withoutRules(image, rules), dpi / factor);
    if (typeof words === 'string') return words;
    const pixelsToUser = [
      placed.toUser[0] * factor,
      placed.toUser[1] * factor,
      placed.toUser[2] * factor,
      placed.toUser[3] * factor,
      placed.toUser[4],
      placed.toUser[5],
    ] as const;
    return { pixelsToUser, words, rules, width: image.width, height: image.height };
  }

  private async recognize(image: GrayImage, dpi: number): Promise<OcrWord[] | string> {
    const { deadline } = this.request;
    const engine = (this.engine ??= await this.start());
    let timer: NodeJS.Timeout | undefined;
    const pageStart = cpuMs();
    const pageTimeout = new Promise<'timeout'>((resolve) => {
      timer = setInterval(() => {
        if (cpuMs() - pageStart > this.limits.pageCpuMs) resolve('timeout');
      }, 250);
    });
    try {
      const result = await deadline.race(Promise.race([engine.recognize(image, dpi), pageTimeout]));
      if (result === 'timeout') {
        // The only way to stop a recognition is to end its worker; the next page starts a new one.
        this.engine = null;
        await engine.terminate();
        return `OCR took more than ${Math.round(this.limits.pageCpuMs / 1000)} s of processor time`;
      }
      const words = result.filter((w) => w.confidence >= SPECK_CONFIDENCE || /[\p{L}\p{N}]/u.test(w.text));
      if (words.filter((w) => w.confidence >= 50).length < 3) return 'OCR found no text';
      return [...words, ...(await deadline.race(this.readLeftovers(engine, image, dpi, words)))];
    } finally {
      clearInterval(timer);
    }
  }

  /** Reads, one by one, the marks the page pass left unread (lone answers such as "Y" or "No"). */
  private async readLeftovers(
    engine: OcrEngine,
    image: GrayImage,
    dpi: number,
    words: readonly OcrWord[],
  ): Promise<OcrWord[]> {
    const found: OcrWord[] = [];
    const margin = Math.max(4, typicalWordHeight(words) * 0.6);
    for (const cluster of unreadInk(image, words)) {
      const crop = cropWithMargin(image, cluster, margin);
      for (const word of await engine.recognize(crop.image, dpi, 'line')) {
        if (word.confidence < SPECK_CONFIDENCE || !/[\p{L}\p{N}]/u.test(word.text)) continue;
        found.push({
          ...word,
          x0: word.x0 + crop.left,
          x1: word.x1 + crop.left,
          y0: word.y0 + crop.top,
          y1: word.y1 + crop.top,
          baseline: word.baseline + crop.top,
        });
      }
    }
    return found;
  }

  private async start(): Promise<OcrEngine> {
    const starting = startOcrEngine(this.request.signal);
    try {
      return await this.request.deadline.race(starting);
    } catch (error) {
      // A worker that finishes starting after the deadline is ended as soon as it exists.
      void starting.then(
        (engine) => engine.terminate(),
        () => undefined,
      );
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.engine?.terminate();
    this.engine = null;
  }
}

/** Options for the second reading of the document: this time images are decoded. */
function imageDocumentParameters(bytes: Uint8Array): ReturnType<typeof documentParameters> {
  return { ...documentParameters(new Uint8Array(bytes)), maxImageSize: -1 };
}

export async function readPagesByOcr(request: OcrRequest): Promise<OcrOutcome> {
  const { pdfjs, pages, deadline } = request;
  const unread = new Map<number, string>(request.textless.map((n) => [n, 'no picture to read']));
  const candidates = ocrCandidates(pages, request.textless);
  if (candidates.length === 0) return { unread, warnings: [] };
  const limits: OcrLimits = { ...DEFAULT_OCR_LIMITS };
  for (const [key, value] of Object.entries(request.limits ?? {}))
    if (value !== undefined) limits[key as keyof OcrLimits] = value;
  deadline.extend(limits.timeoutMs);
  const session = new OcrSession(request, limits);
  const task = pdfjs.getDocument(imageDocumentParameters(request.bytes));
  const read: number[] = [];
  const words: OcrWordRecord[] = [];
  const skipped: number[] = [];
  try {
    const doc: PDFDocumentProxy = await deadline.race(task.promise);
    for (const n of candidates) {
      deadline.check();
      if (request.signal?.aborted) throw new OcrAborted('OCR was stopped');
      if (read.length >= limits.maxPages || session.outOfTime) {
        skipped.push(n);
        if (unread.has(n)) unread.set(n, 'the OCR limit for one document was reached');
        continue;
      }
      const page = await deadline.race(doc.getPage(n));
      try {
        const images = await deadline.race(readPageImages(pdfjs, page));
        const readings: OcrImageReading[] = [];
        let reason = images.length === 0 ? 'no picture to read' : '';
        for (const placed of images.slice(0, 2)) {
          const reading = await session.readImage(placed);
          if (typeof reading === 'string') reason = reading;
          else readings.push(reading);
        }
        const content = pages[n - 1];
        if (readings.length === 0 || !content) {
          if (unread.has(n)) unread.set(n, reason);
          continue;
        }
        const rebuilt = pageWithOcr(content, readings);
        pages[n - 1] = rebuilt.content;
        words.push(...rebuilt.words);
        read.push(n);
        unread.delete(n);
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await session.close();
    await task.destroy().catch(() => undefined);
  }
  return {
    unread,
    warnings: ocrWarnings(read, skipped),
    ...(read.length > 0 ? { evidence: { pages: read, words } } : {}),
  };
}

function ocrWarnings(read: readonly number[], skipped: readonly number[]): string[] {
  const warnings: string[] = [];
  if (read.length > 0) {
    const one = read.length === 1;
    warnings.push(
      `Page${one ? '' : 's'} ${pageList(read)} ${one ? 'is a' : 'are'} scanned image${one ? '' : 's'} and ${one ? 'was' : 'were'} read by OCR: check the answers and texts taken from ${one ? 'it' : 'them'} against the document.`,
    );
  }
  if (skipped.length > 0)
    warnings.push(
      `Page${skipped.length === 1 ? '' : 's'} ${pageList(skipped)} ${skipped.length === 1 ? 'was' : 'were'} not read by OCR: the time or page limit for OCR was reached.`,
    );
  return warnings;
}
