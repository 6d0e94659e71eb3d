// Flat config. The rule that matters most: the pure core (core, rules, policy, evidence, scope, identity,
// extensions, tls) never imports browser APIs, so it stays testable without mocks. Lint names the
// obvious ways in; tests/architecture.test.ts proves it over the whole import graph (nothing the pure
// core imports, however indirectly, is outside it).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'src/core/**',
      'src/rules/**',
      'src/policy/**',
      'src/evidence/**',
      'src/scope/**',
      'src/identity/**',
      'src/extensions/**',
      'src/tls/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'The pure core must not touch browser APIs.' }],
          patterns: [
            {
              group: [
                '**/background/**',
                '**/content/**',
                '**/popup/**',
                '**/options/**',
                '**/rep/**',
                '**/welcome/**',
              ],
              message: 'The pure core must not import adapters.',
            },
            {
              group: ['**/shared/**'],
              message: 'shared/ holds the browser-side stores and messaging; the pure contract is in src/core/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'The pure core must not touch browser APIs.' },
        { name: 'browser', message: 'The pure core must not touch browser APIs.' },
      ],
    },
  },
);
