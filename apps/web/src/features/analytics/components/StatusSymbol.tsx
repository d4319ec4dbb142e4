import type { AnswerStatus } from '@app/contracts';
import { CAVEAT_SYMBOL, FLAG_SYMBOL, statusStyle } from '../utils/status-symbols';

interface Props {
  status: AnswerStatus;
  caveat?: boolean;
  /** A consistency flag stands on the answer. */
  flagged?: boolean;
}

/** A status as a coloured letter (never colour alone) with its name for screen readers. */
export function StatusSymbol({ status, caveat, flagged }: Props) {
  const style = statusStyle(status);
  return (
    <span className={`app-status app-status--${style.modifier}`}>
      <span aria-hidden="true">
        {style.symbol}
        {caveat ? CAVEAT_SYMBOL : ''}
        {flagged ? FLAG_SYMBOL : ''}
      </span>
      <span className="govuk-visually-hidden">
        {style.label}
        {caveat ? ' (carried from the 2022 Code, compare with care)' : ''}
        {flagged ? ' (consistency flag raised)' : ''}
      </span>
    </span>
  );
}
