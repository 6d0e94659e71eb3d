// The capture engine for extension pages and the standalone capture page: the rules and platform
// features bundled at build time (scripts/vite-plugin-rules.ts), the very data the extension matches with.
import packageJson from '../../package.json' with { type: 'json' };
import rules from 'virtual:sightline-rules';
import features from 'virtual:sightline-platform-features';
import { RULE_DB_VERSION } from '../rules/version';
import { makeCaptureEngine, type CaptureEngine } from './engine';

export function bundledCaptureEngine(): CaptureEngine {
  return makeCaptureEngine(rules, features, RULE_DB_VERSION, packageJson.version);
}
