import type { ProvisionDto, ProvisionRate } from '@app/contracts';
import { Link } from 'react-router';
import { bareTitle, percent } from '@web/features/analytics/utils/status-symbols';
import {
  type ProvisionIndexSort,
  ariaSort,
  nextSort,
  sortProvisionRates,
} from '../utils/provision-index-view-state';

interface Props {
  year: number;
  items: ProvisionRate[];
  /** The 2024 catalogue, for each provision's requirement text. */
  catalog: ProvisionDto[];
  sectionTitles: Record<number, string>;
  sort: ProvisionIndexSort;
  onSort: (sort: ProvisionIndexSort) => void;
}

/** Every provision with its non-compliance in the year; the column headers sort (by number, by rate). */
export function ProvisionIndexTable({ year, items, catalog, sectionTitles, sort, onSort }: Props) {
  const requirements = new Map(catalog.map((item) => [item.number, item.requirement]));
  const header = (column: 'number' | 'rate', text: string, className: string) => (
    <th scope="col" className={`govuk-table__header ${className}`} aria-sort={ariaSort(sort, column)}>
      <button
        type="button"
        className="app-sort-button"
        data-sort={column}
        onClick={() => onSort(nextSort(sort, column))}
      >
        {text}
      </button>
    </th>
  );
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table--compact" data-testid="provision-index">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Non-compliance by provision in {year}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header('number', 'Provision', 'app-col-narrow')}
            <th scope="col" className="govuk-table__header">
              Requirement
            </th>
            {header('rate', `No or partly, ${year}`, 'govuk-table__header--numeric')}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Landlords answering
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sortProvisionRates(items, sort).map((item) => (
            <tr className="govuk-table__row" key={item.provision} data-provision={item.provision}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/provisions/${item.provision}?year=${year}`}>
                  {item.provision}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <span className="govuk-!-font-weight-bold">{bareTitle(item.provision, item.title)}</span>
                <span className="govuk-body-s app-block app-secondary">
                  {item.section}. {sectionTitles[item.section] ?? `Section ${item.section}`}
                  {requirements.get(item.provision) ? ` · ${requirements.get(item.provision)}` : ''}
                </span>
              </td>
              <td
                className="govuk-table__cell govuk-table__cell--numeric"
                data-testid="provision-rate"
                data-non-compliant={item.nonCompliant}
                data-answered={item.answered}
              >
                {percent(item.rate)}
                {item.answered ? (
                  <span className="govuk-body-s app-block app-secondary">
                    {item.nonCompliant} of {item.answered}
                  </span>
                ) : null}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{item.answered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
