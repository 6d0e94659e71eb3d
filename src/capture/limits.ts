// What a capture cannot show, said wherever its findings are (the capture page, the command line, the
// evidence file's report): "nothing seen" never means "not monitored".
import type { Translate } from '../core/translate';

export const CAPTURE_LIMIT_KEYS = [
  'captureLimitOutsideBrowser',
  'captureLimitPageSignals',
  'captureLimitPermissions',
  'captureLimitExtensions',
  'captureLimitTime',
  'captureLimitEdited',
] as const;

export function captureLimits(t: Translate): string[] {
  return CAPTURE_LIMIT_KEYS.map((key) => t(key));
}
