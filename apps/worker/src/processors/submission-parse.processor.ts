import { hostname } from 'node:os';
import { withTimeout } from '@app/config';
import { type JobItem, JobName, QUEUE_SETTINGS, QueueName, workerOptionsFor } from '@app/queue';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { type ParseJobOutcome, SubmissionParseService } from '../ingestion/submission-parse.service';

type ParseJob = Extract<JobItem, { queue: QueueName.SubmissionParse }>;

const SETTINGS = QUEUE_SETTINGS[QueueName.SubmissionParse];

/** Unpacks a parse job and hands it to SubmissionParseService; retries and stalled recovery come from the settings table. */
@Processor(QueueName.SubmissionParse, { ...workerOptionsFor(QueueName.SubmissionParse), name: `${hostname()}:${process.pid}` })
export class SubmissionParseProcessor extends WorkerHost {
  private readonly logger = new Logger(SubmissionParseProcessor.name);

  constructor(private readonly service: SubmissionParseService) {
    super();
  }

  async process(job: Job<ParseJob['data'], ParseJobOutcome, ParseJob['name']>): Promise<ParseJobOutcome> {
    switch (job.name) {
      case JobName.ParseSubmission:
        return withTimeout(
          this.service.parse(job.data, (percent) => job.updateProgress(percent)),
          SETTINGS.timeoutMs,
          `parse job ${job.id}`,
        );
      default:
        throw new UnrecoverableError(`No handler for job "${String(job.name)}" on queue ${QueueName.SubmissionParse}`);
    }
  }

  /** Once a transient failure has used every attempt (or the job stalled too often), the submission says so. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<ParseJob['data']> | undefined, error: Error): Promise<void> {
    if (!job || error instanceof UnrecoverableError || error.name === 'UnrecoverableError') return;
    const attempts = job.opts.attempts ?? 1;
    const exhausted = job.attemptsMade >= attempts || /stalled more than/i.test(error.message);
    this.logger.warn(`parse job ${job.id} attempt ${job.attemptsMade}/${attempts} failed: ${error.message}`);
    if (!exhausted) return;
    await this.service.giveUp(job.data, error.message).catch((cause: unknown) => {
      this.logger.error(`could not record the failure of job ${job.id}: ${cause instanceof Error ? cause.message : String(cause)}`);
    });
  }
}
