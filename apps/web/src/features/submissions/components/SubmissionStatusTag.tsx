import type { SubmissionStatus } from '@app/contracts';
import { Tag } from '@web/components/Tag';
import { SUPERSEDED_TAG, submissionStatusTag } from '../utils/status-tags';

interface Props {
  status: SubmissionStatus;
  superseded?: boolean;
}

export function SubmissionStatusTag({ status, superseded = false }: Props) {
  const tag = submissionStatusTag(status);
  return (
    <>
      <Tag colour={tag.colour}>{tag.text}</Tag>
      {superseded ? (
        <>
          {' '}
          <Tag colour={SUPERSEDED_TAG.colour}>{SUPERSEDED_TAG.text}</Tag>
        </>
      ) : null}
    </>
  );
}
