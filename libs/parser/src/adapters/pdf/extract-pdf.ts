/**
 * The PDF adapter: rebuilds the tables of a self-assessment from positioned text and drawn lines, using
 * the pdfjs-dist legacy build on the main thread. See README.md in this folder for how it works.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { ParseError } from '../../errors';
import type { ExtractedDocument } from '../../model/extracted-document';
import { buildDocument } from './document-builder';
import type { PageContent } from './page-content';
import { readPage } from './page-reader';
import { malformedError, noTextError, toParseError, tooManyPagesError } from './pdf-errors';
import { Deadline, DeadlineExceeded, resolveLimits, timeoutError, type PdfLimits } from './pdf-limits';
import { documentParameters, loadPdfjs, type Pdfjs } from './pdfjs-runtime';

export type { PdfLimits } from './pdf-limits';
export { DEFAULT_PDF_LIMITS } from './pdf-limits';

/** Cheap checks before pdfjs sees the bytes: a PDF signature near the start, an end marker somewhere. */
function checkEnvelope(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ParseError('empty_file', 'The file is empty. Upload the self-assessment document again.');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 1024).indexOf('%PDF-') === -1) throw malformedError('it does not start like a PDF');
  if (buffer.lastIndexOf('%%EOF') === -1) throw malformedError('the file ends early, as if the upload was cut short');
}

function pdfDate(pdfjs: Pdfjs, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = pdfjs.PDFDateString.toDateObject(value);
  return date ? date.toISOString() : undefined;
}

async function readMetadata(pdfjs: Pdfjs, doc: PDFDocumentProxy, deadline: Deadline): Promise<ExtractedDocument['metadata']> {
  try {
    const { info } = await deadline.race(doc.getMetadata());
    const fields = (info ?? {}) as Record<string, unknown>;
    const text = (key: string): string | undefined => {
      const value = fields[key];
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const metadata: ExtractedDocument['metadata'] = {};
    const title = text('Title');
    const author = text('Author');
    const producer = text('Producer');
    const creationDate = pdfDate(pdfjs, fields['CreationDate']);
    if (title) metadata.title = title;
    if (author) metadata.author = author;
    if (producer) metadata.producer = producer;
    if (creationDate) metadata.creationDate = creationDate;
    return metadata;
  } catch (error) {
    if (error instanceof DeadlineExceeded) throw error;
    return {};
  }
}

/**
 * pdfjs 5.4 keeps the page count of the last opened document in a process-wide singleton (its
 * PagesMapper) and checks every getPage against it, so two documents open at once break each other.
 * Documents are therefore read one at a time per process; waiting does not count against the limit.
 */
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export async function extractPdf(bytes: Uint8Array, limits?: Partial<PdfLimits>): Promise<ExtractedDocument> {
  const resolved = resolveLimits(limits);
  checkEnvelope(bytes);
  return oneAtATime(() => readDocument(bytes, resolved));
}

async function readDocument(bytes: Uint8Array, resolved: PdfLimits): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfjs();
  // pdfjs may take ownership of the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument(documentParameters(new Uint8Array(bytes)));
  const deadline = new Deadline(resolved.timeoutMs, () => void task.destroy().catch(() => undefined));
  let pagesRead = 0;
  try {
    const doc = await deadline.race(task.promise);
    if (doc.numPages > resolved.maxPages) throw tooManyPagesError(doc.numPages, resolved.maxPages);
    const pages: PageContent[] = [];
    const warnings: string[] = [];
    const textless: number[] = [];
    let skippedRotated = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      deadline.check();
      const page = await deadline.race(doc.getPage(n));
      try {
        const result = await readPage(pdfjs, page, deadline);
        pages.push(result.content);
        skippedRotated += result.skippedRotated;
        if (!result.hasText) textless.push(n);
      } finally {
        page.cleanup();
      }
      pagesRead = n;
    }
    if (textless.length === doc.numPages) throw noTextError(doc.numPages, textless.length);
    if (textless.length > 0) warnings.push(`No text on page(s) ${textless.join(', ')}: they may be scanned images, which cannot be read.`);
    if (skippedRotated > 0) warnings.push(`Ignored ${skippedRotated} piece(s) of text running in another direction than the page.`);
    const metadata = await readMetadata(pdfjs, doc, deadline);
    deadline.check();
    const built = buildDocument(pages);
    return { format: 'pdf', blocks: built.blocks, pageCount: doc.numPages, metadata, warnings: [...warnings, ...built.warnings] };
  } catch (error) {
    if (error instanceof DeadlineExceeded || deadline.expired) throw timeoutError(resolved, pagesRead);
    throw toParseError(error);
  } finally {
    deadline.clear();
    await task.destroy().catch(() => undefined);
  }
}
