import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { Pagination } from '@web/components/Pagination';
import { StatusLegend } from '@web/features/analytics/components/StatusLegend';
import { useSectionTitles } from '@web/features/analytics/hooks/useCodeReference';
import { useMatrix } from '@web/features/analytics/hooks/useMatrix';
import { useOverview } from '@web/features/analytics/hooks/useOverview';
import { AnswerPanel } from '@web/features/compare/components/AnswerPanel';
import { MatrixFilters } from '@web/features/compare/components/MatrixFilters';
import { MatrixTable } from '@web/features/compare/components/MatrixTable';
import {
  type MatrixViewState,
  matrixQuery,
  matrixStateFromParams,
  paramsFromMatrixState,
} from '@web/features/compare/utils/matrix-view-state';
import { DownloadMenu } from '@web/features/downloads/components/DownloadMenu';
import {
  exportFileName,
  matrixAnswersCsvUrl,
  matrixExportUrl,
} from '@web/features/downloads/utils/export-urls';
import { usePageTitle } from '@web/lib/usePageTitle';

/** Landlords × provisions for one year, filtered and sorted from the address. */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const { state, invalid } = matrixStateFromParams(params);
  const latest = useOverview(undefined, state.year === undefined);
  const year = state.year ?? latest.data?.years[0] ?? latest.data?.year;
  const query = year === undefined ? null : matrixQuery(state, year);
  const matrix = useMatrix(query);
  const sectionTitles = useSectionTitles();
  usePageTitle(year ? `Compare landlords ${year}` : 'Compare landlords');
  const apply = (next: MatrixViewState) => setParams(paramsFromMatrixState(next));

  const data = matrix.data;
  const selectedRow = state.cell
    ? data?.rows.find((row) => row.landlordId === state.cell!.landlordId)
    : undefined;
  const selectedProvision = state.cell
    ? data?.provisions.find((provision) => provision.provision === state.cell!.provision)
    : undefined;
  const years = latest.data?.years ?? (year ? [year] : []);
  const sections = Object.entries(sectionTitles).map(([number, title]) => ({
    number: Number(number),
    title,
  }));
  // A placeholder page is the previous view's: its columns may belong to another section.
  const shownProvisions = matrix.isPlaceholderData ? undefined : data?.provisions.map((p) => p.provision);
  const answersUrl = query ? matrixAnswersCsvUrl(query, shownProvisions) : undefined;
  const fileParts = [
    'matrix',
    year,
    state.landlordType,
    state.region,
    state.sizeBand,
    state.section ? `section-${state.section}` : undefined,
    state.status,
  ];

  return (
    <>
      <h1 className="govuk-heading-l">Compare landlords{year ? ` in ${year}` : ''}</h1>
      <InvalidParams invalid={invalid} />
      {year !== undefined ? (
        <MatrixFilters
          key={params.toString()}
          state={state}
          year={year}
          years={years.includes(year) ? years : [year, ...years]}
          sections={sections}
          onApply={apply}
        />
      ) : null}
      {query ? (
        <DownloadMenu
          what="this comparison"
          links={[
            {
              label: 'Spreadsheet (XLSX)',
              href: matrixExportUrl('xlsx', query),
              fileName: exportFileName(fileParts, 'xlsx', new Date()),
            },
            {
              label: 'Table (CSV)',
              href: matrixExportUrl('csv', query),
              fileName: exportFileName(fileParts, 'csv', new Date()),
            },
            ...(answersUrl
              ? [
                  {
                    label: 'Every answer with evidence and commentary (CSV)',
                    href: answersUrl,
                    fileName: exportFileName(['answers', ...fileParts.slice(1)], 'csv', new Date()),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      {latest.isError ? <ErrorMessage error={latest.error} action="find the latest year" /> : null}
      {matrix.isError ? <ErrorMessage error={matrix.error} action="load the comparison" /> : null}
      {(query && matrix.isPending) || (!query && latest.isPending) ? (
        <Loading text="Loading the comparison…" />
      ) : null}
      {data ? (
        <>
          <StatusLegend flagged />
          <p className="govuk-body" role="status" data-testid="matrix-total">
            {data.total === 0
              ? 'No landlord matches these filters.'
              : `Showing ${(data.page - 1) * data.pageSize + 1} to ${Math.min(data.page * data.pageSize, data.total)} of ${data.total.toLocaleString('en-GB')} landlords.`}
          </p>
          <div className={`app-compare${selectedRow && selectedProvision ? ' app-compare--with-panel' : ''}`}>
            <MatrixTable
              matrix={data}
              sectionTitles={sectionTitles}
              selected={state.cell}
              onSelect={(cell) => apply({ ...state, cell })}
            />
            {selectedRow && selectedProvision ? (
              <AnswerPanel
                year={data.year}
                row={selectedRow}
                provision={selectedProvision}
                cell={selectedRow.cells[selectedProvision.provision]}
                onClose={() => apply({ ...state, cell: undefined })}
              />
            ) : null}
          </div>
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={(page) => apply({ ...state, page, cell: undefined })}
          />
        </>
      ) : null}
    </>
  );
}
