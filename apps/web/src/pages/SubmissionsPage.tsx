import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { Pagination } from '@web/components/Pagination';
import { useSession } from '@web/features/auth/hooks/useSession';
import { SubmissionFilters } from '@web/features/submissions/components/SubmissionFilters';
import { SubmissionsTable } from '@web/features/submissions/components/SubmissionsTable';
import { useSubmissions } from '@web/features/submissions/hooks/useSubmissions';
import { groupByYear } from '@web/features/submissions/utils/group-by-year';
import { filtersFromParams, paramsFromFilters } from '@web/features/submissions/utils/list-filters';
import { usePageTitle } from '@web/lib/usePageTitle';

export function SubmissionsPage() {
  const { data: user } = useSession();
  const landlordView = user?.role === 'landlord';
  const title = landlordView ? 'Your submissions' : 'Submissions';
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const list = useSubmissions(filters);

  return (
    <>
      {landlordView && user?.landlordName ? (
        <span className="govuk-caption-l">{user.landlordName}</span>
      ) : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <Link to="/upload" draggable={false} className="govuk-button">
        Upload a self-assessment
      </Link>
      {!landlordView ? (
        <SubmissionFilters filters={filters} onChange={(next) => setParams(paramsFromFilters(next))} />
      ) : null}
      {list.isError ? <ErrorMessage error={list.error} action="load the submissions" /> : null}
      {list.isPending ? <Loading text="Loading submissions…" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="govuk-body">
          {landlordView
            ? 'You have not uploaded a self-assessment yet.'
            : 'No submissions match these filters.'}
        </p>
      ) : null}
      {list.data
        ? groupByYear(list.data.items).map((group) => (
            <SubmissionsTable
              key={group.year ?? 'unknown'}
              caption={group.heading}
              items={group.items}
              showLandlord={!landlordView}
            />
          ))
        : null}
      {list.data ? (
        <Pagination
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => setParams(paramsFromFilters({ ...filters, page }))}
        />
      ) : null}
    </>
  );
}
