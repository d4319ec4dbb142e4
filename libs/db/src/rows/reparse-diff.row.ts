import { ANSWER_STATUSES, type AnswerChangeDto, type AnswerSnapshotDto } from '@app/contracts';
import { z } from 'zod';
import { answerRowSchema } from './answer.row';
import { parsedSubmissionFieldsSchema } from './submission.row';

/** The answers and document facts of a re-parse waiting in `reparse_diffs.proposed`. */
export const reparseProposalSchema = z.object({
  submission: parsedSubmissionFieldsSchema,
  answers: z.array(
    answerRowSchema.pick({
      position: true,
      provision: true,
      canonicalLinks: true,
      status: true,
      statusRaw: true,
      requirement: true,
      evidence: true,
      commentary: true,
      confidence: true,
      flags: true,
      source: true,
    }),
  ),
});
export type ReparseProposal = z.output<typeof reparseProposalSchema>;

const answerSnapshotSchema = z.object({
  provision: z.string(),
  status: z.enum(ANSWER_STATUSES),
  evidence: z.string().nullable(),
  commentary: z.string().nullable(),
}) satisfies z.ZodType<AnswerSnapshotDto>;

/** One entry of `reparse_diffs.changes`, stored as the API serves it. */
export const answerChangeSchema = z.object({
  parsedProvision: z.string(),
  occurrence: z.number(),
  kind: z.enum(['added', 'removed', 'changed']),
  fields: z.array(z.enum(['provision', 'status', 'evidence', 'commentary'])),
  before: answerSnapshotSchema.nullable(),
  after: answerSnapshotSchema.nullable(),
}) satisfies z.ZodType<AnswerChangeDto>;
export type AnswerChange = z.output<typeof answerChangeSchema>;
