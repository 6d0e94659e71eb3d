// The monitoring taxonomy every rule uses. The plain words for each term live in one place,
// public/_locales/en/messages.json: extension pages read them through browser.i18n (so a translation is
// one file), and pure code such as reports reads the English text through the helpers below.
import englishMessages from '../../public/_locales/en/messages.json' with { type: 'json' };

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

/** A translator: browser.i18n.getMessage in extension pages, englishText in pure code. */
export type Translate = (key: string, ...substitutions: string[]) => string;

const messages = englishMessages as Record<string, { message: string } | undefined>;

/** English text for a message key, with $1-style placeholders filled in (pure, for reports and tests). */
export const englishText: Translate = (key, ...substitutions) => {
  const entry = messages[key];
  if (!entry) return key;
  const placeholders = (entry as { placeholders?: Record<string, { content: string }> }).placeholders ?? {};
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    const index = Number(/^\$(\d)$/.exec(content)?.[1] ?? 0);
    return index > 0 ? (substitutions[index - 1] ?? '') : content;
  });
};
