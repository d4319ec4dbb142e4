import type { LandlordProfileResponse } from '@app/contracts';
import { Link } from 'react-router';
import { StatusSymbol } from '@web/features/analytics/components/StatusSymbol';
import { bareTitle } from '@web/features/analytics/utils/status-symbols';
import { groupBySection } from '@web/features/compare/utils/provision-groups';

interface Props {
  profile: LandlordProfileResponse;
  sectionTitles: Record<number, string>;
}

/** Provisions down, years across: each year's answer, with years from a merged predecessor marked. */
export function YearsGrid({ profile, sectionTitles }: Props) {
  const years = [...profile.years].sort((a, b) => a.year - b.year);
  const groups = groupBySection(profile.provisions, sectionTitles);
  const merged = years.filter((year) => year.mergedFrom);
  return (
    <>
      <div
        className="app-heatmap app-heatmap--profile"
        tabIndex={0}
        role="region"
        aria-label="Answers by provision and year"
      >
        <table className="app-heatmap__table" data-testid="years-grid">
          <caption className="govuk-visually-hidden">
            Each row is a provision of the 2024 Code and each column a year.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="app-heatmap__corner">
                Provision
              </th>
              {years.map((year) => (
                <th scope="col" key={year.year} data-year={year.year}>
                  <Link className="govuk-link" to={`/submissions/${year.submissionId}`}>
                    {year.year}
                  </Link>
                  {year.mergedFrom ? <sup aria-hidden="true">*</sup> : null}
                  {year.codeVersion === '2022' ? (
                    <span className="app-block govuk-body-s">2022 Code</span>
                  ) : null}
                  {year.mergedFrom ? (
                    <span className="govuk-visually-hidden">
                      {' '}
                      (submitted by {year.mergedFrom.landlordName})
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.section}>
              <tr className="app-heatmap__group">
                <th scope="colgroup" colSpan={years.length + 1} className="app-heatmap__landlord">
                  {group.section}. {group.title}
                </th>
              </tr>
              {group.provisions.map((provision) => (
                <tr key={provision.provision}>
                  <th scope="row" className="app-heatmap__landlord">
                    <Link className="govuk-link" to={`/provisions/${provision.provision}`}>
                      {provision.provision}
                    </Link>{' '}
                    <span className="govuk-body-s">{bareTitle(provision.provision, provision.title)}</span>
                  </th>
                  {years.map((year) => {
                    const cell = profile.grid[String(year.year)]?.[provision.provision];
                    return (
                      <td key={year.year} className="app-heatmap__cell">
                        {cell ? (
                          <Link
                            className={`app-heatmap__button app-status--${cell.status}`}
                            to={`/submissions/${year.submissionId}?answer=${cell.answerId}`}
                          >
                            <StatusSymbol
                              status={cell.status}
                              caveat={Boolean(cell.caveat)}
                              flagged={Boolean(cell.flags?.length)}
                            />
                          </Link>
                        ) : (
                          <span className="app-secondary">
                            <span aria-hidden="true">·</span>
                            <span className="govuk-visually-hidden">No answer</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {merged.length ? (
        <p className="govuk-body-s" data-testid="merged-years">
          * Submitted before a merger by{' '}
          {merged.map((year) => `${year.mergedFrom!.landlordName} (${year.year})`).join(', ')}.
        </p>
      ) : null}
    </>
  );
}
