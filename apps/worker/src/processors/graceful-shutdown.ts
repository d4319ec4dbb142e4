import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { SubmissionParseProcessor } from './submission-parse.processor';
import { SystemProcessor } from './system.processor';

/**
 * On SIGTERM, stop taking jobs and let the in-flight ones finish BEFORE the database connection closes
 * (Nest would otherwise close them in module order). A job still running when the process is killed anyway
 * returns to the queue through BullMQ's stalled-job check.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);

  constructor(
    private readonly parse: SubmissionParseProcessor,
    private readonly system: SystemProcessor,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`${signal ?? 'shutdown'}: finishing in-flight jobs`);
    await Promise.all([this.parse, this.system].map((processor) => processor.worker.close()));
    this.logger.log('workers closed');
  }
}
