import type { DocCell } from '../model/extracted-document';
import type { ColumnMap, ColumnRole } from '../vocabulary/header-row';
import { findProvisionNumber } from '../vocabulary/provision-number';
import { isAnswer } from '../vocabulary/answers';

const PROMOTE_SHARE = 0.5;
const SWAP_SHARE = 0.6;
const WEAK_SHARE = 0.2;

/**
 * Checks a header's answer column against the rows under it. Header words alone can leave no answer column
 * (an unfamiliar heading set aside), two of them ("RAG status" and "Compliant?"), or the wrong one; the
 * column that actually holds answers on most numbered rows then becomes the answer column, and the others
 * are set aside.
 */
export function refineByContent(map: ColumnMap, rows: readonly DocCell[][]): ColumnMap {
  const statusCols = indexes(map.roles, 'status');
  const ignored = indexes(map.roles, 'ignore');
  if (map.roles.includes('tick') || (statusCols.length === 1 && ignored.length === 0)) return map;
  const numberCol = map.roles.indexOf('number');
  const numbered =
    numberCol < 0 ? rows : rows.filter((r) => findProvisionNumber(r[numberCol]?.text ?? '') !== null);
  if (numbered.length < 2) return map;
  const share = (col: number): number =>
    numbered.filter((r) => isAnswer(r[col]?.text)).length / numbered.length;
  const best = (cols: number[]): number =>
    cols.reduce((a, b) => (share(b) > share(a) ? b : a), cols[0] ?? -1);

  const roles: ColumnRole[] = [...map.roles];
  if (statusCols.length > 1) {
    const keep = best(statusCols);
    for (const col of statusCols) if (col !== keep) roles[col] = 'ignore';
    return { ...map, roles };
  }
  const candidate = best(ignored);
  if (candidate < 0) return map;
  const current = statusCols[0];
  if (current === undefined) {
    if (share(candidate) < PROMOTE_SHARE) return map;
    roles[candidate] = 'status';
    return { ...map, roles };
  }
  const filled = numbered.filter((r) => (r[current]?.text.trim() ?? '') !== '').length;
  if (
    share(candidate) >= SWAP_SHARE &&
    filled >= 3 &&
    share(current) * numbered.length < filled * WEAK_SHARE
  ) {
    roles[current] = 'ignore';
    roles[candidate] = 'status';
    return { ...map, roles };
  }
  return map;
}

const NUMBER_SHARE = 0.5;

/**
 * Checks the number column against the rows under it. A first column of section labels ("5. The Complaint
 * Handling Process", merged down or repeated) may be headed "Section" beside a "Provision" column, or carry the
 * only number heading: the column that holds provision numbers on most rows is the number column, and the
 * section labels are set aside, so a row's own number is never lost to its section's.
 */
export function refineNumberColumn(map: ColumnMap, rows: readonly DocCell[][]): ColumnMap {
  const candidates = map.roles.flatMap((r, i) => (r === 'number' || r === 'ignore' ? [i] : []));
  const numberCols = indexes(map.roles, 'number');
  if (numberCols.length === 0 || rows.length < 2) return map;
  const share = (col: number): number =>
    rows.filter((r) => r[col]?.spanned !== 'column' && findProvisionNumber(r[col]?.text ?? '') !== null).length / rows.length;
  const best = candidates.reduce((a, b) => (share(b) > share(a) ? b : a), numberCols[0] ?? -1);
  if (numberCols.length === 1 && (best === numberCols[0] || share(best) < NUMBER_SHARE || share(numberCols[0] ?? -1) >= NUMBER_SHARE)) return map;
  const roles: ColumnRole[] = [...map.roles];
  for (const col of numberCols) roles[col] = 'ignore';
  roles[best] = 'number';
  return { ...map, roles };
}

function indexes(roles: readonly ColumnRole[], role: ColumnRole): number[] {
  return roles.flatMap((r, i) => (r === role ? [i] : []));
}
