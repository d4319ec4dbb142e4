import { ParseError } from '../errors';
import type { ExtractedDocument } from '../model/extracted-document';

export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
}

// Placeholder until the PDF adapter lands: PDFs are rejected with a clear reason.
export async function extractPdf(_bytes: Uint8Array, _limits?: Partial<PdfLimits>): Promise<ExtractedDocument> {
  throw new ParseError('unsupported_format', 'PDF reading is not available in this build.');
}
