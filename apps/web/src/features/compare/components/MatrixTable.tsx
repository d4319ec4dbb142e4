import type { MatrixResponse, MatrixRow } from '@app/contracts';
import { memo } from 'react';
import { Link } from 'react-router';
import { SampleDataTag } from '@web/components/SampleDataTag';
import { StatusSymbol } from '@web/features/analytics/components/StatusSymbol';
import { statusStyle } from '@web/features/analytics/utils/status-symbols';
import { groupBySection } from '../utils/provision-groups';
import type { SelectedCell } from '../utils/matrix-view-state';

interface Props {
  matrix: MatrixResponse;
  sectionTitles: Record<number, string>;
  selected?: SelectedCell;
  onSelect: (cell: SelectedCell) => void;
}

function nonCompliant(row: MatrixRow): number {
  return row.counts.no + row.counts.partial;
}

/** Landlords × provisions; the landlord column and the provision rows stay in view while the table scrolls. */
export const MatrixTable = memo(function MatrixTable({ matrix, sectionTitles, selected, onSelect }: Props) {
  const groups = groupBySection(matrix.provisions, sectionTitles);
  const provisions = groups.flatMap((group) => group.provisions);
  return (
    <div
      className="app-heatmap"
      tabIndex={0}
      role="region"
      aria-label={`Answers by landlord and provision, ${matrix.year}`}
    >
      <table className="app-heatmap__table" data-testid="matrix">
        <caption className="govuk-visually-hidden">
          Each row is a landlord and each column a provision of the 2024 Code; each cell gives the landlord's
          answer. Select a cell to read the answer.
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
          {matrix.rows.map((row) => (
            <tr key={row.landlordId} data-landlord-id={row.landlordId}>
              <th scope="row" className="app-heatmap__landlord">
                <Link className="govuk-link" to={`/landlords/${row.landlordId}`}>
                  {row.landlordName}
                </Link>
                {row.sample ? <SampleDataTag /> : null}
                {row.codeVersion === '2022' ? (
                  <span className="app-secondary govuk-body-s"> (2022 Code)</span>
                ) : null}
              </th>
              <td className="app-heatmap__count">{nonCompliant(row)}</td>
              {provisions.map((provision) => {
                const cell = row.cells[provision.provision];
                if (!cell) {
                  return (
                    <td key={provision.provision} className="app-heatmap__cell app-heatmap__cell--empty">
                      <span aria-hidden="true">·</span>
                      <span className="govuk-visually-hidden">No answer</span>
                    </td>
                  );
                }
                const isSelected =
                  selected?.landlordId === row.landlordId && selected.provision === provision.provision;
                return (
                  <td
                    key={provision.provision}
                    className={`app-heatmap__cell${isSelected ? ' app-heatmap__cell--selected' : ''}`}
                  >
                    <button
                      type="button"
                      className={`app-heatmap__button app-status--${statusStyle(cell.status).modifier}`}
                      aria-pressed={isSelected}
                      aria-label={`${row.landlordName}, ${provision.provision}: ${statusStyle(cell.status).label}${cell.caveat ? ', carried from the 2022 Code' : ''}`}
                      data-provision={provision.provision}
                      data-status={cell.status}
                      onClick={() => onSelect({ landlordId: row.landlordId, provision: provision.provision })}
                    >
                      <StatusSymbol status={cell.status} caveat={Boolean(cell.caveat)} />
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
