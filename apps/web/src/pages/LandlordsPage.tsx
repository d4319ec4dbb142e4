import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { Pagination } from '@web/components/Pagination';
import { SelectField } from '@web/components/SelectField';
import { landlordTypeLabel } from '@web/features/analytics/utils/status-symbols';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import {
  REGISTRY_PAGE_SIZE,
  type RegistrySort,
  filterRegistry,
  paramsFromRegistryState,
  registryStateFromParams,
} from '@web/features/registry/utils/registry-list';
import { usePageTitle } from '@web/lib/usePageTitle';
import { CompactTable } from '@web/components/CompactTable';
import { TextField } from '@web/components/TextField';
import { FilterSubmit } from '@web/components/FilterSubmit';

const SORT_OPTIONS = [
  { value: 'name', text: 'Name' },
  { value: 'type', text: 'Type' },
  { value: 'region', text: 'Region' },
  { value: 'homes', text: 'Homes owned, most first' },
];

/** The landlord registry: search and sort, each landlord opening its profile. */
export function LandlordsPage() {
  usePageTitle('Landlords');
  const [params, setParams] = useSearchParams();
  const { state, invalid } = registryStateFromParams(params);
  const landlords = useLandlords();
  const [q, setQ] = useState(state.q ?? '');
  const matches = filterRegistry(landlords.data ?? [], state);
  const shown = matches.slice((state.page - 1) * REGISTRY_PAGE_SIZE, state.page * REGISTRY_PAGE_SIZE);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsFromRegistryState({ ...state, q: q.trim() || undefined, page: 1 }));
  };

  return (
    <>
      <h1 className="govuk-heading-l">Landlords</h1>
      <InvalidParams invalid={invalid} />
      <form className="app-filters" onSubmit={search} role="search" aria-label="Landlords">
        <TextField
          id="registry-q"
          label="Name, former name or registration code"
          labelClassName="govuk-label govuk-label--s"
          groupClassName="app-filter"
          inputClassName="govuk-input--width-20"
          type="search"
          value={q}
          onChange={setQ}
        />
        <SelectField
          id="registry-sort"
          label="Order by"
          value={state.sort}
          options={SORT_OPTIONS}
          onChange={(value) =>
            setParams(paramsFromRegistryState({ ...state, sort: value as RegistrySort, page: 1 }))
          }
        />
        <FilterSubmit text="Search" />
      </form>
      {landlords.isError ? <ErrorMessage error={landlords.error} action="load the registry" /> : null}
      {landlords.isPending ? <Loading text="Loading the registry…" /> : null}
      {landlords.data ? (
        <p className="govuk-body" role="status">
          {matches.length.toLocaleString('en-GB')} {matches.length === 1 ? 'landlord' : 'landlords'}
          {state.q ? ` matching “${state.q}”` : ''}.
        </p>
      ) : null}
      {shown.length ? (
        <CompactTable
          testId="registry"
          columns={[
            { label: 'Landlord' },
            { label: 'Type' },
            { label: 'Region' },
            { label: 'Homes owned', numeric: true },
          ]}
        >
          {shown.map((landlord) => (
            <tr className="govuk-table__row" key={landlord.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/landlords/${landlord.id}`}>
                  {landlord.name}
                </Link>
                {landlord.registrationCode ? (
                  <span className="govuk-body-s app-secondary app-block">{landlord.registrationCode}</span>
                ) : null}
              </th>
              <td className="govuk-table__cell">{landlordTypeLabel(landlord.type)}</td>
              <td className="govuk-table__cell">{landlord.region ?? '–'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {landlord.homesOwned?.toLocaleString('en-GB') ?? '–'}
              </td>
            </tr>
          ))}
        </CompactTable>
      ) : null}
      <Pagination
        page={state.page}
        pageSize={REGISTRY_PAGE_SIZE}
        total={matches.length}
        onPage={(page) => setParams(paramsFromRegistryState({ ...state, page }))}
      />
    </>
  );
}
