export * from './api-session';
export * from './tcp-proxy';
export * from './test-env';
export * from './wait-for';
export * from './spawn-worker';
export * from './hostile';
