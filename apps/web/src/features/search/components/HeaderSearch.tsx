import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

/** The search box in the header: searches the answers' evidence and commentary. */
export function HeaderSearch() {
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) void navigate(`/search?${new URLSearchParams({ q }).toString()}`);
  };
  return (
    <form className="app-header-search" role="search" onSubmit={submit}>
      <label className="govuk-visually-hidden" htmlFor="header-search">
        Search answers
      </label>
      <input
        className="govuk-input app-header-search__input"
        id="header-search"
        name="q"
        type="search"
        placeholder="Search answers"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button
        className="govuk-button govuk-button--secondary app-header-search__button"
        type="submit"
        data-module="govuk-button"
      >
        Search
      </button>
    </form>
  );
}
