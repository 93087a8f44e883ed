import js from '@eslint/js';
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'electron'];
const restrict = (patterns: ({ group: string[]; message: string } | { regex: string; message: string })[]): Linter.RuleEntry => ['error', { patterns }];

export default defineConfig([
  { ignores: ['out/**', 'release/**', 'test-results/**', 'node_modules/**', 'bench/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  // The layers of DESIGN.md: shared is runtime-neutral; core never sees Electron; the renderer
  // reaches main only through window.api in renderer/api.
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: nodeModules, message: 'electron/shared runs in the browser too: no Node or Electron.' },
        { group: ['**/core/**', '**/main/**', '**/preload/**', '**/cli/**', '**/renderer/**'], message: 'shared imports nothing above it.' },
      ]),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron'], message: 'core is free of Electron; wire it in electron/main.' },
        { group: ['**/main/**', '**/preload/**', '**/cli/**', '**/renderer/**'], message: 'core imports only shared.' },
      ]),
    },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron'], message: 'The CLI runs on plain Node.' },
        { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'The CLI stands on core and shared only.' },
      ]),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/cli/**', '**/preload/**', '**/renderer/**'], message: 'main wires core to Electron only.' },
      ]),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/core/**', '**/main/**', '**/cli/**', '**/renderer/**', 'node:*'], message: 'The preload exposes the contract and nothing else.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-imports': restrict([
        // A regex, not a group: the group pattern 'electron' would match the electron/shared folder.
        { regex: '^(node:.*|fs|path|os|child_process|crypto|electron)$', message: 'The renderer reaches Node and Electron only through window.api.' },
        { group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**'], message: 'The renderer may import electron/shared only.' },
      ]),
      'no-restricted-globals': ['error', { name: 'api', message: 'Use renderer/api.' }],
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Only renderer/api reads window.api.' }],
    },
  },
  { files: ['renderer/api/**/*.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Every user-facing string goes through t() from the catalog: no text nodes or literal labels in JSX.
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-zА-Яа-яЁё]/]', message: 'UI text goes through t() from the i18n catalog.' },
        {
          selector: 'JSXAttribute[name.name=/^(title|placeholder|aria-label|alt|label|aria-description)$/] > Literal',
          message: 'UI text goes through t() from the i18n catalog.',
        },
      ],
    },
  },
]);
