export * from './common-env';
export * from './env-schema';
export * from './logger';
export * from './with-timeout';
