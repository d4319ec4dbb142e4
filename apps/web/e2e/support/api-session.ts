// The browser tests run the whole system; only they use the shared test helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
export { ApiSession } from '@app/testing';
