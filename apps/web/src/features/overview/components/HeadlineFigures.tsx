import type { OverviewResponse } from '@app/contracts';
import { headlineFigures } from '../utils/overview-series';

export function HeadlineFigures({ overview }: { overview: OverviewResponse }) {
  return (
    <dl className="app-figures" aria-label={`Headline figures for ${overview.year}`}>
      {headlineFigures(overview).map((figure) => (
        <div className="app-figures__item" key={figure.testId}>
          <dt className="govuk-body-s govuk-!-margin-bottom-1">{figure.label}</dt>
          <dd className="app-figures__value" data-testid={`figure-${figure.testId}`}>
            {figure.value.toLocaleString('en-GB')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
