import { ANSWER_STATUSES, CONSISTENCY_FLAGS, LANDLORD_TYPES, SIZE_BANDS } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectOne, streamRows } from '../sql';
import { type TidyAnswersFilter, tidyAnswersCountSql, tidyAnswersSql } from './tidy-answers.sql';

const carriedFrom = z.object({
  codeVersion: z.enum(['2022', '2024']),
  provision: z.string(),
  relation: z.string(),
  trend: z.enum(['as_is', 'caveat']),
});

/** One counted answer with everything the tidy export writes about it. */
export const tidyAnswerRow = z.object({
  landlordId: z.string(),
  landlordName: z.string(),
  registrationCode: z.string().nullable(),
  landlordType: z.enum(LANDLORD_TYPES),
  region: z.string().nullable(),
  sizeBand: z.enum(SIZE_BANDS),
  sample: z.boolean(),
  year: z.number().int(),
  codeVersion: z.enum(['2022', '2024']),
  printedProvision: z.string(),
  provision: z.string(),
  /** The crosswalk link by which the answer reached this 2024 provision. */
  relation: z.string().nullable(),
  trend: z.enum(['as_is', 'caveat']).nullable(),
  caveat: z.object({ from: z.array(carriedFrom), leastCompliantOf: z.number().int().optional() }).nullable(),
  status: z.enum(ANSWER_STATUSES),
  statusAsWritten: z.string().nullable(),
  evidence: z.string().nullable(),
  commentary: z.string().nullable(),
  corrected: z.boolean(),
  /** Consistency flags standing on the answer (not dismissed), by code; null when none. */
  flags: z.array(z.enum(CONSISTENCY_FLAGS)).nullable(),
  submissionId: z.string(),
  answerId: z.string(),
  parserVersion: z.string().nullable(),
});
export type TidyAnswerRow = z.output<typeof tidyAnswerRow>;

/** Rows fetched from the cursor at a time: large enough to keep round trips few, small enough to stay light. */
const CURSOR_BATCH = 1000;

/** The tidy answers export: one row per landlord × year × canonical provision, read through a cursor. */
@Injectable()
export class TidyAnswersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async count(filter: TidyAnswersFilter): Promise<number> {
    const { sql, params } = tidyAnswersCountSql(filter);
    return (await selectOne(this.dataSource.manager, sql, params, z.object({ rows: z.number().int() }))).rows;
  }

  /** The rows in order, each checked against `tidyAnswerRow`, read through a cursor (`streamRows`). */
  stream(filter: TidyAnswersFilter): AsyncGenerator<TidyAnswerRow> {
    const { sql, params } = tidyAnswersSql(filter);
    return streamRows(this.dataSource, sql, params, tidyAnswerRow, CURSOR_BATCH);
  }
}

export type { TidyAnswersFilter };
