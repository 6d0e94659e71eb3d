// Emits page-hooks.js: src/content/page-hooks.ts as one classic script (an IIFE, no imports), with the
// build's channel name filled in. The background registers it for in-scope sites only (scripting API),
// so it is not a manifest content script and @crxjs does not build it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

export const PAGE_HOOKS_FILE = 'page-hooks.js';
const SOURCE = join(import.meta.dirname, '..', 'src', 'content', 'page-hooks.ts');

export async function pageHooksScript(channel: string): Promise<string> {
  const source = readFileSync(SOURCE, 'utf8').replace(/^export \{\};\s*$/m, '');
  const { code } = await transformWithOxc(source, SOURCE, { lang: 'ts', target: 'es2022' });
  if (!code.includes('__SIGHTLINE_CHANNEL__')) throw new Error('page-hooks.ts no longer names __SIGHTLINE_CHANNEL__');
  return `(() => {\n'use strict';\n${code.replaceAll('__SIGHTLINE_CHANNEL__', JSON.stringify(channel))}\n})();\n`;
}

export function sightlinePageHooks(channel: string): Plugin {
  return {
    name: 'sightline-page-hooks',
    apply: 'build',
    async generateBundle() {
      this.addWatchFile(SOURCE);
      this.emitFile({ type: 'asset', fileName: PAGE_HOOKS_FILE, source: await pageHooksScript(channel) });
    },
  };
}
