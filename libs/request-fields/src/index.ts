export * from './query-fields';
