export interface DownloadLink {
  /** e.g. "Spreadsheet (XLSX)". */
  label: string;
  href: string;
  fileName: string;
}

interface Props {
  /** What is being downloaded, e.g. "this comparison". */
  what: string;
  links: DownloadLink[];
}

/**
 * Plain links to the streamed export endpoints: the browser's own download manager shows progress and the
 * download carries on if the analyst opens another page.
 */
export function DownloadMenu({ what, links }: Props) {
  return (
    <details className="govuk-details app-download" data-testid="download-menu">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Download {what}</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list">
          {links.map((link) => (
            <li key={link.href}>
              <a
                className="govuk-link"
                href={link.href}
                download={link.fileName}
                data-file-name={link.fileName}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          Every row matching the filters on screen is included, not only this page. Large files are made as
          they download: your browser shows the progress, and the download carries on if you open another
          page.
        </p>
      </div>
    </details>
  );
}
