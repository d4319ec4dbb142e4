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

function indexes(roles: readonly ColumnRole[], role: ColumnRole): number[] {
  return roles.flatMap((r, i) => (r === role ? [i] : []));
}
