import type { SessionUser } from '@app/contracts';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { FormGroup, describedBy } from '@web/components/FormGroup';
import { SummaryRow } from '@web/components/SummaryRow';
import { SelectOptions } from '@web/components/SelectOptions';
import { landlordOptions } from '@web/features/analytics/utils/filter-options';

const HINT = 'The organisation whose self-assessment this is.';

interface Props {
  user: SessionUser;
  value: string;
  onChange: (landlordId: string) => void;
  error?: string;
}

/** Landlord users upload for their own organisation; analysts and admins choose from the registry. */
export function LandlordField({ user, value, onChange, error }: Props) {
  const chooses = user.role !== 'landlord';
  const landlords = useLandlords(chooses);

  if (!chooses) {
    return (
      <dl className="govuk-summary-list">
        <SummaryRow label="Landlord">{user.landlordName ?? 'Your organisation'}</SummaryRow>
      </dl>
    );
  }
  if (landlords.isError) return <ErrorMessage error={landlords.error} action="load the list of landlords" />;

  const options = (landlords.data ?? []).filter(
    (landlord) => !(landlord as { mergedIntoId?: string | null }).mergedIntoId,
  );
  return (
    <FormGroup
      id="landlordId"
      label="Landlord"
      labelClassName="govuk-label govuk-label--m"
      hint={HINT}
      error={error}
    >
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id="landlordId"
        name="landlordId"
        value={value}
        disabled={landlords.isPending}
        aria-describedby={describedBy('landlordId', HINT, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        <SelectOptions
          options={landlordOptions(options)}
          emptyText={landlords.isPending ? 'Loading landlords…' : 'Choose a landlord'}
        />
      </select>
    </FormGroup>
  );
}
