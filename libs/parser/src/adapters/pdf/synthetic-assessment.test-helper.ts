/**
 * Lays out a self-assessment table of any length with the synthetic writer, and returns its truth.
 * Rows break across pages, the header repeats on every page, and each page carries a running footer.
 */
import { buildPdf, type SyntheticPage, type SyntheticText } from './synthetic-pdf.test-helper';
import type { PdfTruthRow } from './truth-comparison.test-helper';

export interface SyntheticAssessmentOptions {
  rows: number;
  landscape?: boolean;
  /** Draw cell borders (otherwise the table is borderless). */
  ruled?: boolean;
  /** Portrait media box with the content turned onto it and /Rotate 90, as some print drivers do. */
  turned?: boolean;
  /** Leave out the header row. */
  headerless?: boolean;
  seed?: number;
}

const WORDS =
  'complaint resident landlord policy stage response review evidence procedure training record team timescale remedy ombudsman learning report governing body service request escalation acknowledge decision outcome fairness accessible website published annual'.split(
    ' ',
  );
const HEADER = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'];
const STATUSES = [
  ['Yes', 'yes'],
  ['No', 'no'],
  ['Yes', 'yes'],
  ['Partial', 'partial'],
] as const;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'policy');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Greedy wrap with a generous average glyph width, so lines never overflow their cell. */
function wrap(text: string, width: number, size: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function syntheticAssessment(options: SyntheticAssessmentOptions): { pdf: Uint8Array; rows: PdfTruthRow[]; pages: number } {
  const next = random(options.seed ?? 7);
  const [sheetW, sheetH] = options.landscape || options.turned ? [842, 595] : [595, 842];
  const size = 9;
  const leading = 11;
  const margin = 40;
  const shares = [0.08, 0.3, 0.1, 0.28, 0.24];
  const usable = sheetW - 2 * margin;
  const xs = shares.reduce<number[]>((acc, share) => [...acc, (acc[acc.length - 1] ?? margin) + share * usable], [margin]);
  const truth: PdfTruthRow[] = [];
  const pages: SyntheticPage[] = [];
  let page: SyntheticPage | null = null;
  let y = 0;

  const newPage = (): SyntheticPage => {
    const p: SyntheticPage = options.turned
      ? { width: sheetH, height: sheetW, rotate: 90, contentTurn: 90, texts: [], lines: [] }
      : { width: sheetW, height: sheetH, texts: [], lines: [] };
    pages.push(p);
    p.texts.push({ x: sheetW / 2 - 20, y: 20, text: `Page ${pages.length}`, size: 8 });
    y = sheetH - margin;
    if (pages.length === 1) {
      p.texts.push({ x: margin, y, text: 'Complaint Handling Code self-assessment', size: 16, bold: true });
      y -= 30;
    }
    if (!options.headerless) drawRow(p, HEADER.map((h) => [h]), true);
    return p;
  };

  function drawRow(p: SyntheticPage, cells: string[][], bold: boolean): void {
    const height = Math.max(...cells.map((c) => c.length)) * leading + 6;
    const top = y;
    cells.forEach((cellLines, column) => {
      cellLines.forEach((text, i) => {
        const t: SyntheticText = { x: (xs[column] ?? 0) + 4, y: top - 10 - i * leading, text, size, bold };
        p.texts.push(t);
      });
    });
    y -= height;
    if (options.ruled) {
      p.lines?.push({ x0: margin, y0: top, x1: sheetW - margin, y1: top }, { x0: margin, y0: y, x1: sheetW - margin, y1: y });
      for (const x of xs) p.lines?.push({ x0: x, y0: top, x1: x, y1: y });
    }
  }

  for (let r = 0; r < options.rows; r++) {
    const provision = `${Math.floor(r / 12) + 1}.${(r % 12) + 1}`;
    const [statusText, status] = STATUSES[r % STATUSES.length] ?? ['Yes', 'yes'];
    const requirement = sentence(next, 12 + Math.floor(next() * 30));
    const evidence = sentence(next, 6 + Math.floor(next() * 40));
    const commentary = r % 3 === 0 ? '' : sentence(next, 4 + Math.floor(next() * 20));
    truth.push({ provision, status, evidence, commentary });
    let cells = [[provision], wrap(requirement, usable * (shares[1] ?? 0) - 8, size), [statusText], wrap(evidence, usable * (shares[3] ?? 0) - 8, size), wrap(commentary, usable * (shares[4] ?? 0) - 8, size)].map(
      (c) => c.filter((line) => line !== ''),
    );
    page ??= newPage();
    while (cells.some((c) => c.length > 0)) {
      const room = Math.floor((y - margin - 20) / leading);
      if (room < 2) {
        page = newPage();
        continue;
      }
      drawRow(
        page,
        cells.map((c) => c.slice(0, room)),
        false,
      );
      cells = cells.map((c) => c.slice(room));
      if (cells.some((c) => c.length > 0)) page = newPage();
    }
  }
  return { pdf: buildPdf(pages), rows: truth, pages: pages.length };
}
