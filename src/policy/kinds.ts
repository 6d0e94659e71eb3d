// The monitoring kinds a declaration, the policy reader and (later) worker reports speak of: every
// browser-visible category of the rule taxonomy, and the kinds no browser can see (CCTV, audio,
// biometrics, call recording, location and vehicle tracking, door and badge logs). Employers' policies
// describe monitoring by channel ("email, telephone, internet use, CCTV"), not by product, so a
// declaration must be able to name each of them.
//
// Where a kind of the issue's list is already a rule category, the category id is the kind id: "internet
// use logging and filtering" is web_filtering, "email and message content scanning" is
// communication_surveillance, "device and desktop agents" is employee_monitoring, and "server-side
// productivity and collaboration analytics" is productivity_scoring. One id per idea, so a policy's
// "internet use" still covers a web filter the browser sees, and a person is never asked to pick
// between two names for one thing.
//
// Plain words live in public/_locales/en/messages.json: a browser kind uses its category's keys
// (category_<id>_name / _plain); every other kind has kind_<id>_name / _plain. Every kind has
// kind_<id>_law: what the law and the ICO's "Monitoring workers" guidance say of it in particular.
import {
  CAPABILITY_IDS,
  CATEGORY_IDS,
  categoryNameKey,
  categoryPlainKey,
  capabilityKey,
  type CapabilityId,
  type CategoryId,
} from '../core/taxonomy';
import type { IcoPointId } from './ico-points';

/** Kinds beyond the browser: declared (and, later, reported), never observed by Sightline. */
export const OFFLINE_KIND_IDS = [
  'cctv_video',
  'audio_recording',
  'biometrics',
  'call_recording',
  'location_tracking',
  'access_logs',
] as const;
export type OfflineKindId = (typeof OFFLINE_KIND_IDS)[number];

export const KIND_IDS = [...CATEGORY_IDS, ...OFFLINE_KIND_IDS] as const;
export type KindId = CategoryId | OfflineKindId;

/** What a kind can capture beyond the browser capabilities of taxonomy.ts. */
export const OFFLINE_CAPTURE_IDS = [
  'images',
  'conversations',
  'biometric',
  'call_audio',
  'call_details',
  'comings_goings',
  'journeys',
  'message_traffic',
] as const;
export type OfflineCaptureId = (typeof OFFLINE_CAPTURE_IDS)[number];
export type CaptureId = CapabilityId | OfflineCaptureId;

/**
 * How much of a kind a browser extension can see: 'browser' (its tools run in work web apps and are
 * matched by rules), 'partly' (some of it shows in the browser, such as a web filter's certificate or a
 * platform's analytics page; the rest runs on the device or the server), 'none' (declared only).
 */
export type Visibility = 'browser' | 'partly' | 'none';

export interface KindInfo {
  visibility: Visibility;
  captures: readonly CaptureId[];
  /** The ICO points that matter most for this kind (ico-points.ts), in the order a letter would raise them. */
  ico: readonly IcoPointId[];
}

// Every monitoring kind engages the basics (a lawful basis, telling workers, a defined purpose) and the
// worker's rights to see the data and to object; each kind adds what is particular to it.
const points = (...particular: IcoPointId[]): readonly IcoPointId[] => [
  'lawful_basis',
  'transparency',
  'purpose',
  ...particular,
  'rights',
];

export const KINDS: Readonly<Record<KindId, KindInfo>> = {
  session_recording: {
    visibility: 'browser',
    captures: ['clicks', 'mouse_movement', 'typed_text', 'page_content', 'urls_visited', 'identity'],
    ico: points('proportionality', 'dpia', 'minimisation'),
  },
  digital_adoption: {
    visibility: 'browser',
    captures: ['clicks', 'page_content', 'urls_visited', 'identity'],
    ico: points('minimisation'),
  },
  product_analytics: {
    visibility: 'browser',
    captures: ['clicks', 'urls_visited', 'identity'],
    ico: points('minimisation'),
  },
  productivity_scoring: {
    visibility: 'partly',
    captures: ['active_idle_time', 'message_traffic', 'identity', 'files'],
    ico: points('automated_decisions', 'dpia', 'accuracy', 'consultation'),
  },
  employee_monitoring: {
    visibility: 'partly',
    captures: ['screen_capture', 'typed_text', 'active_idle_time', 'urls_visited', 'camera', 'files', 'identity'],
    ico: points('proportionality', 'dpia', 'home_working', 'consultation'),
  },
  dlp_insider_risk: {
    visibility: 'partly',
    captures: ['files', 'clipboard', 'message_content', 'urls_visited', 'identity'],
    ico: points('special_category', 'dpia', 'access'),
  },
  communication_surveillance: {
    visibility: 'partly',
    captures: ['message_content', 'message_traffic', 'files', 'identity'],
    ico: points('content_over_traffic', 'special_category', 'dpia', 'access'),
  },
  process_mining: {
    visibility: 'browser',
    captures: ['clicks', 'typed_text', 'screen_capture', 'active_idle_time', 'identity'],
    ico: points('proportionality', 'dpia', 'automated_decisions'),
  },
  web_filtering: {
    visibility: 'partly',
    captures: ['urls_visited', 'page_content', 'identity'],
    ico: points('proportionality', 'retention', 'access'),
  },
  rum_replay: {
    visibility: 'browser',
    captures: ['clicks', 'page_content', 'urls_visited'],
    ico: points('minimisation'),
  },
  platform_telemetry: {
    visibility: 'browser',
    captures: ['clicks', 'urls_visited', 'active_idle_time', 'identity'],
    ico: points('retention', 'access'),
  },
  cctv_video: {
    visibility: 'none',
    captures: ['images', 'location'],
    ico: points('private_areas', 'proportionality', 'dpia', 'retention'),
  },
  audio_recording: {
    visibility: 'none',
    captures: ['conversations', 'microphone'],
    ico: points('audio_intrusive', 'proportionality', 'dpia', 'covert'),
  },
  biometrics: {
    visibility: 'none',
    captures: ['biometric', 'comings_goings', 'identity'],
    ico: points('special_category', 'alternative', 'dpia', 'proportionality'),
  },
  call_recording: {
    visibility: 'none',
    captures: ['call_audio', 'call_details', 'identity'],
    ico: points('content_over_traffic', 'proportionality', 'retention', 'access'),
  },
  location_tracking: {
    visibility: 'none',
    captures: ['location', 'journeys', 'identity'],
    ico: points('private_time', 'proportionality', 'dpia'),
  },
  access_logs: { visibility: 'none', captures: ['comings_goings', 'identity'], ico: points('retention') },
};

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_IDS);

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** A kind the rule taxonomy has as a category: findings of that category can be compared with it. */
export function isBrowserCategory(kind: KindId): kind is CategoryId {
  return CATEGORY_SET.has(kind);
}

export const kindNameKey = (kind: KindId): string =>
  isBrowserCategory(kind) ? categoryNameKey(kind) : `kind_${kind}_name`;
export const kindPlainKey = (kind: KindId): string =>
  isBrowserCategory(kind) ? categoryPlainKey(kind) : `kind_${kind}_plain`;
export const kindLawKey = (kind: KindId): string => `kind_${kind}_law`;
export const visibilityKey = (visibility: Visibility): string => `kind_visibility_${visibility}`;

const CAPABILITY_SET: ReadonlySet<string> = new Set(CAPABILITY_IDS);
export const captureKey = (capture: CaptureId): string =>
  CAPABILITY_SET.has(capture) ? capabilityKey(capture as CapabilityId) : `kind_capture_${capture}`;
