import { JobName, QueueName, type JobItem, workerOptionsFor } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

type SystemJob = Extract<JobItem, { queue: QueueName.System }>;

/** Housekeeping jobs; the probe proves a worker is alive and connected. */
@Processor(QueueName.System, workerOptionsFor(QueueName.System))
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger(SystemProcessor.name);

  async process(job: Job<SystemJob['data'], unknown, SystemJob['name']>): Promise<unknown> {
    switch (job.name) {
      case JobName.Probe:
        this.logger.debug(`probe ${job.id} answered`);
        return { receivedAt: Date.now(), sentAt: job.data.sentAt };
      default:
        throw new Error(`No handler for job "${String(job.name)}" on queue ${QueueName.System}`);
    }
  }
}
