import { ConsistencyFlagsRepository } from '@app/db';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

/**
 * Start-up step: when `FLAGS_VERSION` (libs/consistency) is new, re-flags every counting answer in the
 * background, one submission per transaction under its row lock. One process runs it (claimed in
 * `consistency_flag_runs`); a run whose process died is taken over after a while by the next worker to start.
 */
@Injectable()
export class ConsistencyFlagsRefresh implements OnApplicationBootstrap {
  private readonly logger = new Logger('ConsistencyFlagsRefresh');
  private running: Promise<void> | null = null;

  constructor(private readonly repository: ConsistencyFlagsRepository) {}

  onApplicationBootstrap(): void {
    this.running = this.repository
      .refreshIfVersionChanged((done) => this.logger.log(`consistency flags: ${done} submissions re-flagged`))
      .then((outcome) => {
        if (outcome.ran)
          this.logger.log(
            `consistency flags ${outcome.version}: ${outcome.submissions} counting submissions flagged`,
          );
      })
      .catch((error: unknown) => {
        this.logger.error(
          `consistency flags: re-flagging stopped: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  }

  /** Resolves when the start-up run (if any) has finished; for tests and shutdown. */
  async settled(): Promise<void> {
    await this.running;
  }
}
