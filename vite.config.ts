// One manifest, two builds: `SIGHTLINE_TARGET=chrome|firefox vite build` (scripts/build.mjs runs both).
// Firefox gets background.scripts (via @crxjs's browser option) and gecko settings added here.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifestSource from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { sightlineRules } from './scripts/vite-plugin-rules';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'sightline@sightline.invalid';

// package.json's "version" is the one version source: manifest.json has none, and both builds get it here.
const baseManifest = { ...manifestSource, version: packageJson.version };

export function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  return {
    ...baseManifest,
    // Firefox MV3 runs an event page (background.scripts), not a service worker.
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    // Firefox reads a page's certificate chain (webRequest.getSecurityInfo, for the TLS interception
    // check) only inside a "blocking" onHeadersReceived listener, which needs this permission. Firefox
    // grants it without a prompt; the listener never blocks or changes anything. Chromium has no
    // getSecurityInfo, and MV3 Chromium refuses the permission to store-installed extensions.
    permissions: [...baseManifest.permissions, 'webRequestBlocking'],
    // Firefox reads optional_permissions/host_permissions the same way; it needs an id to keep storage
    // across restarts, and new listings must say what data they collect: nothing leaves the device.
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

const target = (process.env.SIGHTLINE_TARGET ?? 'chrome') as Target;
if (target !== 'chrome' && target !== 'firefox')
  throw new Error(`SIGHTLINE_TARGET must be chrome or firefox, not ${target}`);

export default defineConfig({
  // Workers (the rep view's merge worker) are bundled separately and need the rule catalog too.
  worker: { format: 'es', plugins: () => [sightlineRules()] },
  build: {
    // The rep view, the empty page the options page frames to read extensions after a grant, and the
    // welcome page opened on first install, and the page that checks a browser capture (HAR file).
    rollupOptions: {
      input: {
        rep: 'src/rep/index.html',
        'fresh-context': 'src/options/fresh-context.html',
        welcome: 'src/welcome/index.html',
        capture: 'src/capture-page/index.html',
      },
    },
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // No source maps in the shipped extension: smaller, and nothing extra for a page to probe.
    sourcemap: false,
    target: 'es2022',
  },
  plugins: [sightlineRules(), crx({ manifest: manifestFor(target), browser: target })],
});
