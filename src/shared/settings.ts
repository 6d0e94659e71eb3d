// The worker's settings, in storage.local.
import { z } from 'zod/mini';
import { storageItem } from './storage-item';

export const Settings = z.object({
  version: z.literal(1),
  /** Work sites the user added (domain suffixes, validated by parseDomainInput). */
  userDomains: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500)),
  /**
   * The built-in work apps the person chose (ids from scope/work-apps.ts), on the welcome or options
   * page. Absent until they choose: every built-in app is then in scope, as before the choice existed.
   */
  workApps: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200))),
  /** Opt-in: treat every site as a work site. */
  allSites: z.boolean(),
  /** Evidence older than this is deleted. */
  retentionDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
  /** The anonymous code this installation's exports carry, made at the first anonymous export. */
  memberCode: z.optional(z.string().check(z.regex(/^M-[A-Z0-9]{8}$/))),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { version: 1, userDomains: [], allSites: false, retentionDays: 365 };

export const settingsItem = storageItem('local', 'settings', Settings, DEFAULT_SETTINGS);
