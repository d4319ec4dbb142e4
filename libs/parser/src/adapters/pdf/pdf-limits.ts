import { ParseError } from '../../errors';

export interface PdfLimits {
  /** Documents with more pages are refused before any page is read. */
  maxPages: number;
  /** Wall-clock budget for the whole document; work stops when it runs out. */
  timeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 300, timeoutMs: 60_000 };

export function resolveLimits(limits: Partial<PdfLimits> = {}): PdfLimits {
  const maxPages = limits.maxPages ?? DEFAULT_PDF_LIMITS.maxPages;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_PDF_LIMITS.timeoutMs;
  if (!Number.isFinite(maxPages) || maxPages < 1) throw new RangeError(`maxPages must be at least 1, got ${maxPages}`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
  return { maxPages, timeoutMs };
}

export function timeoutError(limits: PdfLimits, pagesRead: number): ParseError {
  return new ParseError(
    'parse_timeout',
    `Reading the PDF took longer than ${limits.timeoutMs >= 1000 ? `${Math.round(limits.timeoutMs / 1000)} s` : `${limits.timeoutMs} ms`} and was stopped after ${pagesRead} page(s). Try a smaller file, or save the document again as a standard PDF.`,
    { timeoutMs: limits.timeoutMs, pagesRead },
  );
}

/** Thrown inside the adapter when the deadline passes; turned into a `parse_timeout` ParseError. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

/**
 * A deadline that can be checked between steps and raced against any pending promise. When it passes
 * it also calls `onExpire`, so work in progress inside pdfjs is torn down rather than left running.
 */
export class Deadline {
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;
  private readonly expiry: Promise<never>;
  private fired = false;

  constructor(timeoutMs: number, onExpire: () => void) {
    this.endsAt = Date.now() + timeoutMs;
    let reject: (error: Error) => void = () => undefined;
    this.expiry = new Promise<never>((_, rejectExpiry) => {
      reject = rejectExpiry;
    });
    this.expiry.catch(() => undefined);
    this.timer = setTimeout(() => {
      this.fired = true;
      reject(new DeadlineExceeded('time limit reached'));
      onExpire();
    }, timeoutMs);
    this.timer.unref();
  }

  get expired(): boolean {
    return this.fired || Date.now() >= this.endsAt;
  }

  check(): void {
    if (this.expired) throw new DeadlineExceeded('time limit reached');
  }

  /** Resolves like `work`, or rejects as soon as the deadline passes. */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.expiry]);
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}
