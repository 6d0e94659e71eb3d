// Vite config for the standalone capture page: one self-contained HTML file (scripts inlined by
// vite-plugin-singlefile) that works opened from disk, with no network and no extension. The shared UI's
// browser.i18n is served from _locales/en (src/capture-page/english-browser.ts). scripts/build.mjs runs
// it after the extension builds and writes dist/sightline-capture.html.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { sightlineRules } from './vite-plugin-rules';

export const STANDALONE_OUT_DIR = 'dist/standalone';

export default defineConfig({
  resolve: {
    alias: {
      'webextension-polyfill': fileURLToPath(new URL('../src/capture-page/english-browser.ts', import.meta.url)),
    },
  },
  build: {
    rollupOptions: { input: 'src/capture-page/standalone.html' },
    outDir: STANDALONE_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  plugins: [sightlineRules(), viteSingleFile({ removeViteModuleLoader: true })],
});
