/** Writes the truth file for a rendered fixture: the corpus truth schema plus the exact cell texts. */
import { cellText, tables, type DocumentDetails, type FixtureDocument } from '../fixture-model';

export interface PdfTruthRow {
  provision: string;
  status: string;
  evidenceStarts: string | null;
  commentaryStarts: string | null;
  notes: string | null;
  evidence: string;
  commentary: string;
  /** The requirement as printed, for documents of our own (the corpus ones keep their extraction's text). */
  requirement?: string;
}

export interface PdfTruth extends DocumentDetails {
  file: string;
  producer: string;
  layout: string;
  rows: PdfTruthRow[];
}

function starts(text: string): string | null {
  const words = text.replace(/^•\s*/, '').split(/\s+/).filter(Boolean);
  return words.length === 0 ? null : words.slice(0, 8).join(' ');
}

export function buildTruth(file: string, doc: FixtureDocument, producer: string, layout: string, withRequirement = false): PdfTruth {
  const rows = tables(doc).flatMap((table) => {
    const fourColumn = table.header.length === 4;
    // Columns by their heading where the table names them, else the usual places.
    const at = (pattern: RegExp, fallback: number): number => {
      const found = table.header.findIndex((h) => pattern.test(h));
      return found >= 0 ? found : fallback;
    };
    const requirementAt = at(/requirement/i, 1);
    const evidenceAt = at(/^evidence$/i, 3);
    const commentaryAt = at(/^commentary$/i, 4);
    return table.rows.map((row): PdfTruthRow => {
      const evidence = cellText(row.cells[evidenceAt] ?? []);
      const commentary = fourColumn ? '' : cellText(row.cells[commentaryAt] ?? []);
      return {
        provision: row.provision,
        status: row.status,
        evidenceStarts: starts(evidence),
        commentaryStarts: starts(commentary),
        notes: null,
        evidence,
        commentary,
        ...(withRequirement ? { requirement: cellText(row.cells[requirementAt] ?? []) } : {}),
      };
    });
  });
  return {
    file,
    landlord: doc.landlord,
    codeVersion: doc.codeVersion,
    assessmentYear: doc.assessmentYear,
    assessmentDate: doc.assessmentDate,
    producer,
    layout,
    rows,
  };
}
