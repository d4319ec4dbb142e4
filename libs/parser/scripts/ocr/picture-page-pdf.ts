/** A one-page PDF: a line of typed text above a greyscale JPEG picture, as a form pasted into a document looks. */

function jpegSize(jpeg: Buffer): { width: number; height: number; components: number } {
  let offset = 2;
  while (offset < jpeg.length) {
    const marker = jpeg[offset + 1] ?? 0;
    const length = jpeg.readUInt16BE(offset + 2);
    // Start-of-frame markers (baseline, extended, progressive) hold the size.
    if (marker >= 0xc0 && marker <= 0xc2) {
      return {
        height: jpeg.readUInt16BE(offset + 5),
        width: jpeg.readUInt16BE(offset + 7),
        components: jpeg[offset + 9] ?? 1,
      };
    }
    offset += 2 + length;
  }
  throw new Error('not a JPEG with a frame header');
}

export function pictureUnderHeadingPdf(jpeg: Buffer, dpi: number, heading: string): Buffer {
  const { width, height, components } = jpegSize(jpeg);
  const pageWidth = (width * 72) / dpi;
  const pageHeight = (height * 72) / dpi;
  const scale = 0.86;
  const drawnWidth = pageWidth * scale;
  const drawnHeight = pageHeight * scale;
  const x = (pageWidth - drawnWidth) / 2;
  const y = 12;
  const content = [
    'BT /F1 13 Tf',
    `${x.toFixed(2)} ${(pageHeight - 30).toFixed(2)} Td`,
    `(${heading.replace(/([()\\])/g, '\\$1')}) Tj ET`,
    `q ${drawnWidth.toFixed(2)} 0 0 ${drawnHeight.toFixed(2)} ${x.toFixed(2)} ${y.toFixed(2)} cm /Im1 Do Q`,
  ].join('\n');
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth.toFixed(2)} ${pageHeight.toFixed(2)}] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ]),
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let position = parts[0]?.length ?? 0;
  objects.forEach((object, index) => {
    offsets.push(position);
    const body = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      typeof object === 'string' ? Buffer.from(object) : object,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(body);
    position += body.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${position}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}
