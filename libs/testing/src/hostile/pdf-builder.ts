import { deflateSync, createDeflate } from 'node:zlib';

/** A PDF object body, or a stream with its dictionary entries (Length and Filter are added). */
export type PdfObject = string | { dictionary: string; data: Buffer; deflated?: boolean };

/**
 * Writes a PDF from object bodies numbered from 1 (object 1 must be the catalog), with a correct
 * cross-reference table, so a reader fails on what the test meant, never on the file's structure.
 */
export function buildPdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, index) => {
    offsets.push(length);
    push(Buffer.from(`${index + 1} 0 obj\n`, 'latin1'));
    if (typeof object === 'string') {
      push(Buffer.from(`${object}\n`, 'latin1'));
    } else {
      const filter = object.deflated ? ' /Filter /FlateDecode' : '';
      push(Buffer.from(`<< ${object.dictionary} /Length ${object.data.length}${filter} >>\nstream\n`, 'latin1'));
      push(object.data);
      push(Buffer.from('\nendstream\n', 'latin1'));
    }
    push(Buffer.from('endobj\n', 'latin1'));
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`, 'latin1'));
  push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Catalog, page tree and one Letter page drawing `content` with Helvetica as /F1 (objects 1-5). */
export function onePagePdf(content: PdfObject, extra: PdfObject[] = [], pageResources = '', count = 1): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> ${pageResources} >> >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    content,
    ...extra,
  ]);
}

export const deflated = (data: Buffer) => ({ dictionary: '', data: deflateSync(data, { level: 9 }), deflated: true });

/** Deflates `total` bytes made of `unit` repeated, without ever holding the inflated bytes in memory. */
export async function deflateRepeated(unit: Buffer, total: number): Promise<Buffer> {
  const chunk = Buffer.alloc(Math.max(unit.length, Math.floor((1 << 20) / unit.length) * unit.length));
  for (let i = 0; i < chunk.length; i += unit.length) unit.copy(chunk, i);
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const done = new Promise<void>((resolve, reject) => {
    deflate.once('end', resolve);
    deflate.once('error', reject);
  });
  for (let written = 0; written < total; written += chunk.length) {
    const part = written + chunk.length <= total ? chunk : chunk.subarray(0, total - written);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}
