import { CAVEAT_SYMBOL, percent } from '@web/features/analytics/utils/status-symbols';
import type { TrendBar } from '../utils/trend-series';
import { CompactTable } from '@web/components/CompactTable';

interface Props {
  provision: string;
  bars: TrendBar[];
  selectedYear?: number;
  onSelectYear: (year: number) => void;
}

/** The chart's numbers; each year's button lists the landlords behind it. */
export function TrendTable({ provision, bars, selectedYear, onSelectYear }: Props) {
  return (
    <CompactTable
      testId="trend-table"
      caption={<>Answers to provision {provision} by year</>}
      scroll={false}
      columns={[
        { label: 'Year' },
        { label: 'Landlords', numeric: true },
        { label: 'Yes', numeric: true },
        { label: 'Partly', numeric: true },
        { label: 'No', numeric: true },
        { label: 'Share yes', numeric: true },
        { label: 'Carried from' },
      ]}
    >
      {bars.map((bar) => (
        <tr
          className="govuk-table__row"
          key={bar.key}
          data-year={bar.year}
          data-group={bar.group ?? ''}
          data-caveat={bar.caveat}
        >
          <th scope="row" className="govuk-table__header">
            <button
              type="button"
              className="app-button-link"
              aria-pressed={selectedYear === bar.year}
              onClick={() => onSelectYear(bar.year)}
            >
              {bar.label}
              <span className="govuk-visually-hidden">: list the landlords</span>
            </button>
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric" data-field="landlords">
            {bar.landlords}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric" data-field="yes">
            {bar.counts.yes}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric" data-field="partial">
            {bar.counts.partial}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric" data-field="no">
            {bar.counts.no}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric" data-field="rate">
            {percent(bar.rate)}
          </td>
          <td className="govuk-table__cell govuk-body-s">
            {bar.caveat ? <span aria-hidden="true">{CAVEAT_SYMBOL} </span> : null}
            {bar.carriedFrom.join('; ') || '2024 Code'}
          </td>
        </tr>
      ))}
    </CompactTable>
  );
}
