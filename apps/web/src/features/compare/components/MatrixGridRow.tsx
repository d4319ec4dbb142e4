import {
  CONSISTENCY_FLAG_LABELS,
  type MatrixCell,
  type MatrixProvision,
  type MatrixRow,
} from '@app/contracts';
import { memo } from 'react';
import { Link } from 'react-router';
import { SampleDataTag } from '@web/components/SampleDataTag';
import { CAVEAT_SYMBOL, FLAG_SYMBOL, statusStyle } from '@web/features/analytics/utils/status-symbols';
import type { SelectedCell } from '../utils/matrix-view-state';

interface Props {
  row: MatrixRow;
  rowIndex: number;
  provisions: MatrixProvision[];
  /** Column of the selected cell in this row, or -1. */
  selectedCol: number;
  /** Column of the cell that takes Tab into the grid, in this row, or -1 (roving tabindex). */
  activeCol: number;
  onSelect: (cell: SelectedCell) => void;
}

/** What a cell's button says to a screen reader: landlord, provision, status and any caveat or flags. */
export function cellLabel(landlordName: string, provision: string, cell: MatrixCell): string {
  const caveat = cell.caveat ? ', carried from the 2022 Code, compare with care' : '';
  const flags = cell.flags?.length
    ? `, flagged: ${cell.flags.map((flag) => CONSISTENCY_FLAG_LABELS[flag as keyof typeof CONSISTENCY_FLAG_LABELS] ?? flag).join(', ')}`
    : '';
  return `${landlordName}, ${provision}: ${statusStyle(cell.status).label}${caveat}${flags}`;
}

function nonCompliant(row: MatrixRow): number {
  return row.counts.no + row.counts.partial;
}

/** One landlord's row of the heat map; re-rendered only when its own selection or focus changes. */
export const MatrixGridRow = memo(function MatrixGridRow({
  row,
  rowIndex,
  provisions,
  selectedCol,
  activeCol,
  onSelect,
}: Props) {
  return (
    <tr data-landlord-id={row.landlordId}>
      <th scope="row" className="app-heatmap__landlord">
        <Link className="govuk-link" to={`/landlords/${row.landlordId}`}>
          {row.landlordName}
        </Link>
        {row.sample ? <SampleDataTag /> : null}
        {row.codeVersion === '2022' ? <span className="app-secondary govuk-body-s"> (2022 Code)</span> : null}
      </th>
      <td className="app-heatmap__count">{nonCompliant(row)}</td>
      {provisions.map((provision, col) => {
        const cell = row.cells[provision.provision];
        const tabIndex = col === activeCol ? 0 : -1;
        if (!cell) {
          return (
            <td
              key={provision.provision}
              className="app-heatmap__cell app-heatmap__cell--empty"
              tabIndex={tabIndex}
              data-grid-row={rowIndex}
              data-grid-col={col}
            >
              <span aria-hidden="true">·</span>
              <span className="govuk-visually-hidden">
                {row.landlordName}, {provision.provision}: no answer
              </span>
            </td>
          );
        }
        const isSelected = col === selectedCol;
        return (
          <td
            key={provision.provision}
            className={`app-heatmap__cell${isSelected ? ' app-heatmap__cell--selected' : ''}`}
          >
            <button
              type="button"
              className={`app-heatmap__button app-status--${statusStyle(cell.status).modifier}`}
              tabIndex={tabIndex}
              aria-pressed={isSelected}
              aria-label={cellLabel(row.landlordName, provision.provision, cell)}
              data-provision={provision.provision}
              data-status={cell.status}
              data-flags={cell.flags?.join(' ') || undefined}
              data-grid-row={rowIndex}
              data-grid-col={col}
              onClick={() => onSelect({ landlordId: row.landlordId, provision: provision.provision })}
            >
              {/* The label names the status; the letter is all a cell draws (3,600 per page, so no hidden text). */}
              {statusStyle(cell.status).symbol}
              {cell.caveat ? CAVEAT_SYMBOL : ''}
              {cell.flags?.length ? FLAG_SYMBOL : ''}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
