// Browser APIs a work app (or a monitoring script inside it) can use to reach further than the page:
// the ids the MAIN-world hooks report, and what each means. Page-reported: the page's world can lie.
import type { CapabilityId } from '../rules/taxonomy';

export const BROWSER_API_IDS = ['camera', 'microphone', 'screen', 'location', 'idle', 'clipboard_read', 'keystrokes'] as const;
export type BrowserApiId = (typeof BROWSER_API_IDS)[number];

/** The capability each use gives, in the taxonomy's words, and the API behind it (shown as "why"). */
export const BROWSER_APIS: Record<BrowserApiId, { capability: CapabilityId; api: string }> = {
  camera: { capability: 'camera', api: 'navigator.mediaDevices.getUserMedia({ video })' },
  microphone: { capability: 'microphone', api: 'navigator.mediaDevices.getUserMedia({ audio })' },
  screen: { capability: 'screen_capture', api: 'navigator.mediaDevices.getDisplayMedia()' },
  location: { capability: 'location', api: 'navigator.geolocation.getCurrentPosition() / watchPosition()' },
  idle: { capability: 'active_idle_time', api: 'IdleDetector.start()' },
  clipboard_read: { capability: 'clipboard', api: 'navigator.clipboard.read() / readText()' },
  keystrokes: { capability: 'typed_text', api: 'addEventListener("keydown" | "keypress" | "keyup" | "input") on the whole document' },
};

/**
 * Keystroke listeners on the whole document are how every app does keyboard shortcuts, so they count
 * only when the script that registered them belongs to a known monitoring product.
 */
export function needsKnownCaller(api: BrowserApiId): boolean {
  return api === 'keystrokes';
}
