import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nx/**',
      '**/coverage/**',
      'test-artifacts/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
      'vitest.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: {
        // The spec configs cover every file of a project (code and tests) and resolve libs to their source.
        project: ['./libs/*/tsconfig.spec.json', './apps/api/tsconfig.spec.json', './apps/worker/tsconfig.spec.json', './apps/web/tsconfig.json', './apps/web/tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Import across projects by alias (@app/...), never ../../' }] },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:config', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'scope:code-catalog', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:parser', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:code-catalog'] },
            { sourceTag: 'scope:consistency', onlyDependOnLibsWithTags: ['scope:code-catalog', 'scope:contracts'] },
            { sourceTag: 'scope:queue', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'scope:request-fields', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'scope:db', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:code-catalog', 'scope:consistency', 'scope:parser'] },
            {
              sourceTag: 'scope:testing',
              onlyDependOnLibsWithTags: ['scope:contracts', 'scope:db', 'scope:queue', 'scope:code-catalog', 'scope:parser', 'scope:consistency'],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
          ],
        },
      ],
    },
  },
  {
    // libs/db's repositories of one area (repositories/analytics, checks, exports, search) sit two levels below the
    // row schemas every query is read through (src/rows).
    files: ['libs/db/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../../*'], message: 'Import across projects by alias (@app/...), never ../../../' }] },
      ],
    },
  },
  {
    // The parser's adapters have rooms of their own (adapters/pdf, adapters/text-layout) two levels below the model and
    // vocabulary they share; @nx/enforce-module-boundaries still refuses a relative import that leaves the project.
    files: ['libs/parser/src/**/*.ts', 'libs/parser/scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../../*'], message: 'Import across projects by alias (@app/...), never ../../../' }] },
      ],
    },
  },
);
