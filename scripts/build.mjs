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
