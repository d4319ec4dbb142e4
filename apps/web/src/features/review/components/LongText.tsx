interface Props {
  text: string | null;
  /** Characters shown before the rest is folded away. */
  limit?: number;
  label: string;
}

/** Cell text that folds away past a limit, so long evidence does not swamp the table. */
export function LongText({ text, limit = 180, label }: Props) {
  if (!text) return <span className="govuk-hint govuk-!-margin-bottom-0">None given</span>;
  if (text.length <= limit) return <span className="app-answers__text">{text}</span>;
  const cut = text.lastIndexOf(' ', limit);
  const head = text.slice(0, cut > limit / 2 ? cut : limit);
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text app-answers__text">
          {head}… <span className="govuk-visually-hidden">Show all of the {label}</span>
        </span>
      </summary>
      <div className="govuk-details__text app-answers__text">{text}</div>
    </details>
  );
}
