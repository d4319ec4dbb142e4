interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Optional: the parser reads the year from the document; the reviewer can change it before confirming. */
export function YearField({ value, onChange, error }: Props) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor="assessmentYear">
        Assessment year (optional)
      </label>
      <div id="assessmentYear-hint" className="govuk-hint">
        Leave this blank and we will read the year from the document. You can change it before you confirm.
      </div>
      {error ? (
        <p id="assessmentYear-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        className={`govuk-input govuk-input--width-4${error ? ' govuk-input--error' : ''}`}
        id="assessmentYear"
        name="assessmentYear"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-describedby={`assessmentYear-hint${error ? ' assessmentYear-error' : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
