import mammoth from 'mammoth';
import { ParseError } from '../errors';
import type { ExtractedDocument } from '../model/extracted-document';
import { extractHtml } from './html';
import { parseHtml, type HtmlNode } from './html-dom';
import { readSizedDirectory, readZipEntry, type ZipEntry } from './zip-archive';

export interface DocxLimits {
  /** Largest uncompressed size of the parts mammoth reads. */
  maxUncompressedBytes: number;
}

const READ_PARTS = /^word\/(document|numbering|styles|footnotes|endnotes|comments)\.xml$|^word\/_rels\//;

/**
 * Word documents go through mammoth to HTML, then through the same table reader as HTML uploads:
 * merged cells arrive as colspan/rowspan and Word lists as <ul>/<ol>.
 */
export async function extractDocx(bytes: Uint8Array, limits: DocxLimits): Promise<ExtractedDocument> {
  const entries = readSizedDirectory(
    bytes,
    limits.maxUncompressedBytes,
    {
      damaged: () => new ParseError('docx_malformed', 'The Word document is damaged: its file index cannot be read.'),
      tooLarge: 'The Word document expands to more text than can be read. Split it or save it as PDF.',
      document: 'Word document',
    },
    (e) => READ_PARTS.test(e.name),
  );

  let html: string;
  let messages: string[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
    messages = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  } catch (error) {
    throw new ParseError('docx_malformed', 'The Word document could not be opened: it is damaged or not a real .docx file.', {
      cause: error instanceof Error ? error.message : String(error),
    });
  }

  const doc = extractHtml(html, 'docx');
  doc.warnings.push(...messages.slice(0, 5).map((m) => `Word reader: ${m}`));
  const title = documentTitle(bytes, entries);
  if (title) doc.metadata.title = title;
  return doc;
}

const MAX_PROPERTIES_BYTES = 64 * 1024;

/** The title in the document's properties (File > Info in Word), which mammoth does not read. */
function documentTitle(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  const entry = entries.find((e) => e.name === 'docProps/core.xml');
  const xml = entry ? readZipEntry(bytes, entry, MAX_PROPERTIES_BYTES) : null;
  if (!xml) return null;
  const match = /<dc:title>([^<]{1,300})<\/dc:title>/.exec(new TextDecoder('utf-8').decode(xml));
  const title = match?.[1] ? textOf(match[1]).replace(/\s+/g, ' ').trim() : '';
  return title || null;
}

/** The property's text with its character references decoded, by the same HTML parser as everything else. */
function textOf(escaped: string): string {
  const collect = (n: HtmlNode): string => (n.type === 'text' ? n.text : n.children.map(collect).join(''));
  return collect(parseHtml(`<p>${escaped}</p>`));
}
