import type { SubmissionDetailDto } from '@app/contracts';
import { ProcessingStatus } from './ProcessingStatus';

interface Props {
  submission: Pick<SubmissionDetailDto, 'status' | 'progress'>;
  /** Live progress from the event stream, which may be ahead of the fetched submission. */
  live?: { status: SubmissionDetailDto['status']; progress: number } | null;
}

export function SubmissionProgress({ submission, live }: Props) {
  const status = live?.status ?? submission.status;
  const progress = live?.progress ?? submission.progress;
  return (
    <>
      <h2 className="govuk-heading-m">Reading your document</h2>
      <p className="govuk-body">
        This usually takes less than a minute. You can leave this page; the result will be under your
        submissions.
      </p>
      <ProcessingStatus status={status} progress={progress} />
    </>
  );
}
