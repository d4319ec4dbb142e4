import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { PinoNestLogger } from '@app/config';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { bodyParserErrors } from './common/body-parser-errors';
import { RequestContext } from './common/request-context';
import { createValidationPipe } from './common/validation.pipe';
import { serveDashboard } from './dashboard/serve-dashboard';
import { IMPORT_MAX_BYTES } from './landlords/landlords.controller';
import { requestLogging } from './logging/request-logging';

export const API_PREFIX = 'api';

/** Express "trust proxy" from TRUST_PROXY: false, a hop count, or a list of addresses/names. */
function trustProxy(value: string): boolean | number | string {
  if (/^(false|0|no|)$/i.test(value.trim())) return false;
  if (/^true$/i.test(value.trim())) return true;
  if (/^\d+$/.test(value.trim())) return Number(value);
  return value;
}

/** Builds the configured API application (used by main.ts and by tests). */
export async function createApp(config: ApiConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  // req.ip is the client's address only through proxies we trust (rate limits and the audit log use it).
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(RequestContext.middleware());
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
  app.use(cookieParser());
  // Body size limits: JSON and forms are small; the registry CSV import takes a text/csv body.
  // File uploads (multipart) are limited by their own route's interceptor.
  app.use(
    `/${API_PREFIX}/landlords/import`,
    express.text({ type: ['text/csv', 'application/csv', 'text/plain'], limit: IMPORT_MAX_BYTES }),
  );
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.use(bodyParserErrors());
  app.enableCors({ origin: config.CORS_ORIGIN, credentials: true });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['admin/queues'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Complaint Handling Code self-assessment API')
    .setDescription(
      "Upload, parse and compare social landlords' Complaint Handling Code self-assessments. " +
        'Sign in with POST /api/auth/login: it sets the session cookie and returns a CSRF token to send as ' +
        'x-csrf-token on every POST, PATCH, PUT and DELETE. Each operation lists who may call it (x-access).',
    )
    .setVersion('1')
    .addCookieAuth('chc_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  serveDashboard(app, config.WEB_DIST_DIR);
  return app;
}
