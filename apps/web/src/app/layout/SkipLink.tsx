export function SkipLink() {
  return (
    <a href="#main-content" className="govuk-skip-link">
      Skip to main content
    </a>
  );
}
