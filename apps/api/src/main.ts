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
  // The port really bound (PORT=0 picks a free one), not the one asked for.
  const address: unknown = app.getHttpServer().address();
  const port = address && typeof address === 'object' && 'port' in address ? Number(address.port) : config.PORT;
  logger.info({ port, publicUrl: config.PUBLIC_URL }, `API listening on http://localhost:${port}`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`api: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
