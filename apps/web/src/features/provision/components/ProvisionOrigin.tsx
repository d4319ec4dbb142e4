import type { CrosswalkEntryDto, ProvisionDto } from '@app/contracts';
import { CAVEAT_SYMBOL } from '@web/features/analytics/utils/status-symbols';

interface Props {
  provision: ProvisionDto | undefined;
  number: string;
  crosswalk: CrosswalkEntryDto[];
  provisions2022: ProvisionDto[];
}

const RELATION_TEXT: Record<CrosswalkEntryDto['relation'], string> = {
  same: 'the same requirement',
  moved: 'the same requirement, renumbered',
  strengthened: 'strengthened in 2024',
  changed: 'changed in 2024',
  split: 'split into several 2024 provisions',
  merged: 'merged with others in 2024',
  dropped: 'dropped in 2024',
};

/** The 2024 requirement and the 2022 provision(s) it comes from, with how they relate. */
export function ProvisionOrigin({ provision, number, crosswalk, provisions2022 }: Props) {
  const sources = crosswalk.filter((entry) => entry.to2024 === number);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1">The requirement (2024 Code)</h2>
        <p className="govuk-body-l" data-testid="requirement">
          {provision?.requirement ?? 'This provision is not in the 2024 Code catalog.'}
        </p>
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Where it comes from (2022 Code)</h2>
        {sources.length === 0 ? (
          <p className="govuk-body">
            It is new in the 2024 Code: there is no earlier answer to compare with.
          </p>
        ) : (
          <ul className="govuk-list" data-testid="origins">
            {sources.map((entry) => {
              const earlier = provisions2022.find((item) => item.number === entry.from2022);
              return (
                <li key={entry.from2022}>
                  <strong>2022 provision {entry.from2022}</strong>: {RELATION_TEXT[entry.relation]}
                  {entry.trend === 'caveat' ? ` (its years are marked ${CAVEAT_SYMBOL} on the chart)` : ''}.
                  {earlier ? (
                    <span className="govuk-body-s app-secondary app-block">“{earlier.requirement}”</span>
                  ) : null}
                  {entry.note ? <span className="govuk-body-s app-block">{entry.note}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
