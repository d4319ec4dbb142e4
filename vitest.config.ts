import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Every @app/* import resolves to the project's source, so tests never run stale builds.
const alias = [
  { find: /^@app\/([a-z-]+)$/, replacement: resolve(__dirname, 'libs/$1/src/index.ts') },
  // The dashboard's own absolute imports (apps/web/tsconfig.json paths).
  { find: /^@web\/(.*)$/, replacement: resolve(__dirname, 'apps/web/src/$1') },
];

// SWC keeps decorator metadata, which Nest's dependency injection and TypeORM need.
const plugins = [
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
  }),
];

const ignored = ['**/node_modules/**', '**/dist/**'];

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['{apps,libs,scripts}/**/*.spec.{ts,tsx}'],
          exclude: ignored,
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['{apps,libs}/**/*.integration-spec.ts'],
          exclude: ignored,
          environment: 'node',
          globalSetup: ['libs/testing/src/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['{apps,libs}/**/*.e2e-spec.ts'],
          exclude: ignored,
          environment: 'node',
          globalSetup: ['libs/testing/src/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
