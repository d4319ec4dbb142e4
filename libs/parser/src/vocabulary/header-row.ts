import type { DocCell } from '../model/extracted-document';
import { isAnswer } from './answers';
import { headerRole, type HeaderRole } from './header-words';
import { findProvisionNumber } from './provision-number';

/** 'tick' is one of several answer columns headed "Yes", "No", "N/A": a mark in it gives that answer. */
export type ColumnRole = 'number' | 'requirement' | 'status' | 'tick' | 'evidence' | 'commentary' | 'ignore';

export interface ColumnMap {
  roles: ColumnRole[];
  /** The header cell texts, to spot header words that bleed into data cells. */
  headers: string[];
  /** True when a single column holds evidence and commentary together (the 2022 four-column form). */
  combined: boolean;
  fromHeader: boolean;
}

/** The column map a header row describes, or null when the row is not a header. */
export function readHeaderRow(cells: DocCell[]): ColumnMap | null {
  const texts = cells.map((c) => (c.spanned === 'column' ? '' : c.text));
  if (texts.some((t) => t.length > 80 || findProvisionNumber(t) !== null || readsAsProse(t))) return null;
  const found = texts.map(headerRole);
  // "Compliant?" names the answer column and "No." the number column; "Yes" under any other heading makes this a data row.
  if (texts.some((t, i) => isAnswer(t) && found[i] !== 'status' && found[i] !== 'tick' && found[i] !== 'number')) return null;
  // A lone "Yes" heading is an answer column's title, not one of a set of tick columns.
  if (found.filter((r) => r === 'tick').length === 1) found[found.indexOf('tick')] = 'status';
  const named = found.filter((r) => r !== null && r !== 'blank' && r !== 'extra');
  const kinds = new Set<HeaderRole | null>(named);
  const anchors = (['status', 'tick', 'requirement', 'evidence', 'combined', 'number'] as const).filter((k) => kinds.has(k));
  if (named.length < 2 || anchors.length < 2) return null;
  // A column headed with words the parser does not know is set aside, but only in a row that is plainly a header.
  const unknown = found.flatMap((r, i) => (r === null ? [texts[i] ?? ''] : []));
  if (unknown.length > 0 && (anchors.length < 3 || unknown.length > named.length || unknown.some((t) => t.length > 40))) return null;
  return resolveRoles(found.map((r) => r ?? 'extra'), texts);
}

/** A line of running text ("line with its requirements."): lower case at the start, or a sentence's full stop at the end. */
function readsAsProse(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 3 && (/^[a-z]/.test(t) || /[a-z]{2}\.$/.test(t));
}

function resolveRoles(found: HeaderRole[], headers: string[]): ColumnMap {
  const roles: ColumnRole[] = [];
  const hasEvidence = found.includes('evidence');
  const hasCommentary = found.includes('commentary');
  const statusAt = Math.max(found.indexOf('status'), found.lastIndexOf('tick'));
  let combined = false;
  // "Evidence, commentary..." headed over two columns: a blank heading before it holds the evidence (the combined
  // one then holds commentary); failing that, a blank heading after it holds the commentary.
  const at = found.indexOf('combined');
  const blankBefore = at > 0 && found[at - 1] === 'blank' && at - 1 > statusAt && !hasEvidence;
  const blankAfter = at > statusAt && !blankBefore && found[at + 1] === 'blank' && !hasEvidence && !hasCommentary;
  found.forEach((role, i) => {
    if (role === 'combined') {
      const blankEvidence = i === at && blankBefore;
      if (hasEvidence || blankEvidence) roles.push(hasCommentary ? 'ignore' : 'commentary');
      else if (i === at && blankAfter) roles.push('evidence');
      else {
        roles.push('evidence');
        combined = true;
      }
    } else if (role === 'extra') {
      roles.push('ignore');
    } else if (role === 'blank') {
      const next = found[i + 1];
      if (next === 'combined' && i > statusAt && !hasEvidence) roles.push('evidence');
      else if (blankAfter && i === at + 1) roles.push('commentary');
      else if (i === 0 && !found.includes('number')) roles.push('number');
      else roles.push('ignore');
    } else {
      roles.push(role);
    }
  });
  return { roles, headers, combined, fromHeader: true };
}
