import { Link } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { useProvisionCatalog, useSectionTitles } from '@web/features/analytics/hooks/useCodeReference';
import { useOverview } from '@web/features/analytics/hooks/useOverview';
import { bareTitle, percent } from '@web/features/analytics/utils/status-symbols';
import { compareProvisions } from '@web/features/compare/utils/provision-groups';
import { usePageTitle } from '@web/lib/usePageTitle';

/** Every provision of the 2024 Code by section, with the latest year's non-compliance. */
export function ProvisionsPage() {
  usePageTitle('Provisions');
  const catalog = useProvisionCatalog('2024');
  const overview = useOverview(undefined);
  const sectionTitles = useSectionTitles();
  const rates = new Map((overview.data?.mostNonCompliant ?? []).map((item) => [item.provision, item]));
  const sections = [...new Set((catalog.data ?? []).map((item) => item.section))].sort((a, b) => a - b);
  const year = overview.data?.year;

  return (
    <>
      <h1 className="govuk-heading-l">Provisions of the Complaint Handling Code</h1>
      <p className="govuk-body">
        Open a provision to see how landlords have answered it over the years
        {year
          ? `. Non-compliance is the share of landlords that answered in ${year} who said no or partly; it is shown for the ten provisions where most landlords did.`
          : '.'}
      </p>
      {catalog.isError ? <ErrorMessage error={catalog.error} action="load the provisions" /> : null}
      {catalog.isPending ? <Loading text="Loading the provisions…" /> : null}
      {sections.map((section) => (
        <div className="app-table-scroll" key={section}>
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {section}. {sectionTitles[section] ?? `Section ${section}`}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header app-col-narrow">
                  Provision
                </th>
                <th scope="col" className="govuk-table__header">
                  Requirement
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Non-compliance{year ? ` ${year}` : ''}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {(catalog.data ?? [])
                .filter((item) => item.section === section)
                .sort((a, b) => compareProvisions(a.number, b.number))
                .map((item) => {
                  const rate = rates.get(item.number);
                  return (
                    <tr className="govuk-table__row" key={item.number} data-provision={item.number}>
                      <th scope="row" className="govuk-table__header">
                        <Link className="govuk-link" to={`/provisions/${item.number}`}>
                          {item.number}
                        </Link>
                      </th>
                      <td className="govuk-table__cell">
                        <span className="govuk-!-font-weight-bold">
                          {bareTitle(item.number, item.shortTitle)}
                        </span>
                        <span className="govuk-body-s app-block app-secondary">{item.requirement}</span>
                      </td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        {rate ? `${percent(rate.rate)} (${rate.nonCompliant} of ${rate.answered})` : '–'}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
