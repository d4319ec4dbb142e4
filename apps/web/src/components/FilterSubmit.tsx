/** The button that applies a row of filters, aligned with their selects. */
export function FilterSubmit({ text }: { text: string }) {
  return (
    <div className="govuk-form-group app-filter app-filter--action">
      <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
        {text}
      </button>
    </div>
  );
}
