interface Props {
  wide: boolean;
}

export function PhaseBanner({ wide }: Props) {
  return (
    <div className={`govuk-width-container${wide ? ' app-width-container--wide' : ''}`}>
      <div className="govuk-phase-banner">
        <p className="govuk-phase-banner__content">
          <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
          <span className="govuk-phase-banner__text">
            This is a new service. If something does not work as you expect, tell your account administrator.
          </span>
        </p>
      </div>
    </div>
  );
}
