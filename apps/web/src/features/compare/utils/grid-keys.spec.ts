import { describe, expect, it } from 'vitest';
import { GRID_PAGE_ROWS, gridKeyAction, initialGridPosition } from './grid-keys';

const size = { rows: 30, cols: 5 };
const to = (row: number, col: number) => ({ type: 'move', to: { row, col } });

describe('heat-map grid keys', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(gridKeyAction('ArrowRight', { row: 2, col: 1 }, size)).toEqual(to(2, 2));
    expect(gridKeyAction('ArrowLeft', { row: 2, col: 1 }, size)).toEqual(to(2, 0));
    expect(gridKeyAction('ArrowDown', { row: 2, col: 1 }, size)).toEqual(to(3, 1));
    expect(gridKeyAction('ArrowUp', { row: 2, col: 1 }, size)).toEqual(to(1, 1));
    expect(gridKeyAction('ArrowLeft', { row: 0, col: 0 }, size)).toEqual(to(0, 0));
    expect(gridKeyAction('ArrowUp', { row: 0, col: 3 }, size)).toEqual(to(0, 3));
    expect(gridKeyAction('ArrowRight', { row: 4, col: 4 }, size)).toEqual(to(4, 4));
    expect(gridKeyAction('ArrowDown', { row: 29, col: 4 }, size)).toEqual(to(29, 4));
  });

  it('goes to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(gridKeyAction('Home', { row: 7, col: 3 }, size)).toEqual(to(7, 0));
    expect(gridKeyAction('End', { row: 7, col: 1 }, size)).toEqual(to(7, 4));
    expect(gridKeyAction('Home', { row: 7, col: 3 }, size, true)).toEqual(to(0, 0));
    expect(gridKeyAction('End', { row: 7, col: 1 }, size, true)).toEqual(to(29, 4));
  });

  it('moves a page of rows with Page Up and Page Down, clamped', () => {
    expect(gridKeyAction('PageDown', { row: 2, col: 2 }, size)).toEqual(to(2 + GRID_PAGE_ROWS, 2));
    expect(gridKeyAction('PageDown', { row: 25, col: 2 }, size)).toEqual(to(29, 2));
    expect(gridKeyAction('PageUp', { row: 5, col: 2 }, size)).toEqual(to(0, 2));
  });

  it('opens the answer with Enter or Space and leaves other keys alone', () => {
    expect(gridKeyAction('Enter', { row: 1, col: 1 }, size)).toEqual({ type: 'open' });
    expect(gridKeyAction(' ', { row: 1, col: 1 }, size)).toEqual({ type: 'open' });
    expect(gridKeyAction('Tab', { row: 1, col: 1 }, size)).toBeNull();
    expect(gridKeyAction('a', { row: 1, col: 1 }, size)).toBeNull();
    expect(gridKeyAction('ArrowDown', { row: 0, col: 0 }, { rows: 0, cols: 5 })).toBeNull();
  });

  it('enters the grid at the selected cell when it is on the page, else at the first', () => {
    expect(initialGridPosition({ row: 3, col: 2 }, size)).toEqual({ row: 3, col: 2 });
    expect(initialGridPosition(null, size)).toEqual({ row: 0, col: 0 });
    expect(initialGridPosition({ row: 40, col: 2 }, size)).toEqual({ row: 0, col: 0 });
    expect(initialGridPosition({ row: -1, col: 0 }, size)).toEqual({ row: 0, col: 0 });
  });
});
