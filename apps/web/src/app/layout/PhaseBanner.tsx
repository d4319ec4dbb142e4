interface Props {
  wide: boolean;
}

export function PhaseBanner({ wide }: Props) {
  return (
    // A named section is a landmark, so the banner is not content outside every landmark.
    <section
      aria-label="Service phase"
      className={`govuk-width-container${wide ? ' app-width-container--wide' : ''}`}
    >
      <div className="govuk-phase-banner">
        <p className="govuk-phase-banner__content">
          <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
          <span className="govuk-phase-banner__text">
            This is a new service. If something does not work as you expect, tell your account administrator.
          </span>
        </p>
      </div>
    </section>
  );
}
