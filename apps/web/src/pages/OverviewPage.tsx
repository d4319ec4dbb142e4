import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { SampleDataTag } from '@web/components/SampleDataTag';
import { SelectField } from '@web/components/SelectField';
import { useOverview } from '@web/features/analytics/hooks/useOverview';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { ParamReader, writeParams } from '@web/features/analytics/utils/url-params';
import { DownloadMenu } from '@web/features/downloads/components/DownloadMenu';
import { answersCsvUrl, exportFileName } from '@web/features/downloads/utils/export-urls';
import { FlagCounts } from '@web/features/overview/components/FlagCounts';
import { HeadlineFigures } from '@web/features/overview/components/HeadlineFigures';
import { LargestChanges } from '@web/features/overview/components/LargestChanges';
import { MostNonCompliant } from '@web/features/overview/components/MostNonCompliant';
import { NonSubmitters } from '@web/features/overview/components/NonSubmitters';
import { usePageTitle } from '@web/lib/usePageTitle';

/** The analyst's home page: the sector in one year. */
export function OverviewPage() {
  const [params, setParams] = useSearchParams();
  const read = new ParamReader(params);
  const requestedYear = read.year();
  const overview = useOverview(requestedYear);
  const data = overview.data;
  usePageTitle(data ? `Sector overview ${data.year}` : 'Sector overview');

  return (
    <>
      <span className="govuk-caption-l">Sector overview</span>
      <h1 className="govuk-heading-l">{data ? `Self-assessments for ${data.year}` : 'Self-assessments'}</h1>
      <InvalidParams invalid={read.invalid} />
      {overview.isError ? <ErrorMessage error={overview.error} action="load the sector overview" /> : null}
      {overview.isPending ? <Loading text="Loading the sector overview…" /> : null}
      {data ? (
        <>
          <div className="app-toolbar">
            <SelectField
              id="overview-year"
              label="Year"
              value={String(data.year)}
              options={yearOptions(data.years.length ? data.years : [data.year])}
              onChange={(value) => setParams(writeParams({ year: value }))}
            />
            <DownloadMenu
              what="the answers for this year"
              links={[
                {
                  label: 'Every answer for this year (CSV)',
                  href: answersCsvUrl({ year: data.year }),
                  fileName: exportFileName(['answers', data.year], 'csv', new Date()),
                },
              ]}
            />
          </div>
          {data.includesSampleData ? (
            <p className="govuk-body" data-testid="sample-notice">
              <SampleDataTag /> These figures include generated sample landlords, not real ones.
            </p>
          ) : null}
          <HeadlineFigures overview={data} />
          <MostNonCompliant overview={data} />
          <h2 className="govuk-heading-m">Answers to check</h2>
          <FlagCounts overview={data} />
          <h2 className="govuk-heading-m">Largest changes since the year before</h2>
          <LargestChanges overview={data} />
          <h2 className="govuk-heading-m">Landlords that have not submitted</h2>
          <NonSubmitters overview={data} />
        </>
      ) : null}
    </>
  );
}
