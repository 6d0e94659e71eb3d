// The capture core is pure, like rules/policy/evidence: it never imports browser APIs or UI modules, so
// the command line, the standalone page and the tests run it as the extension does. (eslint.layers.js
// gives src/capture/ its allow-list; this test also reads the source for browser globals lint cannot see.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [
  /['"]webextension-polyfill['"]/,
  /\/(background|content|popup|options|capture-page|rep)\//,
  /shared\/(messaging|i18n|download|signing-key|evidence-db)['"]/,
  /\bchrome\./,
];

describe('src/capture is pure', () => {
  const files = readdirSync(import.meta.dirname).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
  it.each(files)('%s imports no browser API', (file) => {
    const source = readFileSync(join(import.meta.dirname, file), 'utf8');
    const imports = [...source.matchAll(/^import .* from (['"][^'"]+['"]);?$/gm)].map((m) => m[1]!).join('\n');
    for (const pattern of FORBIDDEN) expect(imports, `${file}: ${pattern}`).not.toMatch(pattern);
    expect(source).not.toMatch(/\bbrowser\.(runtime|storage|tabs|i18n)/);
  });
});
