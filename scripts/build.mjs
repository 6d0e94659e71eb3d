// `npm run build`: both extension targets, one after the other (vite's config reads SIGHTLINE_TARGET).
import { build } from 'vite';

// The config imports TypeScript without extensions, which Vite's bundling config loader handles; the
// warning is about a future default.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

for (const target of ['chrome', 'firefox']) {
  process.env.SIGHTLINE_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}

// The standalone capture page: one HTML file with everything inlined, for browsers where the extension
// cannot be installed (docs/capture.md).
{
  const { copyFileSync, rmSync } = await import('node:fs');
  await build({ configFile: 'scripts/capture-standalone.config.ts', logLevel: 'warn' });
  copyFileSync('dist/standalone/src/capture-page/standalone.html', 'dist/sightline-capture.html');
  rmSync('dist/standalone', { recursive: true, force: true });
  console.log('built dist/sightline-capture.html');
}
