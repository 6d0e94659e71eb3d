// A reader thread of `sightline merge` starts here: it registers tsx, as scripts/sightline.mjs does, so the
// thread runs the TypeScript sources (cli-read-worker.ts) whatever folder the command was run from.
import { register } from 'tsx/esm/api';

register();
await import('./cli-read-worker.ts');
