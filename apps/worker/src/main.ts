import 'reflect-metadata';
import { EnvError, PinoNestLogger, createRootLogger } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { loadWorkerConfig } from './config/worker-config';
import { assertEveryQueueHandled } from './processors';
import { WorkerModule } from './worker.module';

const SHUTDOWN_GRACE_MS = 10_000;

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`worker: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // A queue without a processor would silently pile up jobs: refuse to start instead.
  assertEveryQueueHandled();
  const logger = createRootLogger(config.LOG_LEVEL, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  await app.init();
  logger.info('worker started');
  // SIGTERM/SIGINT close the BullMQ workers, which finish their in-flight jobs, then exit cleanly.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'worker stopping: finishing in-flight jobs');
    // In-flight parses end within their time limit; past that (Redis unreachable, a stuck close) exit anyway:
    // an unfinished job returns to the queue through the stalled-job check.
    const deadlineMs = config.PARSE_TIMEOUT_MS + SHUTDOWN_GRACE_MS;
    setTimeout(() => {
      logger.error(`worker did not stop within ${deadlineMs} ms: exiting`);
      process.exit(1);
    }, deadlineMs).unref();
    app
      .close()
      .then(() => {
        logger.info('worker stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'worker did not stop cleanly');
        process.exit(1);
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`worker: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
