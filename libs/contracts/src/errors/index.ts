export * from './api-error';
export * from './submission-errors';
