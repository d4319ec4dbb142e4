export * from './job-payloads';
export * from './queue-names';
export * from './queue-settings';
export * from './redis-connection';
