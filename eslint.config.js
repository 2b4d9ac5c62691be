// @ts-check
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Test helpers are for tests: nothing that ships, to browsers or in the build, may import them. */
const testHelpers = { group: ['@/test/*', '**/test/*'], message: 'src/test holds test helpers: code that ships must not import them.' };

/** Build-time code: in src, `*.server.ts` beside its feature, and the build's server entry. */
const buildTimeFiles = ['src/**/*.server.{ts,tsx}', 'src/app/entry-server.tsx'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Text from data or input is rendered by React, escaped; never as markup.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text, never markup from data or input.' },
      ],
      // Layers, one way: data → src/lib → src/features/<feature> → src/app. Features never import each other.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/lib', from: './src/features', message: 'src/lib is below features: move the shared piece into src/lib.' },
            { target: './src/lib', from: './src/app', message: 'src/lib must not depend on the app.' },
            { target: './src/features', from: './src/app', message: 'Features must not depend on the app: compose them in a route.' },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features never import each other: compose them in a route module in src/app.',
            })),
            { target: './src', from: './data', except: [], message: 'Nothing in src imports data/: src/lib/dataset-source.server.ts reads it at build time.' },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Browser code: everything in src but build-time code and tests. It may use build-time modules' types,
    // never their values (they read data/, validate with zod, use node:*, or build the documents), and never
    // zod or a Node module at all, so none of them can reach a browser bundle. One block for both rules: the
    // same rule in two blocks for the same files would override, not add.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...buildTimeFiles, '**/*.test.{ts,tsx}', 'src/test/**', 'src/test-setup.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'zod is for build time: validate in a *.server.ts module.' },
            ...builtinModules.map((name) => ({ name, message: 'Node modules are for build time: use them in a *.server.ts module.' })),
          ],
          patterns: [
            testHelpers,
            {
              group: ['**/*.server', '**/*.server.*', '**/entry-server', '**/entry-server.*'],
              allowTypeImports: true,
              message: 'Build-time code: browser code may import only its types (import type), never its values.',
            },
            { group: ['node:*'], message: 'Node modules are for build time: use them in a *.server.ts module.' },
            { group: ['zod/*'], message: 'zod is for build time: validate in a *.server.ts module.' },
          ],
        },
      ],
    },
  },
  {
    // Build-time code ships in the build: it must not import test helpers either.
    files: buildTimeFiles,
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [testHelpers] }] },
  },
  {
    // Tests index into fixtures they just built; a failed assertion is clearer than a guard.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright's fixtures hand their value on through a function named `use`: not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
