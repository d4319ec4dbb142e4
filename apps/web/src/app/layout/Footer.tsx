interface Props {
  wide: boolean;
}

const CODE_URL = 'https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/';

export function Footer({ wide }: Props) {
  return (
    <footer className="govuk-footer">
      <div className={`govuk-width-container${wide ? ' app-width-container--wide' : ''}`}>
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={CODE_URL} rel="noreferrer">
                  The Complaint Handling Code (Housing Ombudsman)
                </a>
              </li>
            </ul>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              Self-assessments are read automatically; check the highlighted answers before you confirm.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
