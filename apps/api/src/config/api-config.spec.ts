import { describe, expect, it } from 'vitest';
import { loadApiConfig } from './api-config';

describe('loadApiConfig', () => {
  it('limits sign-ins and uploads by default, but not under NODE_ENV=test unless asked to', () => {
    expect(loadApiConfig({}).LOGIN_RATE_LIMIT).toBe(20);
    expect(loadApiConfig({ NODE_ENV: 'production' }).UPLOAD_RATE_LIMIT).toBe(200);
    expect(loadApiConfig({ NODE_ENV: 'test' }).LOGIN_RATE_LIMIT).toBe(100_000);
    expect(loadApiConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '3' }).LOGIN_RATE_LIMIT).toBe(3);
  });
});
