import { type ReactNode, Suspense, useId, useState } from 'react';
import { Loading } from '@web/components/Loading';

interface Props {
  title: string;
  /** What the chart shows, in words: read by everyone, and the chart's accessible description. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** Explains markers used on the chart (e.g. the crosswalk caveat). */
  note?: ReactNode;
  testId?: string;
}

/**
 * A chart with its text summary and a "show as table" toggle holding the same numbers. Charts load in
 * their own chunk, so pages without one never download the charting library.
 */
export function ChartFigure({ title, summary, chart, table, note, testId }: Props) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const summaryId = useId();
  return (
    <figure
      className="app-chart"
      aria-labelledby={headingId}
      aria-describedby={summaryId}
      data-testid={testId}
    >
      <div className="app-chart__header">
        <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={headingId}>
          {title}
        </h2>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      <p className="govuk-body" id={summaryId} data-testid={testId ? `${testId}-summary` : undefined}>
        {summary}
      </p>
      {asTable ? (
        <div className="app-table-scroll">{table}</div>
      ) : (
        <Suspense fallback={<Loading text="Loading the chart…" />}>{chart}</Suspense>
      )}
      {note ? <div className="govuk-body-s app-chart__note">{note}</div> : null}
    </figure>
  );
}
