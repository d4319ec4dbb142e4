import {
  CHECK_KINDS,
  type CheckQuery,
  CONSISTENCY_FLAG_LABELS,
  CONSISTENCY_FLAGS,
  FLAG_REVIEW_STATES,
} from '@app/contracts';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { Pagination } from '@web/components/Pagination';
import { SelectField } from '@web/components/SelectField';
import { writeParams } from '@web/features/analytics/utils/url-params';
import { useProvisionCatalog } from '@web/features/analytics/hooks/useCodeReference';
import { CheckItemCard } from '@web/features/checks/components/CheckItemCard';
import { useChecks } from '@web/features/checks/hooks/useChecks';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { readCheckParams } from '@web/features/checks/utils/check-params';
import { usePageTitle } from '@web/lib/usePageTitle';

const KIND_TEXT = { flag: 'Consistency flags', low_confidence: 'Low-confidence readings' } as const;
const STATE_TEXT = { open: 'To check', confirmed: 'Confirmed', dismissed: 'Dismissed' } as const;

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
  const thisYear = new Date().getFullYear();

  return (
    <>
      <h1 className="govuk-heading-l">Check queue</h1>
      <p className="govuk-body">
        Answers that deserve a second look, newest submissions first. Confirm a flag that stands, dismiss one
        that does not (say why), or open the answer in its document to correct it.
      </p>
      <InvalidParams invalid={reader.invalid} />
      <div className="app-filters">
        <SelectField
          id="kind"
          label="Kind"
          value={query.kind ?? ''}
          anyText="Both"
          options={CHECK_KINDS.map((k) => ({ value: k, text: KIND_TEXT[k] }))}
          onChange={(v) => update({ kind: (v || undefined) as CheckQuery['kind'] })}
        />
        <SelectField
          id="flag"
          label="Flag"
          value={query.flag ?? ''}
          anyText="Any"
          options={CONSISTENCY_FLAGS.map((f) => ({ value: f, text: CONSISTENCY_FLAG_LABELS[f] }))}
          onChange={(v) => update({ flag: (v || undefined) as CheckQuery['flag'] })}
        />
        <SelectField
          id="provision"
          label="Provision (2024)"
          value={query.provision ?? ''}
          anyText="Any"
          options={(provisions.data ?? []).map((p) => ({ value: p.number, text: p.number }))}
          onChange={(v) => update({ provision: v || undefined })}
        />
        <SelectField
          id="landlord"
          label="Landlord"
          value={query.landlordId ?? ''}
          anyText="Any"
          options={(landlords.data ?? []).map((l) => ({ value: l.id, text: l.name }))}
          onChange={(v) => update({ landlordId: v || undefined })}
        />
        <SelectField
          id="year"
          label="Year"
          value={query.year ? String(query.year) : ''}
          anyText="Any"
          options={Array.from({ length: 8 }, (_, i) => String(thisYear - i)).map((y) => ({
            value: y,
            text: y,
          }))}
          onChange={(v) => update({ year: v ? Number(v) : undefined })}
        />
        <SelectField
          id="state"
          label="State"
          value={query.state ?? 'open'}
          options={FLAG_REVIEW_STATES.map((s) => ({ value: s, text: STATE_TEXT[s] }))}
          onChange={(v) => update({ state: v === 'open' ? undefined : (v as CheckQuery['state']) })}
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
