import type { DocCell } from '../model/extracted-document';
import { isAnswer } from '../vocabulary/answers';
import type { ColumnMap, ColumnRole } from '../vocabulary/header-row';
import { findProvisionNumber } from '../vocabulary/provision-number';

/** The usual five-column layout, used when no header row can be found at all. */
export function defaultColumns(width: number): ColumnMap {
  const five: ColumnRole[] = ['number', 'requirement', 'status', 'evidence', 'commentary'];
  const roles = width <= 4 ? five.slice(0, Math.max(width, 3)) : [...five, ...Array<ColumnRole>(width - 5).fill('ignore')];
  return { roles, headers: [], combined: width === 4, fromHeader: false };
}

/**
 * Infers roles from the cells themselves when a table has no recognisable header: the column most often
 * holding provision numbers, the one most often holding answers, the first substantial text column after the
 * number as the requirement, and the remaining text columns, in order, as evidence and commentary (before or
 * after the answers). Columns repeating a few values (an owner, a RAG colour) are set aside.
 */
export function inferColumns(rows: DocCell[][]): ColumnMap | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width < 3 || rows.length < 2) return null;
  const numberHits = new Array<number>(width).fill(0);
  const answerHits = new Array<number>(width).fill(0);
  const textLength = new Array<number>(width).fill(0);
  const values = Array.from({ length: width }, () => new Set<string>());
  const filled = new Array<number>(width).fill(0);
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (findProvisionNumber(cell.text)?.exact) numberHits[i] = (numberHits[i] ?? 0) + 1;
      if (isAnswer(cell.text)) answerHits[i] = (answerHits[i] ?? 0) + 1;
      textLength[i] = (textLength[i] ?? 0) + cell.text.length;
      if (cell.text.trim() && !cell.spanned) {
        filled[i] = (filled[i] ?? 0) + 1;
        values[i]?.add(cell.text.trim());
      }
    });
  }
  const numberCol = argMax(numberHits);
  const statusCol = argMax(answerHits);
  if (numberCol < 0 || statusCol < 0 || numberCol === statusCol) return null;
  if ((numberHits[numberCol] ?? 0) < rows.length * 0.3 || (answerHits[statusCol] ?? 0) < rows.length * 0.3) return null;
  const roles: ColumnRole[] = new Array<ColumnRole>(width).fill('ignore');
  roles[numberCol] = 'number';
  roles[statusCol] = 'status';
  const repetitive = (i: number): boolean => {
    const count = filled[i] ?? 0;
    const distinct = values[i]?.size ?? 0;
    return count >= 6 && distinct <= FEW_LABELS && distinct < count * REPEATED_SHARE && (textLength[i] ?? 0) / count <= SHORT_LABEL;
  };
  const text = [...Array(width).keys()].filter((i) => i !== numberCol && i !== statusCol && (textLength[i] ?? 0) > 0 && !repetitive(i));
  const longest = Math.max(0, ...text.filter((i) => i < statusCol).map((i) => textLength[i] ?? 0));
  const requirementCol = text.find((i) => i < statusCol && (textLength[i] ?? 0) >= longest * 0.4) ?? -1;
  if (requirementCol >= 0) roles[requirementCol] = 'requirement';
  const rest = text.filter((i) => i > requirementCol);
  if (rest[0] !== undefined) roles[rest[0]] = 'evidence';
  if (rest[1] !== undefined) roles[rest[1]] = 'commentary';
  return { roles, headers: [], combined: rest.length === 1, fromHeader: false };
}

// A column of a few short labels repeated down the rows (an owner, a RAG colour) rather than text.
const REPEATED_SHARE = 0.3;
const FEW_LABELS = 6;
const SHORT_LABEL = 30;

function argMax(values: number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (v > 0 && (best < 0 || v > (values[best] ?? 0))) best = i;
  });
  return best;
}
