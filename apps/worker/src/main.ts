import 'reflect-metadata';
import { EnvError, PinoNestLogger, createRootLogger } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { loadWorkerConfig } from './config/worker-config';
import { WorkerModule } from './worker.module';

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
  const logger = createRootLogger(config.LOG_LEVEL, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  // SIGTERM/SIGINT close the BullMQ workers, which finish in-flight jobs before the process exits.
  app.enableShutdownHooks();
  await app.init();
  logger.info('worker started');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`worker: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
