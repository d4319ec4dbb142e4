import { type AnswerConsistencyFlagDto, CONSISTENCY_FLAG_LABELS } from '@app/contracts';

interface Props {
  flags: AnswerConsistencyFlagDto[];
  provision: string;
}

/** The consistency flags that stand on an answer, each with its one-line reason, shown beside the answer. */
export function ConsistencyFlags({ flags, provision }: Props) {
  if (flags.length === 0) return null;
  return (
    <ul className="app-answers__flags" aria-label={`Consistency flags on provision ${provision}`}>
      {flags.map((flag) => (
        <li key={flag.flag} data-flag={flag.flag} data-state={flag.state}>
          <strong className="govuk-tag govuk-tag--yellow">{CONSISTENCY_FLAG_LABELS[flag.flag]}</strong>{' '}
          <span className="app-answers__flag-reason">{flag.reason}</span>
          {flag.state === 'confirmed' ? (
            <span className="app-secondary"> (confirmed by an analyst)</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
