import { isOdsArchive } from './adapters/ods';
import { isZip, readZipDirectory } from './adapters/zip-archive';
import { ParseError } from './errors';
import type { SourceFormat } from './model/extracted-document';

const SNIFF_BYTES = 4096;

/**
 * Decides the format from the bytes alone; the file name and media type are never trusted.
 * PDF by its `%PDF-` signature, DOCX as a ZIP holding `word/document.xml`, XLSX as one holding `xl/workbook.xml`,
 * ODS as one whose `mimetype` entry names an OpenDocument spreadsheet,
 * HTML by markup near the start,
 * otherwise text when the bytes decode as UTF-8 or UTF-16 without binary noise.
 */
export function detectFormat(bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0) throw new ParseError('empty_file', 'The file is empty.');
  if (startsWithPdfSignature(bytes)) return 'pdf';
  if (isZip(bytes)) {
    const entries = readZipDirectory(bytes);
    if (entries === null) {
      throw new ParseError('docx_malformed', 'The file looks like a ZIP archive (such as a Word document or an Excel workbook) but it is damaged.');
    }
    if (entries.some((entry) => entry.name === 'word/document.xml')) return 'docx';
    if (entries.some((entry) => entry.name === 'xl/workbook.xml')) return 'xlsx';
    if (entries.some((entry) => entry.name === 'content.xml') && entries.some((entry) => entry.name === 'mimetype')) {
      if (isOdsArchive(bytes, entries)) return 'ods';
      throw new ParseError('unsupported_format', 'OpenDocument text documents (.odt) are not read. Save the document as .docx or PDF.');
    }
    throw new ParseError(
      'unsupported_format',
      'The file is a ZIP archive but not a Word (.docx) document or a spreadsheet (.xlsx, .ods). Upload a PDF, Word, Excel, OpenDocument spreadsheet, HTML or text file.',
    );
  }
  if (isOleCompoundFile(bytes)) {
    throw new ParseError('unsupported_format', 'Old Word (.doc) and other binary Office files are not supported. Save it as .docx or PDF.');
  }
  const head = decodeText(bytes.subarray(0, SNIFF_BYTES));
  if (head === null) {
    throw new ParseError('unsupported_format', 'The file is not a PDF, Word, HTML or text document.');
  }
  return looksLikeHtml(head) ? 'html' : 'text';
}

function startsWithPdfSignature(bytes: Uint8Array): boolean {
  // Some producers put a few junk bytes before the signature; readers accept it within the first kilobyte.
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) {
      return true;
    }
  }
  return false;
}

function isOleCompoundFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && signature.every((byte, i) => bytes[i] === byte);
}

// What may come before the doctype of a saved web page: a BOM, white space, comments (`<!-- saved from url=… -->`)
// and an XML declaration.
const BEFORE_MARKUP = /^(?:\uFEFF|\s+|<!--[\s\S]*?-->|<\?xml[^>]*>)*/;

function looksLikeHtml(head: string): boolean {
  const start = head.replace(BEFORE_MARKUP, '').slice(0, 1024).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(start)) return true;
  // A fragment saved as .html: real table markup, not the odd tag inside a text extraction.
  const tableTags = head.match(/<(table|tr|td|th|tbody|thead)[\s>]/gi)?.length ?? 0;
  const lines = head.split('\n');
  const tabbed = lines.filter((line) => line.includes('\t')).length;
  return tableTags >= 3 && tabbed < 3;
}

/**
 * Decodes bytes as UTF-8 or UTF-16 text (by BOM, or by the NUL pattern of BOM-less UTF-16), falling back to
 * Windows-1252 for legacy single-byte files. Returns null when the bytes are not plausibly text.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const text = decodeWithBestEncoding(bytes);
  const { controls, undecodable } = countSuspicious(text);
  // A truncated final multi-byte character in a sniffed prefix is not evidence of binary data.
  const tolerance = Math.max(2, text.length * 0.01);
  if (controls > tolerance) return null;
  if (undecodable <= tolerance) return text;
  const legacy = decodeWindows1252(bytes);
  return countSuspicious(legacy).controls > tolerance ? null : legacy;
}

function countSuspicious(text: string): { controls: number; undecodable: number } {
  let controls = 0;
  let undecodable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) undecodable++;
    else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
  }
  return { controls, undecodable };
}

function decodeWithBestEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, Math.min(bytes.length, 512));
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const half = sample.length / 2;
  if (oddNuls > half * 0.6 && evenNuls < half * 0.05) return new TextDecoder('utf-16le').decode(bytes);
  if (evenNuls > half * 0.6 && oddNuls < half * 0.05) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign).
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    out += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte);
  }
  return out;
}
