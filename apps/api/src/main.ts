import 'reflect-metadata';
import { loadApiConfig } from './config/api-config';
import { createApp } from './create-app';
import { EnvError, createRootLogger } from '@app/config';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadApiConfig();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`api: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createRootLogger(config.LOG_LEVEL, 'api');
  const app = await createApp(config, logger);
  await app.listen(config.PORT);
  logger.info({ port: config.PORT }, `API listening on ${config.PUBLIC_URL}`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`api: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
