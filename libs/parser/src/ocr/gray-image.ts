/** 8-bit grey images: what OCR and rule finding read. 0 is black, 255 white. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** pdfjs's ImageKind: one bit per pixel (1 is white), RGB, RGBA. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

export interface PdfjsImageData {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** A decoded pdfjs image as grey, or null for kinds pdfjs hands over as bitmaps. */
export function grayFromPdfjs(image: PdfjsImageData): GrayImage | null {
  const { width, height, kind, data } = image;
  if (!data || width <= 0 || height <= 0) return null;
  const out = new Uint8Array(width * height);
  if (kind === GRAYSCALE_1BPP) {
    const stride = (width + 7) >> 3;
    if (data.length < stride * height) return null;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = ((data[y * stride + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        out[y * width + x] = bit ? 255 : 0;
      }
    }
    return { width, height, data: out };
  }
  const channels = kind === RGB_24BPP ? 3 : kind === RGBA_32BPP ? 4 : 0;
  if (channels === 0 || data.length < width * height * channels) return null;
  for (let i = 0, p = 0; i < out.length; i++, p += channels) {
    // Rec. 601 luma in integer arithmetic.
    out[i] = ((data[p] ?? 0) * 77 + (data[p + 1] ?? 0) * 150 + (data[p + 2] ?? 0) * 29) >> 8;
  }
  return { width, height, data: out };
}

/** Shrinks by a whole factor, averaging each factor × factor block. */
export function shrink(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx] ?? 255;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, data };
}

/** Binary PGM (P5): a format tesseract's image reader takes without any encoder on this side. */
export function toPgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([
    header,
    Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
  ]);
}

/** Share of pixels darker than mid-grey: a blank page has almost none. */
export function inkShare(image: GrayImage): number {
  let dark = 0;
  // Every 7th pixel is enough to tell a blank page from a printed one.
  for (let i = 0; i < image.data.length; i += 7) if ((image.data[i] ?? 255) < 128) dark++;
  return dark / Math.max(1, Math.ceil(image.data.length / 7));
}
