/** Generated sample data is labelled wherever it appears, so it is never taken for a real landlord's. */
export function SampleDataTag() {
  return <strong className="govuk-tag govuk-tag--grey app-sample-tag">Sample data</strong>;
}
