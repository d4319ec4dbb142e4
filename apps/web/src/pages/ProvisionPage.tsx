import { useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { SelectField } from '@web/components/SelectField';
import { useCrosswalk, useProvisionCatalog } from '@web/features/analytics/hooks/useCodeReference';
import { useOverview } from '@web/features/analytics/hooks/useOverview';
import { useTrend, useTrendLandlords, useYearPair } from '@web/features/analytics/hooks/useTrend';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { CAVEAT_SYMBOL, bareTitle } from '@web/features/analytics/utils/status-symbols';
import { ChartFigure } from '@web/features/charts/components/ChartFigure';
import { StackedShareChart } from '@web/features/charts/components/lazy-charts';
import { DownloadMenu } from '@web/features/downloads/components/DownloadMenu';
import {
  exportFileName,
  provisionAnswersCsvUrl,
  provisionReportUrl,
  trendExportUrl,
} from '@web/features/downloads/utils/export-urls';
import { ProvisionLandlords } from '@web/features/provision/components/ProvisionLandlords';
import { ProvisionMovers } from '@web/features/provision/components/ProvisionMovers';
import { ProvisionOrigin } from '@web/features/provision/components/ProvisionOrigin';
import { TrendFilters } from '@web/features/provision/components/TrendFilters';
import { TrendTable } from '@web/features/provision/components/TrendTable';
import {
  LIST_ANSWERS,
  type ProvisionViewState,
  paramsFromProvisionState,
  provisionStateFromParams,
  trendLandlordsQuery,
  trendQuery,
} from '@web/features/provision/utils/provision-view-state';
import { caveatYears, trendBars, trendSummary } from '@web/features/provision/utils/trend-series';
import { peerGroupOf } from '@web/features/analytics/utils/peer-group';
import { usePageTitle } from '@web/lib/usePageTitle';
import { NotFoundPage } from './NotFoundPage';

const ANSWER_TEXT = { no: 'No', partial: 'Partly', yes: 'Yes' } as const;

/** One provision over the years: requirement, origin, trend, and the landlords behind each year. */
export function ProvisionPage() {
  const { provision = '' } = useParams<{ provision: string }>();
  const [params, setParams] = useSearchParams();
  const { state, invalid } = provisionStateFromParams(params);
  const apply = (next: ProvisionViewState) =>
    setParams(paramsFromProvisionState(next), { preventScrollReset: true });
  const catalog = useProvisionCatalog('2024');
  const catalog2022 = useProvisionCatalog('2022');
  const crosswalk = useCrosswalk();
  const overview = useOverview(undefined);
  const trendFilters = trendQuery(state);
  const trend = useTrend(provision, trendFilters);
  const entry = catalog.data?.find((item) => item.number === provision);
  const title = entry
    ? bareTitle(provision, entry.shortTitle)
    : trend.data
      ? bareTitle(provision, trend.data.title)
      : `Provision ${provision}`;
  usePageTitle(`${provision} ${title}`);

  const bars = trend.data ? trendBars(trend.data, state.groupBy) : [];
  const years = overview.data?.years ?? [...new Set(bars.map((bar) => bar.year))].sort((a, b) => b - a);
  const year = state.year ?? Math.max(...bars.map((bar) => bar.year), 0);
  const listQuery = year > 0 ? trendLandlordsQuery(state, year) : null;
  const landlords = useTrendLandlords(provision, listQuery);
  const pair = useYearPair(provision, year > 0 ? { year, ...peerGroupOf(state) } : null);

  if (catalog.data && !entry) return <NotFoundPage />;
  const marked = caveatYears(bars);
  const answers = provisionAnswersCsvUrl(provision, state);
  const fileParts = [
    provision,
    state.landlordType,
    state.region,
    state.sizeBand,
    state.groupBy === 'none' ? undefined : `by-${state.groupBy}`,
  ];

  return (
    <>
      <span className="govuk-caption-l">Provision {provision}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <InvalidParams invalid={invalid} />
      <ProvisionOrigin
        provision={entry}
        number={provision}
        crosswalk={crosswalk.data ?? []}
        provisions2022={catalog2022.data ?? []}
      />
      <TrendFilters key={params.toString()} state={state} years={years} onApply={apply} />
      <DownloadMenu
        what="this provision"
        links={[
          {
            label: 'Report (PDF)',
            href: provisionReportUrl(provision, trendFilters),
            fileName: exportFileName(['provision', ...fileParts], 'pdf', new Date()),
          },
          {
            label: 'Trend spreadsheet (XLSX)',
            href: trendExportUrl(provision, 'xlsx', trendFilters),
            fileName: exportFileName(['trend', ...fileParts], 'xlsx', new Date()),
          },
          {
            label: 'Trend table (CSV)',
            href: trendExportUrl(provision, 'csv', trendFilters),
            fileName: exportFileName(['trend', ...fileParts], 'csv', new Date()),
          },
          {
            label: answers.allYears
              ? 'Every answer to this provision, all years (CSV)'
              : `Every answer to this provision in ${state.from} (CSV)`,
            href: answers.href,
            fileName: exportFileName(
              ['answers', ...fileParts, answers.allYears ? undefined : state.from],
              'csv',
              new Date(),
            ),
          },
        ]}
      />
      {trend.isError ? <ErrorMessage error={trend.error} action="load the trend" /> : null}
      {trend.isPending ? <Loading text="Loading the trend…" /> : null}
      {trend.data ? (
        <ChartFigure
          title="Answers over the years"
          summary={trendSummary(provision, bars)}
          chart={
            <StackedShareChart
              bars={bars}
              onSelectYear={(selected) => apply({ ...state, year: selected, page: 1 })}
            />
          }
          table={
            <TrendTable
              provision={provision}
              bars={bars}
              selectedYear={year}
              onSelectYear={(selected) => apply({ ...state, year: selected, page: 1 })}
            />
          }
          note={
            <>
              Shares of the landlords that answered yes, partly or no; other answers are left out. Select a
              bar to list its landlords.
              {marked.length ? (
                <span className="app-block" data-testid="caveat-legend">
                  <strong>{CAVEAT_SYMBOL}</strong> {marked.join(', ')}: answers given to the 2022 Code,
                  carried to this provision through a changed requirement. Compare with care.
                </span>
              ) : null}
            </>
          }
          testId="trend"
        />
      ) : null}

      {year > 0 ? (
        <section aria-labelledby="landlords-heading">
          <h2 className="govuk-heading-m" id="landlords-heading">
            Landlords answering {ANSWER_TEXT[state.answer].toLowerCase()} in {year}
          </h2>
          <div className="app-toolbar">
            <SelectField
              id="list-year"
              label="Year"
              value={String(year)}
              options={yearOptions(years.length ? years : [year])}
              onChange={(value) => apply({ ...state, year: Number(value), page: 1 })}
            />
            <SelectField
              id="list-answer"
              label="Answer"
              value={state.answer}
              options={LIST_ANSWERS.map((answer) => ({ value: answer, text: ANSWER_TEXT[answer] }))}
              onChange={(value) =>
                apply({ ...state, answer: value as ProvisionViewState['answer'], page: 1 })
              }
            />
          </div>
          {landlords.isError ? <ErrorMessage error={landlords.error} action="load the landlords" /> : null}
          {landlords.isPending ? <Loading text="Loading the landlords…" /> : null}
          {landlords.data ? (
            <ProvisionLandlords result={landlords.data} onPage={(page) => apply({ ...state, page })} />
          ) : null}
          <h2 className="govuk-heading-m">Changes since {year - 1}</h2>
          {pair.current.data && pair.before.data ? (
            <ProvisionMovers year={year} previous={pair.before.data} current={pair.current.data} />
          ) : (
            <Loading text="Comparing with the year before…" />
          )}
        </section>
      ) : null}
    </>
  );
}
