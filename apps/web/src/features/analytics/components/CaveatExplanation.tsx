import type { CaveatMarker } from '@app/contracts';
import { CAVEAT_SYMBOL } from '../utils/status-symbols';

/** Why an answer is marked: it was given to an earlier or differently numbered requirement. */
export function CaveatExplanation({ caveat }: { caveat: CaveatMarker }) {
  return (
    <div className="govuk-inset-text" data-testid="caveat">
      <p className="govuk-body">
        <span aria-hidden="true">{CAVEAT_SYMBOL} </span>
        This answer was given to{' '}
        {caveat.from.map((source, index) => (
          <span key={`${source.codeVersion}-${source.provision}`}>
            {index > 0 ? ' and ' : ''}
            {source.codeVersion} Code provision {source.provision} ({source.relation})
          </span>
        ))}
        , which does not say quite the same as today's provision. Compare with care.
      </p>
      {caveat.leastCompliantOf ? (
        <p className="govuk-body">
          {caveat.leastCompliantOf} answers reached this provision; the least compliant is counted.
        </p>
      ) : null}
    </div>
  );
}
