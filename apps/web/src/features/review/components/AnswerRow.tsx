import type { AnswerDto } from '@app/contracts';
import { AnswerStatusTag } from '@web/features/submissions/components/AnswerStatusTag';
import { Tag } from '@web/components/Tag';
import { flagReasons } from '../utils/flag-answer';
import { ConsistencyFlags } from './ConsistencyFlags';
import { LongText } from './LongText';

interface Props {
  answer: AnswerDto;
  selected: boolean;
  editable: boolean;
  onSelect: () => void;
  onEdit: () => void;
}

/** The catalog's short title, without the provision number it may start with (already in the first column). */
function titleOf(answer: AnswerDto): string | null {
  const title = answer.shortTitle?.trim();
  if (!title) return null;
  return title.startsWith(`${answer.provision} `) ? title.slice(answer.provision.length + 1) : title;
}

export function AnswerRow({ answer, selected, editable, onSelect, onEdit }: Props) {
  const reasons = flagReasons(answer);
  const title = titleOf(answer);
  const rowClass = [
    'govuk-table__row',
    reasons.length ? 'app-answers__row--flagged' : '',
    selected ? 'app-answers__row--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={rowClass}
      id={`answer-${answer.id}`}
      data-answer-id={answer.id}
      data-provision={answer.provision}
      data-flagged={reasons.length > 0}
      data-consistency-flags={answer.consistencyFlags.map((f) => f.flag).join(' ') || undefined}
    >
      <th scope="row" className="govuk-table__header">
        {answer.provision || '?'}
      </th>
      <td className="govuk-table__cell">
        {title ?? <span className="app-answers__none">Not in the Code</span>}
        {reasons.length ? (
          <>
            <br />
            <Tag colour="orange">Check</Tag>
            <ul className="app-answers__reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        ) : null}
      </td>
      <td className="govuk-table__cell">
        <AnswerStatusTag status={answer.status} />
        {answer.corrected ? (
          <>
            <br />
            <span className="govuk-body-s govuk-!-margin-bottom-0">Corrected</span>
          </>
        ) : answer.statusRaw && answer.statusRaw.trim().toLowerCase() !== answer.status ? (
          <>
            <br />
            <span className="govuk-body-s govuk-!-margin-bottom-0">
              Written as &ldquo;{answer.statusRaw}&rdquo;
            </span>
          </>
        ) : null}
        <ConsistencyFlags flags={answer.consistencyFlags} provision={answer.provision} />
      </td>
      <td className="govuk-table__cell">
        <LongText text={answer.evidence} label={`evidence for ${answer.provision}`} />
      </td>
      <td className="govuk-table__cell">
        <LongText text={answer.commentary} label={`commentary for ${answer.provision}`} />
      </td>
      <td className="govuk-table__cell">
        <ul className="govuk-list govuk-!-margin-bottom-0">
          <li>
            <button type="button" className="app-button-link" onClick={onSelect} aria-pressed={selected}>
              Show<span className="govuk-visually-hidden"> provision {answer.provision}</span> in document
            </button>
          </li>
          {editable ? (
            <li>
              <button type="button" className="app-button-link" onClick={onEdit}>
                Change
                <span className="govuk-visually-hidden"> the answer to provision {answer.provision}</span>
              </button>
            </li>
          ) : null}
        </ul>
      </td>
    </tr>
  );
}
