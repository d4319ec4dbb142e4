import { CHECK_KINDS, type CheckQuery, FLAG_REVIEW_STATES } from '@app/contracts';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { Pagination } from '@web/components/Pagination';
import { FilterSelects } from '@web/components/FilterSelects';
import { type BindOptions, bindFilter } from '@web/features/analytics/utils/bind-filter';
import {
  FLAG_OPTIONS,
  landlordOptions,
  provisionOptions,
  recentYearOptions,
} from '@web/features/analytics/utils/filter-options';
import { writeParams } from '@web/features/analytics/utils/url-params';
import { useProvisionCatalog } from '@web/features/analytics/hooks/useCodeReference';
import { CheckItemCard } from '@web/features/checks/components/CheckItemCard';
import { useChecks } from '@web/features/checks/hooks/useChecks';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { readCheckParams } from '@web/features/checks/utils/check-params';
import { usePageTitle } from '@web/lib/usePageTitle';

const KIND_TEXT = { flag: 'Consistency flags', low_confidence: 'Low-confidence readings' } as const;
const KIND_OPTIONS = CHECK_KINDS.map((kind) => ({ value: kind, text: KIND_TEXT[kind] }));
const STATE_TEXT = { open: 'To check', confirmed: 'Confirmed', dismissed: 'Dismissed' } as const;
const STATE_OPTIONS = FLAG_REVIEW_STATES.map((state) => ({ value: state, text: STATE_TEXT[state] }));
/** The year is a number; the queue shows open items unless asked otherwise. */
const FIELD_OPTIONS: Partial<Record<keyof CheckQuery, BindOptions>> = {
  year: { parse: Number },
  state: { fallback: 'open' },
};

/** The analysts' check queue: flagged answers and low-confidence rows, newest first, each beside its place in the document. */
export function ChecksPage() {
  usePageTitle('Check queue');
  const [params, setParams] = useSearchParams();
  const { query, reader } = readCheckParams(params);
  const checks = useChecks({ ...query, pageSize: 25 });
  const provisions = useProvisionCatalog('2024');
  const landlords = useLandlords();
  const update = (changes: Partial<CheckQuery>) =>
    setParams(writeParams({ ...query, page: undefined, ...changes }));
  const filter = bindFilter(query, update);

  return (
    <>
      <h1 className="govuk-heading-l">Check queue</h1>
      <p className="govuk-body">
        Answers that deserve a second look, newest submissions first. Confirm a flag that stands, dismiss one
        that does not (say why), or open the answer in its document to correct it.
      </p>
      <InvalidParams invalid={reader.invalid} />
      <div className="app-filters">
        <FilterSelects
          selects={[
            { name: 'kind', label: 'Kind', options: KIND_OPTIONS, anyText: 'Both' },
            { name: 'flag', label: 'Flag', options: FLAG_OPTIONS, anyText: 'Any' },
            {
              name: 'provision',
              label: 'Provision (2024)',
              options: provisionOptions(provisions.data),
              anyText: 'Any',
            },
            {
              name: 'landlordId',
              id: 'landlord',
              label: 'Landlord',
              options: landlordOptions(landlords.data),
              anyText: 'Any',
            },
            { name: 'year', label: 'Year', options: recentYearOptions(), anyText: 'Any' },
            { name: 'state', label: 'State', options: STATE_OPTIONS },
          ]}
          field={(name) => filter(name, FIELD_OPTIONS[name])}
        />
      </div>
      {checks.isPending ? (
        <Loading />
      ) : checks.isError ? (
        <ErrorMessage error={checks.error} action="load the check queue" />
      ) : (
        <>
          <p className="govuk-body" data-testid="check-total">
            {checks.data.total === 0
              ? 'Nothing to check.'
              : `${checks.data.total.toLocaleString('en-GB')} to check.`}
          </p>
          <ul className="govuk-list app-check-list">
            {checks.data.items.map((item) => (
              <CheckItemCard key={`${item.kind}:${item.id}`} item={item} />
            ))}
          </ul>
          <Pagination
            page={checks.data.page}
            pageSize={checks.data.pageSize}
            total={checks.data.total}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </>
  );
}
