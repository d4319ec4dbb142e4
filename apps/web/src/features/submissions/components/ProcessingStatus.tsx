import type { SubmissionStatus } from '@app/contracts';
import { Tag } from '@web/components/Tag';
import { processingAnnouncement, processingSteps, type StepState } from '../utils/processing-steps';

interface Props {
  status: SubmissionStatus;
  progress: number;
}

const STEP_TAG: Record<StepState, { text: string; colour?: 'grey' | 'green' | 'red' | 'light-blue' }> = {
  done: { text: 'Done', colour: 'green' },
  current: { text: 'In progress', colour: 'light-blue' },
  pending: { text: 'Not started', colour: 'grey' },
  failed: { text: 'Failed', colour: 'red' },
};

/** The processing steps with live status; changes are announced politely. */
export function ProcessingStatus({ status, progress }: Props) {
  const steps = processingSteps(status);
  return (
    <>
      <ol className="app-steps" aria-label="Processing steps" data-status={status}>
        {steps.map((step) => (
          <li className="app-steps__item" key={step.label}>
            <span className="app-steps__label">{step.label}</span>
            <Tag colour={STEP_TAG[step.state].colour}>{STEP_TAG[step.state].text}</Tag>
            {step.state === 'current' && status === 'parsing' && progress > 0 ? (
              <span className="govuk-body-s govuk-!-margin-bottom-0">{Math.round(progress)}%</span>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="govuk-visually-hidden" role="status" aria-live="polite" data-testid="processing-status">
        {processingAnnouncement(status, progress)}
      </p>
    </>
  );
}
