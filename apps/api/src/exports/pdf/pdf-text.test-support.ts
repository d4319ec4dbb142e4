// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration must travel with this file
/// <reference path="./pdfjs-worker.d.ts" />
import type * as Pdfjs from 'pdfjs-dist';

/** What a PDF reader gets out of a report: the text of each page, and whether it is tagged. */
export interface PdfReading {
  pages: string[];
  /** Every page's text, whitespace (line breaks, gaps between table cells) collapsed to single spaces. */
  text: string;
  tagged: boolean;
  title: string | null;
  /** Structure element roles found in the tagged tree (H1, P, Table, TH, Figure, …). */
  roles: Set<string>;
}

let pdfjs: Promise<typeof Pdfjs> | null = null;

function load(): Promise<typeof Pdfjs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

function collectRoles(node: StructNode | null, roles: Set<string>): void {
  if (!node) return;
  if (node.role) roles.add(node.role);
  for (const child of node.children ?? []) collectRoles(child, roles);
}

/** Reads a PDF the way pdfjs does for a reader: text items joined per page, lines by their end-of-line flag. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const { getDocument } = await load();
  const document = await getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  }).promise;
  const pages: string[] = [];
  const roles = new Set<string>();
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''),
    );
    collectRoles((await page.getStructTree()) as StructNode | null, roles);
  }
  const markInfo = await document.getMarkInfo();
  const { info } = (await document.getMetadata()) as { info: { Title?: string } };
  await document.destroy();
  return {
    pages,
    text: pages.join(' ').replace(/\s+/g, ' '),
    tagged: !!markInfo?.Marked,
    title: info.Title ?? null,
    roles,
  };
}
