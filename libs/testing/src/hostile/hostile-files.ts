import { createDeflate } from 'node:zlib';
import { buildZip } from './zip-builder';
import { buildPdf, deflateRepeated, deflated, onePagePdf, type PdfObject } from './pdf-builder';

/** A file an attacker (or an unlucky exporter) might upload, made on demand rather than committed. */
export interface HostileFile {
  /** Short name of the class, used in reports. */
  name: string;
  fileName: string;
  what: string;
  make(): Promise<Buffer>;
}

const MB = 1024 * 1024;

/** Page content drawing /X0, whose form draws /X1 `fanout` times, and so on `depth` levels deep. */
function xobjectRecursion(fanout: number, depth: number): Buffer {
  const forms: PdfObject[] = [];
  for (let level = 0; level < depth; level++) {
    const next = level + 1 < depth ? `/X${level + 1} Do\n`.repeat(fanout) : 'BT /F1 1 Tf (x) Tj ET\n';
    const resources = level + 1 < depth ? `/Resources << /XObject << /X${level + 1} ${7 + level} 0 R >> /Font << /F1 4 0 R >> >>` : '/Resources << /Font << /F1 4 0 R >> >>';
    forms.push({ dictionary: `/Type /XObject /Subtype /Form /BBox [0 0 612 792] ${resources}`, data: Buffer.from(next, 'latin1') });
  }
  return onePagePdf({ dictionary: '', data: Buffer.from('/X0 Do\n', 'latin1') }, ['<< >>', ...forms], '/XObject << /X0 7 0 R >>');
}

async function flateBomb(unit: string, total: number): Promise<Buffer> {
  return onePagePdf({ dictionary: '', data: await deflateRepeated(Buffer.from(unit, 'latin1'), total), deflated: true });
}

/** A dictionary nested `depth` levels deep inside the page object, read as soon as the page is. */
function deepObject(depth: number): Buffer {
  const nested = '<< /A '.repeat(depth) + '1' + ' >>'.repeat(depth);
  return onePagePdf({ dictionary: '', data: Buffer.from('BT /F1 12 Tf 72 720 Td (Deep) Tj ET\n', 'latin1') }, [], `/Properties << /P ${nested} >>`);
}

/** A plain-text self-assessment repeated to exactly `size` bytes: huge but honest. */
export function bigHonestText(sample: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size, 0x20);
  for (let i = 0; i < size; i += sample.length + 1) {
    sample.copy(out, i, 0, Math.min(sample.length, size - i));
    if (i + sample.length < size) out[i + sample.length] = 0x0a;
  }
  return out;
}

function docxWithHugeEntry(): Buffer {
  const types =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const body = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>';
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: 'word/document.xml', data: Buffer.from(body), declaredSize: 1024 * MB },
  ]);
}

function htmlWithManyAttributes(count: number): Buffer {
  const attributes = Array.from({ length: count }, (_, i) => ` a${i}="1"`).join('');
  return Buffer.from(`<!doctype html><html><body><table><tr><td${attributes}>1.1</td><td>Yes</td></tr></table></body></html>`);
}

/** Every class the hostile-file test and the fault run upload. `sample` is a real text self-assessment. */
export function hostileFiles(sample: Buffer, uploadMaxBytes = 25 * MB): HostileFile[] {
  return [
    { name: 'xobject-recursion', fileName: 'xobject-recursion.pdf', what: 'form XObjects drawing the next 10 times, 8 deep (10^8 draws)', make: async () => xobjectRecursion(10, 8) },
    { name: 'flate-bomb-spaces', fileName: 'flate-spaces.pdf', what: 'a content stream inflating to 512 MB of spaces', make: () => flateBomb(' ', 512 * MB) },
    { name: 'flate-bomb-operators', fileName: 'flate-operators.pdf', what: 'a content stream inflating to 200 MB of text operators', make: () => flateBomb('BT /F1 9 Tf 72 700 Td (1.1 Yes) Tj ET\n', 200 * MB) },
    { name: 'text-25mb', fileName: 'big-honest.txt', what: 'a plain-text self-assessment repeated to exactly the upload limit', make: async () => bigHonestText(sample, uploadMaxBytes) },
    { name: 'page-count-tree', fileName: 'page-count.pdf', what: 'a page tree claiming 10 million pages with one real page', make: async () => onePagePdf(deflated(Buffer.from('BT /F1 12 Tf 72 720 Td (One) Tj ET')), [], '', 10_000_000) },
    { name: 'deep-object', fileName: 'deep-object.pdf', what: 'a dictionary nested 100,000 levels deep', make: async () => deepObject(100_000) },
    { name: 'huge-text-run', fileName: 'huge-run.pdf', what: 'one text-showing operator with a 100 MB string', make: () => hugeTextRun(100 * MB) },
    { name: 'docx-1gb-entry', fileName: 'huge-entry.docx', what: 'a Word file whose document part declares 1 GB uncompressed', make: async () => docxWithHugeEntry() },
    { name: 'html-million-attributes', fileName: 'attributes.html', what: 'a table cell with a million attributes', make: async () => htmlWithManyAttributes(1_000_000) },
  ];
}

async function hugeTextRun(length: number): Promise<Buffer> {
  // One string operand: "BT ... (AAAA…A) Tj ET", deflated while it is written.
  const head = Buffer.from('BT /F1 9 Tf 72 700 Td (', 'latin1');
  const tail = Buffer.from(') Tj ET\n', 'latin1');
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const done = new Promise<void>((resolve) => deflate.once('end', resolve));
  deflate.write(head);
  const chunk = Buffer.alloc(MB, 0x41);
  for (let written = 0; written < length; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end(tail);
  await done;
  return onePagePdf({ dictionary: '', data: Buffer.concat(out), deflated: true });
}

const ROW_TEXT = 'The landlord must have a complaints policy that is accessible to residents and staff';

/** An honest HTML self-assessment table repeated to about `size` bytes. */
export function bigHonestHtml(size: number): Buffer {
  const head = '<!doctype html><html><body><h1>Complaint Handling Code self-assessment</h1><table><tr><th>Provision</th><th>Requirement</th><th>Comply</th></tr>';
  const rows: string[] = [];
  let length = head.length;
  for (let i = 0; length < size - 40; i++) {
    const row = `<tr><td>${1 + (i % 9)}.${1 + (i % 7)}</td><td>${ROW_TEXT} (${i})</td><td>${i % 5 ? 'Yes' : 'No'}</td></tr>`;
    rows.push(row);
    length += row.length;
  }
  return Buffer.from(`${head}${rows.join('')}</table></body></html>`.slice(0, size));
}

/** A PDF of `pages` pages, each with `lines` lines of provision, requirement and answer text: a long honest report. */
export function manyPagePdf(pages: number, lines = 40): Buffer {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let page = 0; page < pages; page++) {
    const text = Array.from({ length: lines }, (_, line) => {
      const n = page * lines + line;
      return `BT /F1 8 Tf 40 ${760 - line * 18} Td (${1 + (n % 9)}.${1 + (n % 7)}) Tj 40 0 Td (${ROW_TEXT.slice(0, 60)}) Tj 400 0 Td (${n % 5 ? 'Yes' : 'No'}) Tj ET`;
    }).join('\n');
    objects.push(deflated(Buffer.from(text, 'latin1')));
    const contentsRef = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contentsRef} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return buildPdf(objects);
}
