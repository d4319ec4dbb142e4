import type { AnswerStatus } from '@app/contracts';
import { Tag } from '@web/components/Tag';
import { answerStatusTag } from '../utils/status-tags';

export function AnswerStatusTag({ status }: { status: AnswerStatus }) {
  const tag = answerStatusTag(status);
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}
