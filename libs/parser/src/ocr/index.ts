/** OCR of scanned PDF pages (see README.md in this folder). */
export { DEFAULT_OCR_LIMITS, noReadableTextError, unreadPageWarnings, type OcrLimits } from './ocr-limits';
export { markOcrRows } from './ocr-rows';
export { readPagesByOcr, type OcrOutcome, type OcrRequest } from './read-scanned-pages';
