import { COMMON_ENV, env, readEnv, type EnvOf } from '@app/config';

export const API_ENV = {
  ...COMMON_ENV,
  PORT: env.int({ default: 3000, min: 1, max: 65_535 }),
  /** Where the built dashboard is; served at / when present. */
  WEB_DIST_DIR: env.string({ default: 'apps/web/dist', expects: 'a folder path' }),
  /** The dashboard's origin for CORS when it is served from elsewhere (the Vite dev server). */
  CORS_ORIGIN: env.string({ default: 'http://localhost:5173', expects: 'an origin such as https://dashboard.example' }),
  /** The address people open, used in printed links and set-password links. */
  PUBLIC_URL: env.url(['http:', 'https:'], { default: 'http://localhost:3000' }),
};

export type ApiConfig = EnvOf<typeof API_ENV>;
export const API_CONFIG = Symbol('API_CONFIG');

export function loadApiConfig(source: NodeJS.ProcessEnv = process.env): ApiConfig {
  return readEnv(API_ENV, source);
}
