// What a work site may use in the browser beyond the page: the sensitive permissions the person has
// granted it (read from the isolated world with navigator.permissions.query, which the page cannot see)
// and, where the browser says so (Firefox's tabs.Tab.sharingState), what it is capturing right now.
// Pure: ids, their meaning, and the fold into a tab report.
//
// Sightline does not watch calls inside the page (a page can detect any wrapper), so it cannot say which
// script used a permission or how often: a granted permission says the site can use it without asking.
import type { CapabilityId } from '../core/taxonomy';

export const SITE_ACCESS_IDS = [
  'camera',
  'microphone',
  'screen',
  'location',
  'idle',
  'clipboard_read',
  'notifications',
] as const;
export type SiteAccessId = (typeof SITE_ACCESS_IDS)[number];

/** navigator.permissions.query names, and the access each grants. */
export const PERMISSION_ACCESS: Readonly<Record<string, SiteAccessId>> = {
  camera: 'camera',
  microphone: 'microphone',
  geolocation: 'location',
  'clipboard-read': 'clipboard_read',
  'idle-detection': 'idle',
  notifications: 'notifications',
};

/** The capability each access gives, in the taxonomy's words (notifications capture nothing). */
export const ACCESS_CAPABILITY: Readonly<Record<SiteAccessId, CapabilityId | undefined>> = {
  camera: 'camera',
  microphone: 'microphone',
  screen: 'screen_capture',
  location: 'location',
  idle: 'active_idle_time',
  clipboard_read: 'clipboard',
  notifications: undefined,
};

/** The access ids a permission reading grants, in SITE_ACCESS_IDS order; unknown names and states are ignored. */
export function grantedAccess(states: Readonly<Record<string, unknown>>): SiteAccessId[] {
  const granted = new Set<SiteAccessId>();
  for (const [name, access] of Object.entries(PERMISSION_ACCESS)) {
    if (Object.hasOwn(states, name) && states[name] === 'granted') granted.add(access);
  }
  return SITE_ACCESS_IDS.filter((id) => granted.has(id));
}

/** Firefox's sharingState ({ camera, microphone, screen }) as access ids being captured now. */
export function liveCapture(
  sharing: { camera?: boolean; microphone?: boolean; screen?: string } | undefined,
): SiteAccessId[] {
  if (!sharing) return [];
  const live: SiteAccessId[] = [];
  if (sharing.camera === true) live.push('camera');
  if (sharing.microphone === true) live.push('microphone');
  if (typeof sharing.screen === 'string' && sharing.screen.length > 0) live.push('screen');
  return live;
}
