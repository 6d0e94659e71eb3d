// The monitoring taxonomy every rule uses. The plain words for each term live in one place,
// public/_locales/en/messages.json, under the keys below: extension pages read them through browser.i18n
// (so a translation is one file), and pure code such as reports through englishText (english-text.ts).

export const CATEGORY_IDS = [
  'session_recording',
  'digital_adoption',
  'product_analytics',
  'productivity_scoring',
  'employee_monitoring',
  'dlp_insider_risk',
  'communication_surveillance',
  'process_mining',
  'web_filtering',
  'rum_replay',
  'platform_telemetry',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CAPABILITY_IDS = [
  'clicks',
  'mouse_movement',
  'typed_text',
  'page_content',
  'screen_capture',
  'urls_visited',
  'active_idle_time',
  'identity',
  'location',
  'camera',
  'microphone',
  'clipboard',
  'files',
  'message_content',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

export const categoryNameKey = (id: CategoryId): string => `category_${id}_name`;
export const categoryPlainKey = (id: CategoryId): string => `category_${id}_plain`;
export const capabilityKey = (id: CapabilityId): string => `capability_${id}`;
