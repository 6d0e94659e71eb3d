#!/usr/bin/env node
// The `sightline` command (package.json "bin"): runs scripts/cli.ts through tsx, so the command runs the
// same TypeScript sources as the extension, with nothing to build first.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
