// Flat config. What matters most is the layers of src/: each folder names the folders (and, for the pure
// core and page code, the packages) it may import, so a new folder or a new kind of import is refused
// until someone decides where it belongs here. tests/lint-rules.test.ts proves each refusal;
// tests/architecture.test.ts checks the same over the whole import graph, however indirect.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layers, SOURCE_FILES } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: SOURCE_FILES,
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x reads only .js files when it follows imports, and no-cycle sees no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      // Cycles between files (and so between folders): a layer that imports back up is not a layer.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...layers(),
);
