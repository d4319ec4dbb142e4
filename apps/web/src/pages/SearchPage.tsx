import type { SearchQuery } from '@app/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { InvalidParams } from '@web/components/InvalidParams';
import { Loading } from '@web/components/Loading';
import { Pagination } from '@web/components/Pagination';
import { DownloadMenu } from '@web/features/downloads/components/DownloadMenu';
import { searchCsvUrl } from '@web/features/search/api/search-api';
import { SearchFilters } from '@web/features/search/components/SearchFilters';
import { SearchResults } from '@web/features/search/components/SearchResults';
import { useSearch } from '@web/features/search/hooks/useSearch';
import { readSearchParams, searchQueryParams } from '@web/features/search/utils/search-params';
import { usePageTitle } from '@web/lib/usePageTitle';
import { TextField } from '@web/components/TextField';

const PAGE_SIZE = 20;

/** Search the answers' evidence, commentary and requirement text; the search lives in the address. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const { query, reader } = readSearchParams(params);
  const [text, setText] = useState(query.q);
  useEffect(() => setText(query.q), [query.q]);
  const search = useSearch({ ...query, pageSize: PAGE_SIZE });
  usePageTitle(query.q ? `Search: ${query.q}` : 'Search answers');

  const update = (changes: Partial<SearchQuery>) =>
    setParams(searchQueryParams({ ...query, page: 1, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <>
      <h1 className="govuk-heading-l">Search answers</h1>
      <form className="app-search-form" role="search" onSubmit={submit}>
        <TextField
          id="search-q"
          label="Words in the evidence, commentary or requirement"
          labelClassName="govuk-label govuk-label--s"
          hint='Use "quotes" for a phrase, OR for either word, and -word to leave a word out.'
          inputClassName="govuk-!-width-two-thirds"
          name="q"
          type="search"
          value={text}
          onChange={setText}
          after={
            <>
              {' '}
              <button
                className="govuk-button govuk-!-margin-bottom-0"
                type="submit"
                data-module="govuk-button"
              >
                Search
              </button>
            </>
          }
        />
      </form>
      <InvalidParams invalid={reader.invalid} />
      <SearchFilters query={query} onChange={update} />
      {!query.q ? (
        <p className="govuk-body">Type some words to search every landlord's answers.</p>
      ) : search.isPending ? (
        <Loading />
      ) : search.isError ? (
        <ErrorMessage error={search.error} action="search the answers" />
      ) : (
        <>
          <p className="govuk-body" data-testid="search-total">
            {search.data.total === 0
              ? 'No answers match.'
              : search.data.capped
                ? `More than ${search.data.total.toLocaleString('en-GB')} answers match: these are the best of the first ${search.data.total.toLocaleString('en-GB')}. Add words or filters to rank every match.`
                : `${search.data.total.toLocaleString('en-GB')} answers match, best first.`}
          </p>
          {search.data.total > 0 ? (
            <DownloadMenu
              what="these results"
              links={[
                { label: 'Spreadsheet (CSV)', href: searchCsvUrl(query), fileName: 'search-results.csv' },
              ]}
            />
          ) : null}
          <SearchResults items={search.data.items} />
          <Pagination
            page={search.data.page}
            pageSize={search.data.pageSize}
            total={search.data.total}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </>
  );
}
