import type { MatrixResponse } from '@app/contracts';
import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link } from 'react-router';
import { type GridPosition, gridKeyAction, initialGridPosition } from '../utils/grid-keys';
import type { SelectedCell } from '../utils/matrix-view-state';
import { groupBySection } from '../utils/provision-groups';
import { MatrixGridRow } from './MatrixGridRow';

interface Props {
  matrix: MatrixResponse;
  sectionTitles: Record<number, string>;
  selected?: SelectedCell;
  onSelect: (cell: SelectedCell) => void;
}

function positionOf(element: Element | null): GridPosition | null {
  const cell = element?.closest<HTMLElement>('[data-grid-row]');
  if (!cell) return null;
  return { row: Number(cell.dataset['gridRow']), col: Number(cell.dataset['gridCol']) };
}

function cellAt(box: HTMLElement | null, at: GridPosition): HTMLElement | null {
  return box?.querySelector<HTMLElement>(`[data-grid-row="${at.row}"][data-grid-col="${at.col}"]`) ?? null;
}

/** Scrolls the box so a focused cell is not hidden under the sticky landlord column or header rows. */
function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const boxRect = box.getBoundingClientRect();
  const cellRect = cell.getBoundingClientRect();
  const stickyLeft = box.querySelector('.app-heatmap__corner')?.getBoundingClientRect().width ?? 0;
  const stickyTop = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  if (cellRect.left < boxRect.left + stickyLeft) box.scrollLeft -= boxRect.left + stickyLeft - cellRect.left;
  else if (cellRect.right > boxRect.right) box.scrollLeft += cellRect.right - boxRect.right;
  if (cellRect.top < boxRect.top + stickyTop) box.scrollTop -= boxRect.top + stickyTop - cellRect.top;
  else if (cellRect.bottom > boxRect.bottom) box.scrollTop += cellRect.bottom - boxRect.bottom;
}

/**
 * Landlords × provisions as a keyboard grid (one tab stop; arrows, Home/End, Page Up/Down move; Enter or Space
 * opens the answer). The landlord column and the provision rows stay in view while the table scrolls.
 */
export const MatrixTable = memo(function MatrixTable({ matrix, sectionTitles, selected, onSelect }: Props) {
  const groups = useMemo(
    () => groupBySection(matrix.provisions, sectionTitles),
    [matrix.provisions, sectionTitles],
  );
  const provisions = useMemo(() => groups.flatMap((group) => group.provisions), [groups]);
  const box = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<GridPosition | null>(null);
  // The page passes a new callback on every render; the rows get one that never changes, so a selection
  // redraws only the rows it touches.
  const latestOnSelect = useRef(onSelect);
  latestOnSelect.current = onSelect;
  const select = useCallback((cell: SelectedCell) => latestOnSelect.current(cell), []);
  const size = { rows: matrix.rows.length, cols: provisions.length };
  const selectedRow = selected ? matrix.rows.findIndex((row) => row.landlordId === selected.landlordId) : -1;
  const selectedCol = selected ? provisions.findIndex((p) => p.provision === selected.provision) : -1;
  const selectedAt = selectedRow >= 0 && selectedCol >= 0 ? { row: selectedRow, col: selectedCol } : null;
  const active = initialGridPosition(focused ?? selectedAt, size);

  // Opening an answer narrows the box (the panel takes its side), and a pasted address may select a cell far
  // from the start: either way the selected cell is scrolled clear of the sticky column and headers.
  useLayoutEffect(() => {
    const target = cellAt(box.current, { row: selectedRow, col: selectedCol });
    if (target && box.current) revealCell(box.current, target);
  }, [matrix, selectedRow, selectedCol]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const at = positionOf(event.target as Element);
    if (!at) return;
    const action = gridKeyAction(event.key, at, size, event.ctrlKey || event.metaKey);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'open') {
      const row = matrix.rows[at.row];
      const provision = provisions[at.col];
      if (row && provision && row.cells[provision.provision])
        select({ landlordId: row.landlordId, provision: provision.provision });
      return;
    }
    setFocused(action.to);
    const target = cellAt(box.current, action.to);
    if (target && box.current) {
      target.focus({ preventScroll: true });
      revealCell(box.current, target);
    }
  };
  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const at = positionOf(event.target);
    if (at && (at.row !== active.row || at.col !== active.col)) setFocused(at);
  };

  return (
    <div
      ref={box}
      className="app-heatmap"
      tabIndex={0}
      role="region"
      aria-label={`Answers by landlord and provision, ${matrix.year}`}
    >
      <table
        className="app-heatmap__table"
        data-testid="matrix"
        role="grid"
        aria-readonly="true"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <caption className="govuk-visually-hidden">
          Each row is a landlord and each column a provision of the 2024 Code; each cell gives the landlord's
          answer. Move between cells with the arrow keys, Home and End; press Enter to read the answer.
        </caption>
        <thead>
          <tr className="app-heatmap__sections">
            <th scope="col" rowSpan={2} className="app-heatmap__corner">
              Landlord
            </th>
            <th scope="col" rowSpan={2} className="app-heatmap__count">
              No or partly
            </th>
            {groups.map((group) => (
              <th
                scope="colgroup"
                colSpan={group.provisions.length}
                key={group.section}
                className="app-heatmap__section"
                title={group.title}
              >
                {group.section}. {group.provisions.length > 2 ? group.title : ''}
              </th>
            ))}
          </tr>
          <tr className="app-heatmap__provisions">
            {provisions.map((provision) => (
              <th scope="col" key={provision.provision} title={provision.title}>
                <Link className="govuk-link" to={`/provisions/${provision.provision}?year=${matrix.year}`}>
                  {provision.provision}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, rowIndex) => (
            <MatrixGridRow
              key={row.landlordId}
              row={row}
              rowIndex={rowIndex}
              provisions={provisions}
              selectedCol={rowIndex === selectedRow ? selectedCol : -1}
              activeCol={rowIndex === active.row ? active.col : -1}
              onSelect={select}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});
