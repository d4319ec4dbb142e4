import type { FailureLimits, SubmissionErrorCode } from '@app/contracts';
import { type ApplyResult, LandlordMatcher, ParseResultsRepository } from '@app/db';
import { isParseError, parseSubmission } from '@app/parser';
import type { ParseSubmissionPayload } from '@app/queue';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { failureMessage } from './failure-messages';
import { toAnswerRows, toSubmissionFields } from './parsed-answers';

export type ParseJobOutcome =
  | { outcome: 'applied'; status: string; rows: number; diff: string }
  | { outcome: 'skipped'; reason: 'stale' | 'done' | 'missing' };

export type ReportProgress = (percent: number) => Promise<void>;

/** How close a detected name must be to a register entry to call a filing a mismatch. */
const CONFIDENT_LANDLORD_MATCH = 0.9;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Parses one stored upload and writes the result: landlord and year resolved (explicit ones win), all answers
 * written in one transaction guarded by the job's generation. A document problem (ParseError) is recorded with
 * a message the uploader can act on and fails the job at once; anything else is thrown so BullMQ retries it.
 */
@Injectable()
export class SubmissionParseService {
  private readonly logger = new Logger(SubmissionParseService.name);

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly results: ParseResultsRepository,
    private readonly landlords: LandlordMatcher,
  ) {}

  async parse(job: ParseSubmissionPayload, reportProgress: ReportProgress): Promise<ParseJobOutcome> {
    const { submissionId: id, generation } = job;
    const started = performance.now();
    const gate = await this.results.begin(id, generation);
    if (gate !== 'go') {
      this.logger.log(`submission ${id} generation ${generation}: skipped (${gate})`);
      return { outcome: 'skipped', reason: gate };
    }
    const progress = async (percent: number) => {
      await this.results.progress(id, generation, percent);
      await reportProgress(percent);
    };
    const submission = await this.results.load(id);
    if (!submission) return { outcome: 'skipped', reason: 'missing' };
    await progress(10);

    let parsed;
    const parseStarted = performance.now();
    try {
      parsed = await parseSubmission(new Uint8Array(submission.file.bytes), {
        filename: submission.file.originalName,
        mediaType: submission.file.mediaType,
        limits: {
          maxBytes: this.config.UPLOAD_MAX_BYTES,
          maxPages: this.config.PARSE_MAX_PAGES,
          timeoutMs: this.config.PARSE_TIMEOUT_MS,
        },
      });
    } catch (error) {
      if (!isParseError(error)) throw error;
      const failure = failureMessage(error.code satisfies SubmissionErrorCode, this.failureLimits());
      await this.results.fail(id, generation, failure.code, failure.message);
      this.logger.warn(`submission ${id} generation ${generation}: ${error.code} (${error.message})`);
      throw new UnrecoverableError(`${error.code}: ${error.message}`);
    }
    const parseMs = Math.round(performance.now() - parseStarted);
    await progress(70);

    const warnings: string[] = [];
    let landlordId = submission.landlordId;
    if (!landlordId && parsed.landlordName) {
      landlordId = (await this.landlords.match(parsed.landlordName))?.landlordId ?? null;
      if (!landlordId) {
        warnings.push(`The landlord named in the document, "${parsed.landlordName}", is not in the register: an analyst needs to assign it.`);
      }
    }
    const mismatch = await this.landlordMismatch(submission.landlordId, parsed.landlordName);
    if (mismatch) warnings.push(mismatch);
    const assessmentYear = submission.assessmentYear ?? parsed.assessmentYear;
    if (!assessmentYear) warnings.push('The document does not say which year it assesses: an analyst needs to set it.');
    await progress(85);

    const delay = this.config.TEST_PARSE_COMMIT_DELAY_MS;
    const writeStarted = performance.now();
    const result: ApplyResult = await this.results.apply(
      id,
      generation,
      {
        submission: toSubmissionFields(parsed, warnings),
        answers: toAnswerRows(parsed),
        landlordId,
        assessmentYear,
        holdForReview: mismatch !== null,
      },
      delay > 0 ? () => sleep(delay) : undefined,
    );
    if (!result.applied) {
      this.logger.log(`submission ${id} generation ${generation}: overtaken (${result.reason}), nothing written`);
      return { outcome: 'skipped', reason: result.reason };
    }
    const writeMs = Math.round(performance.now() - writeStarted);
    await reportProgress(100);
    this.logger.log(
      `submission ${id} generation ${generation}: ${result.status}, ${parsed.rows.length} answers ` +
        `(${parsed.format}, parse ${parseMs} ms, write ${writeMs} ms, total ${Math.round(performance.now() - started)} ms)`,
    );
    return { outcome: 'applied', status: result.status, rows: parsed.rows.length, diff: result.diff };
  }

  /** After the last retry of a transient failure (or a job that kept killing workers): say so on the submission. */
  async giveUp(job: ParseSubmissionPayload, reason: string): Promise<void> {
    const failure = failureMessage('processing_failed', this.failureLimits());
    const result = await this.results.fail(job.submissionId, job.generation, failure.code, failure.message);
    if (result.applied) this.logger.error(`submission ${job.submissionId} generation ${job.generation}: gave up (${reason})`);
  }

  /**
   * A document filed under one landlord that confidently names another (e.g. a landlord user uploaded another
   * organisation's form) must not replace the filing landlord's submission: it waits for an analyst.
   */
  private async landlordMismatch(filedUnder: string | null, detectedName: string | null): Promise<string | null> {
    if (!filedUnder || !detectedName) return null;
    const detected = await this.landlords.match(detectedName, CONFIDENT_LANDLORD_MATCH);
    if (!detected || detected.landlordId === filedUnder) return null;
    const filedName = (await this.landlords.nameOf(filedUnder)) ?? 'the landlord it was filed under';
    return (
      `landlord_mismatch: filed under ${filedName}, but the document names "${detectedName}", which is ${detected.landlordName} ` +
      'in the register. It replaces nothing until an analyst sets the landlord.'
    );
  }

  private failureLimits(): FailureLimits {
    return {
      maxPages: this.config.PARSE_MAX_PAGES,
      maxBytes: this.config.UPLOAD_MAX_BYTES,
      timeoutMs: this.config.PARSE_TIMEOUT_MS,
    };
  }
}
