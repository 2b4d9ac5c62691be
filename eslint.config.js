// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

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
            { target: './src', from: './data', except: [], message: 'Nothing in src imports data/: src/lib/dataset-source.ts reads it at build time.' },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Test helpers are for tests: nothing that ships may import them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**', 'src/test-setup.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/test/*', '**/test/*'], message: 'src/test holds test helpers: code that ships must not import them.' }] },
      ],
    },
  },
  {
    // Tests index into fixtures they just built; a failed assertion is clearer than a guard.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
