// Flat config. The rule that matters most: the pure core (rules, policy, evidence, scope, extensions,
// tls) never imports browser APIs, so it stays testable without mocks.
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
    files: ['src/rules/**', 'src/policy/**', 'src/evidence/**', 'src/scope/**', 'src/identity/**', 'src/extensions/**', 'src/tls/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'The pure core must not touch browser APIs.' }],
          patterns: [
            { group: ['**/background/**', '**/content/**', '**/popup/**', '**/options/**'], message: 'The pure core must not import adapters.' },
            { group: ['**/shared/messaging', '**/shared/i18n', '**/shared/tab-detections'], message: 'These modules use browser APIs.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'The pure core must not touch browser APIs.' }, { name: 'browser', message: 'The pure core must not touch browser APIs.' }],
    },
  },
);
