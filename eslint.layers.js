// The layers of src/ as allow-lists, for eslint.config.js: each folder of src/ is in exactly one layer,
// and a layer names what its files may import. Anything not named is refused, so a new folder (which
// is in no layer) and a new import (which is in no list) both fail lint until this file says where they
// belong. tests/lint-rules.test.ts proves each refusal on files placed in each layer.

/** The pure core: no browser API, so it runs the same in the extension, the CLI and the tests. */
export const PURE = ['core', 'rules', 'policy', 'evidence', 'scope', 'identity', 'extensions', 'tls', 'dashboard'];

/** Packages the pure core may use: none touches a browser API. `virtual:` modules are build-time data. */
const PURE_PACKAGES = ['zod', '@noble/hashes', 'virtual:'];

/** The pure files of src/shared/ (the tab report and its schema) the capture core folds results into. */
const SHARED_PURE_FILES = ['shared/tab-report.ts', 'shared/tab-report-schema.ts', 'shared/site-access.ts'];

/** The evidence log's write side: only the background (one writer, one queue) may open it for writing. */
const LOG_WRITER = ['src/shared/evidence-db.ts'];
/** The database it writes: the writer and the reads (evidence-log-read.ts) open it, nothing else. */
const LOG_DATABASE = ['src/shared/evidence-db-open.ts'];

const ADAPTER = [...PURE, 'shared'];

/**
 * Each layer: the folders in it, the src paths (folders or files, relative to src/) its files may
 * import, and (when set) the only packages its non-test files may import.
 */
export const LAYERS = [
  { name: 'the pure core', folders: PURE, mayImport: PURE, packages: PURE_PACKAGES },
  {
    name: 'the capture core',
    folders: ['capture'],
    mayImport: [...PURE, 'capture', ...SHARED_PURE_FILES],
    packages: [...PURE_PACKAGES, 'tldts'],
  },
  // Functions the background and popup inject into pages (scripting.executeScript serialises them):
  // they take nothing with them, so they import nothing, least of all zod or the polyfill.
  // The one exception is page-limits.ts, imported for its types only: the limits themselves are passed in
  // as an argument (src/content/injected-alone.test.ts runs each function alone and fails on a value import).
  { name: 'page code', folders: ['content'], mayImport: ['content', 'core/page-limits.ts'], packages: [] },
  { name: 'the browser-side stores and messaging', folders: ['shared'], mayImport: [...PURE, 'shared'] },
  { name: 'the background', folders: ['background'], mayImport: [...ADAPTER, 'content', 'background'] },
  { name: 'the popup', folders: ['popup'], mayImport: [...ADAPTER, 'content', 'popup'] },
  { name: 'the options page', folders: ['options'], mayImport: [...ADAPTER, 'options'] },
  // The rep view merges capture evidence beside exports with the capture core's reading and planning.
  { name: 'the rep page', folders: ['rep'], mayImport: [...ADAPTER, 'capture', 'rep'] },
  // The welcome page shows the options page's scope editor (the one settings form both pages share).
  { name: 'the welcome page', folders: ['welcome'], mayImport: [...ADAPTER, 'welcome', 'options/scope-editor.tsx'] },
  // The capture page shows a capture's results with the popup's finding views.
  {
    name: 'the capture page',
    folders: ['capture-page'],
    mayImport: [
      ...ADAPTER,
      'capture',
      'capture-page',
      'popup/contradictions.tsx',
      'popup/findings-by-category.tsx',
      'popup/platform-offers.tsx',
      'popup/policy-line.tsx',
      'popup/unknown-hosts.tsx',
    ],
  },
];

export const SOURCE_FILES = ['src/**/*.ts', 'src/**/*.tsx'];
const TEST_FILES = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/test-*.ts'];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** no-restricted-imports options that refuse every package not listed (relative imports are the zones'). */
function packagesOnly(layer) {
  const allowed = layer.packages.map((name) => (name.endsWith(':') ? escape(name) : `${escape(name)}(?:/|$)`));
  const regex = `^(?!\\.|${allowed.join('|')})`.replace('|)', ')');
  const list = layer.packages.length > 0 ? layer.packages.join(', ') : 'no package';
  return ['error', { patterns: [{ regex, message: `${layer.name} may import ${list} (eslint.layers.js).` }] }];
}

/** import-x/no-restricted-paths zones: all of src/ is refused to the layer except what it may import. */
function zones(layer) {
  const target = layer.folders.map((folder) => `src/${folder}/**`);
  const allowed = layer.mayImport.map((path) => `./${path}`);
  const list = [
    {
      target,
      from: 'src',
      except: allowed,
      message: `${layer.name} may import only ${layer.mayImport.join(', ')} (eslint.layers.js).`,
    },
  ];
  if (layer.mayImport.includes('shared') && !layer.folders.includes('background'))
    list.push({
      target,
      // shared/ itself may open the database (evidence-log-read.ts does) but not write through the log.
      from: layer.folders.includes('shared') ? LOG_WRITER : [...LOG_WRITER, ...LOG_DATABASE],
      message:
        'Only the background writes the evidence log (one writer, one queue); pages read through shared/evidence-log-read.ts.',
    });
  return list;
}

/** The flat-config blocks: one per layer, plus one that refuses everything to a folder in no layer. */
export function layers() {
  const known = LAYERS.flatMap((layer) => layer.folders.map((folder) => `src/${folder}/**`));
  const blocks = LAYERS.flatMap((layer) => {
    const files = layer.folders.flatMap((folder) => [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`]);
    return [
      { files, rules: { 'import-x/no-restricted-paths': ['error', { zones: zones(layer) }] } },
      // A test of the log writer imports the writer; tests keep their layer's allow-list otherwise.
      {
        files: layer.folders.flatMap((folder) => [`src/${folder}/**/*.test.ts`, `src/${folder}/**/*.test.tsx`]),
        rules: { 'import-x/no-restricted-paths': ['error', { zones: zones(layer).slice(0, 1) }] },
      },
    ];
  });
  const packageBlocks = LAYERS.filter((layer) => layer.packages).map((layer) => ({
    files: layer.folders.flatMap((folder) => [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`]),
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': packagesOnly(layer),
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: `${layer.name} must not touch browser APIs.` },
        { name: 'browser', message: `${layer.name} must not touch browser APIs.` },
      ],
    },
  }));
  const unplaced = {
    files: SOURCE_FILES,
    ignores: [...known, 'src/*.d.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'src/**',
              from: 'src',
              message: 'This folder is in no layer: add it to eslint.layers.js with what it may import.',
            },
          ],
        },
      ],
    },
  };
  return [...blocks, ...packageBlocks, unplaced];
}
