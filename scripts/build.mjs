// `npm run build`: both extension targets, one after the other (vite's config reads SIGHTLINE_TARGET).
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.SIGHTLINE_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}
