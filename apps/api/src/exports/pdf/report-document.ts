import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';

export interface ReportMeta {
  title: string;
  subject: string;
  author: string;
}

export interface ReportTable {
  /** Column headings (tagged TH). */
  header: string[];
  rows: string[][];
  /** Relative widths; default equal. */
  widths?: number[];
}

/** pdfkit accepts a structure parent for tables at run time; its type declarations have not caught up. */
interface TaggedTableOptions extends PDFKit.Mixins.TableOptionsWithData {
  structParent?: PDFKit.PDFStructureElement;
}

const BODY_SIZE = 10;
const MARGIN = 50;

/**
 * A printable report as a tagged PDF (PDF/UA-style structure: headings, paragraphs, tables with
 * header cells, figures with alternative text; running footers marked as artifacts) written with
 * pdfkit's standard fonts, so every word is selectable text.
 */
export class ReportDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly finished: Promise<void>;

  constructor(out: Writable, meta: ReportMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'en-GB',
      displayTitle: true,
      info: {
        Title: meta.title,
        Subject: meta.subject,
        Author: meta.author,
        Creator: 'CHC self-assessment monitor',
      },
    });
    this.finished = new Promise((resolve, reject) => {
      out.once('finish', resolve);
      out.once('close', resolve);
      out.once('error', reject);
      this.doc.once('error', reject);
    });
    this.doc.pipe(out);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.font('Helvetica').fontSize(BODY_SIZE);
  }

  get contentWidth(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  heading(text: string, level: 1 | 2 = 2): this {
    const size = level === 1 ? 18 : 13;
    this.ensureRoom(size * 3);
    if (level === 2) this.doc.moveDown(0.6);
    this.doc.font('Helvetica-Bold').fontSize(size);
    this.doc.text(text, MARGIN, undefined, {
      structParent: this.root,
      structType: `H${level}`,
      width: this.contentWidth,
    });
    this.doc.font('Helvetica').fontSize(BODY_SIZE).moveDown(0.3);
    return this;
  }

  paragraph(text: string): this {
    this.doc.text(text, MARGIN, undefined, {
      structParent: this.root,
      structType: 'P',
      width: this.contentWidth,
    });
    this.doc.moveDown(0.3);
    return this;
  }

  /** A list of facts, one paragraph each ("Name: value"). */
  facts(items: { name: string; value: string }[]): this {
    for (const item of items) this.paragraph(`${item.name}: ${item.value}`);
    return this;
  }

  table(table: ReportTable): this {
    if (table.rows.length === 0) return this.paragraph('No rows.');
    this.ensureRoom(60);
    const total = (table.widths ?? table.header.map(() => 1)).reduce((a, b) => a + b, 0);
    const widths = (table.widths ?? table.header.map(() => 1)).map((w) => (w / total) * this.contentWidth);
    const options: TaggedTableOptions = {
      structParent: this.root,
      position: { x: MARGIN },
      columnStyles: widths,
      defaultStyle: {
        fontSize: 8,
        padding: 3,
        border: 0.5,
        borderColor: '#888888',
      } as PDFKit.Mixins.CellStyle,
      data: [
        table.header.map((text) => ({
          text,
          type: 'TH' as const,
          font: { family: 'Helvetica-Bold', size: 8 },
        })),
        ...table.rows.map((row) => row.map((text) => ({ text, font: { family: 'Helvetica', size: 8 } }))),
      ],
    };
    this.doc.table(options);
    this.doc.font('Helvetica').fontSize(BODY_SIZE).moveDown(0.5);
    this.doc.x = MARGIN;
    return this;
  }

  /** A drawing (vector chart) tagged as a figure with alternative text saying what it shows. */
  figure(
    alt: string,
    height: number,
    draw: (box: { x: number; y: number; width: number; height: number }) => void,
  ): this {
    this.ensureRoom(height + 10);
    const box = { x: MARGIN, y: this.doc.y, width: this.contentWidth, height };
    this.root.add(
      this.doc.struct('Figure', { alt }, () => {
        draw(box);
      }),
    );
    this.doc.font('Helvetica').fontSize(BODY_SIZE).fillColor('black');
    this.doc.x = MARGIN;
    this.doc.y = box.y + height + 8;
    return this;
  }

  /** Ends the document; resolves when the output has taken every byte. */
  async end(): Promise<void> {
    this.root.end();
    this.doc.end();
    await this.finished;
  }

  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN) this.doc.addPage();
  }
}
