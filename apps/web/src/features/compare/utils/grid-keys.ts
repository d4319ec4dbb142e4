/** A cell of the heat map's data area: row index among landlords, column index among provisions. */
export interface GridPosition {
  row: number;
  col: number;
}

export type GridKeyAction = { type: 'move'; to: GridPosition } | { type: 'open' };

/** Rows a Page Up / Page Down moves. */
export const GRID_PAGE_ROWS = 10;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * What a key pressed on a heat-map cell does (WAI-ARIA grid pattern): arrows move one cell, Home/End to the
 * row's first/last cell (with Ctrl: the grid's), Page Up/Down ten rows, Enter/Space open the answer.
 * Null for keys the grid leaves alone (Tab leaves the grid; moves stop at the edges).
 */
export function gridKeyAction(
  key: string,
  at: GridPosition,
  size: { rows: number; cols: number },
  ctrlKey = false,
): GridKeyAction | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const move = (row: number, col: number): GridKeyAction => ({
    type: 'move',
    to: { row: clamp(row, lastRow), col: clamp(col, lastCol) },
  });
  switch (key) {
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'Home':
      return ctrlKey ? move(0, 0) : move(at.row, 0);
    case 'End':
      return ctrlKey ? move(lastRow, lastCol) : move(at.row, lastCol);
    case 'PageDown':
      return move(at.row + GRID_PAGE_ROWS, at.col);
    case 'PageUp':
      return move(at.row - GRID_PAGE_ROWS, at.col);
    case 'Enter':
    case ' ':
      return { type: 'open' };
    default:
      return null;
  }
}

/** The cell that takes Tab into the grid: the selected one when it is on this page, else the first. */
export function initialGridPosition(
  selected: GridPosition | null,
  size: { rows: number; cols: number },
): GridPosition {
  if (
    selected &&
    selected.row >= 0 &&
    selected.row < size.rows &&
    selected.col >= 0 &&
    selected.col < size.cols
  )
    return selected;
  return { row: 0, col: 0 };
}
