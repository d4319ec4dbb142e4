import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { SampleDataTag } from '@web/components/SampleDataTag';
import { useProvisionCatalog, useSectionTitles } from '@web/features/analytics/hooks/useCodeReference';
import { useProvisionIndex } from '@web/features/analytics/hooks/useProvisionIndex';
import { ProvisionIndexFilters } from '@web/features/provision/components/ProvisionIndexFilters';
import { ProvisionIndexTable } from '@web/features/provision/components/ProvisionIndexTable';
import {
  type ProvisionIndexViewState,
  paramsFromProvisionIndexState,
  provisionIndexQuery,
  provisionIndexStateFromParams,
} from '@web/features/provision/utils/provision-index-view-state';
import { usePageTitle } from '@web/lib/usePageTitle';

/** Every provision of the 2024 Code with its non-compliance in a year, sortable, all from the address. */
export function ProvisionsPage() {
  const [params, setParams] = useSearchParams();
  const { state, invalid } = provisionIndexStateFromParams(params);
  const index = useProvisionIndex(provisionIndexQuery(state));
  const catalog = useProvisionCatalog('2024');
  const sectionTitles = useSectionTitles();
  const data = index.data;
  usePageTitle(data ? `Provisions ${data.year}` : 'Provisions');
  const apply = (next: ProvisionIndexViewState) => setParams(paramsFromProvisionIndexState(next));

  return (
    <>
      <h1 className="govuk-heading-l">Provisions of the Complaint Handling Code</h1>
      <p className="govuk-body">
        Non-compliance is the share of landlords answering a provision in the year who said no or partly;
        answers to the 2022 Code count for the 2024 provisions they became. Open a provision to see how it
        moved over the years and who answered what.
      </p>
      <InvalidParams invalid={invalid} />
      {data ? (
        <ProvisionIndexFilters
          key={params.toString()}
          state={state}
          year={data.year}
          years={data.years.includes(data.year) ? data.years : [data.year, ...data.years]}
          onApply={apply}
        />
      ) : null}
      {index.isError ? <ErrorMessage error={index.error} action="load the provisions" /> : null}
      {index.isPending ? <Loading text="Loading the provisions…" /> : null}
      {data?.includesSampleData ? (
        <p className="govuk-body" data-testid="sample-notice">
          <SampleDataTag /> These figures include generated sample landlords, not real ones.
        </p>
      ) : null}
      {data ? (
        <ProvisionIndexTable
          year={data.year}
          items={data.provisions}
          catalog={catalog.data ?? []}
          sectionTitles={sectionTitles}
          sort={state.sort}
          onSort={(sort) => apply({ ...state, year: data.year, sort })}
        />
      ) : null}
    </>
  );
}
