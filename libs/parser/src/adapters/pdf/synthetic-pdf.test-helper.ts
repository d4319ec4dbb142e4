/**
 * A minimal PDF writer for tests and the benchmark: Helvetica text, stroked lines and filled boxes,
 * optional /Rotate and content drawn turned on the page. Not a general-purpose PDF library.
 */
import { deflateSync } from 'node:zlib';

export interface SyntheticText {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
}

export interface SyntheticPage {
  width: number;
  height: number;
  /** The page's /Rotate entry. */
  rotate?: 0 | 90 | 180 | 270;
  /** Draws the whole content turned a quarter (90) or three quarters (270) inside the media box. */
  contentTurn?: 0 | 90 | 270;
  texts: SyntheticText[];
  lines?: { x0: number; y0: number; x1: number; y1: number; width?: number }[];
  boxes?: { x: number; y: number; w: number; h: number; gray?: number }[];
}

function escapeText(text: string): string {
  // Helvetica with WinAnsiEncoding: keep Latin-1, map the bullet to its WinAnsi code.
  let out = '';
  for (const ch of text) {
    const code = ch === '•' ? 0x95 : ch === '–' ? 0x96 : ch === '’' ? 0x92 : ch.charCodeAt(0);
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${ch}`;
    else if (code < 32 || code > 255) out += '?';
    else if (code > 126) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return out;
}

function contentStream(page: SyntheticPage): string {
  const ops: string[] = [];
  const turn = page.contentTurn ?? 0;
  // Content laid out for a landscape sheet is turned into the portrait media box.
  if (turn === 90) ops.push(`0 1 -1 0 ${page.width} 0 cm`);
  if (turn === 270) ops.push(`0 -1 1 0 0 ${page.height} cm`);
  for (const box of page.boxes ?? []) ops.push(`${box.gray ?? 0} g ${box.x} ${box.y} ${box.w} ${box.h} re f`);
  ops.push('0 g');
  for (const line of page.lines ?? []) ops.push(`${line.width ?? 0.5} w ${line.x0} ${line.y0} m ${line.x1} ${line.y1} l S`);
  for (const t of page.texts) {
    ops.push(`BT /${t.bold ? 'F2' : 'F1'} ${t.size} Tf ${t.x.toFixed(2)} ${t.y.toFixed(2)} Td (${escapeText(t.text)}) Tj ET`);
  }
  return ops.join('\n');
}

export function buildPdf(pages: readonly SyntheticPage[], info: { title?: string } = {}): Uint8Array {
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const infoObject = add(`<< /Producer (synthetic test writer) /Title (${escapeText(info.title ?? 'Synthetic document')}) >>`);
  const kids: number[] = [];
  for (const page of pages) {
    const data = deflateSync(Buffer.from(contentStream(page), 'latin1'));
    const stream = add(Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]));
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${page.width} ${page.height}]${rotate} /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObject} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}
