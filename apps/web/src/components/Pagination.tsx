interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** GOV.UK pagination with previous and next. */
export function Pagination({ page, pageSize, total, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (pages <= 1) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <button
            type="button"
            className="app-button-link govuk-pagination__link"
            onClick={() => onPage(page - 1)}
          >
            <span className="govuk-pagination__link-title">Previous page</span>
          </button>
        </div>
      ) : null}
      <p className="govuk-body govuk-!-margin-bottom-0">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <div className="govuk-pagination__next">
          <button
            type="button"
            className="app-button-link govuk-pagination__link"
            onClick={() => onPage(page + 1)}
          >
            <span className="govuk-pagination__link-title">Next page</span>
          </button>
        </div>
      ) : null}
    </nav>
  );
}
