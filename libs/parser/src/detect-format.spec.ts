import { describe, expect, it } from 'vitest';
import { decodeText, detectFormat } from './detect-format';
import { ParseError } from './errors';
import { storedZip } from './testing/stored-zip.test-support';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('detectFormat', () => {
  it('knows a PDF by its signature, even after leading junk', () => {
    expect(detectFormat(ascii('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectFormat(ascii('\n\n%PDF-1.4\n...'))).toBe('pdf');
  });

  it('knows a Word document by word/document.xml inside the ZIP', () => {
    expect(detectFormat(storedZip([{ name: '[Content_Types].xml', data: '<x/>' }, { name: 'word/document.xml', data: '<w/>' }]))).toBe('docx');
  });

  it('rejects other ZIPs, damaged ZIPs and old binary Office files', () => {
    expect(errorCode(() => detectFormat(storedZip([{ name: 'xl/workbook.xml', data: '<x/>' }])))).toBe('unsupported_format');
    const zip = storedZip([{ name: 'word/document.xml', data: '<w/>' }]);
    expect(errorCode(() => detectFormat(zip.subarray(0, zip.length - 30)))).toBe('docx_malformed');
    expect(errorCode(() => detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toBe('unsupported_format');
  });

  it('sniffs HTML from markup, not from a stray tag in a text extraction', () => {
    expect(detectFormat(ascii('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
    expect(detectFormat(ascii('<table><tr><td>1.2</td><td>Yes</td></tr></table>'))).toBe('html');
    expect(detectFormat(ascii('1.2\t<p>A complaint</p>\tYes\n1.3\tText\tNo\n1.4\tText\tYes\n'))).toBe('text');
  });

  it('sniffs a saved web page with a comment, a BOM or white space before the doctype', () => {
    const page = '<!DOCTYPE html><html><head><title>Self-assessment</title></head><body><p>1.2 Yes</p></body></html>';
    expect(detectFormat(ascii(`<!-- saved from url=(0053)https://www.example.org.uk/complaints/self-assessment -->\n${page}`))).toBe('html');
    expect(detectFormat(ascii(`\n\n   \t${page}`))).toBe('html');
    expect(detectFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii(`\r\n<!-- a comment -->\r\n<!-- another -->${page}`)]))).toBe('html');
    expect(detectFormat(ascii(`<?xml version="1.0" encoding="utf-8"?>\n<!-- exported -->\n${page}`))).toBe('html');
  });

  it('reads UTF-8, UTF-16 and Windows-1252 text', () => {
    expect(detectFormat(ascii('Code provision\tCode requirement\n'))).toBe('text');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('1.2\tYes').flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(detectFormat(utf16)).toBe('text');
    expect(decodeText(utf16)).toBe('1.2\tYes');
    expect(decodeText(new Uint8Array([0x93, 0x59, 0x65, 0x73, 0x94, 0x20, 0xa3, 0x35]))).toBe('\u201cYes\u201d \u00a35');
  });

  it('rejects empty files and binary junk', () => {
    expect(errorCode(() => detectFormat(new Uint8Array()))).toBe('empty_file');
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(errorCode(() => detectFormat(junk))).toBe('unsupported_format');
  });
});
