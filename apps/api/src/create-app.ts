import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { PinoNestLogger } from '@app/config';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';
import { AllExceptionsFilter } from './common/all-exceptions.filter';

import { requestLogging } from './logging/request-logging';

/** Builds the configured API application (used by main.ts and by tests). */
export async function createApp(config: ApiConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.use(requestLogging(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.enableCors({ origin: config.CORS_ORIGIN, credentials: true });
  app.setGlobalPrefix('api', { exclude: ['admin/queues'] });
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Complaint Handling Code self-assessment API')
    .setDescription('Upload, parse and compare social landlords\' Complaint Handling Code self-assessments.')
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  serveDashboard(app as NestExpressApplication, config.WEB_DIST_DIR);
  return app;
}

/** Serves the built dashboard at / with a single-page-app fallback; API paths are left alone. */
function serveDashboard(app: NestExpressApplication, distDir: string): void {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) return;
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/admin/queues')) return next();
    res.sendFile(resolve(root, 'index.html'));
  });
}
