// The worker's own identifiers (work email, employee number, username), in storage.local only, for
// checking whether monitoring products are sent who the worker is. Off until the worker turns it on;
// never exported, never sent anywhere, never written into the evidence log.
import { z } from 'zod/mini';
import { IDENTIFIER_KINDS, MAX_IDENTIFIERS, MIN_IDENTIFIER_LENGTH } from '../identity/kinds';
import { storageItem } from './storage-item';

export const IdentitySettings = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  identifiers: z
    .array(
      z.object({
        kind: z.enum(IDENTIFIER_KINDS),
        value: z.string().check(z.trim(), z.minLength(MIN_IDENTIFIER_LENGTH), z.maxLength(254)),
      }),
    )
    .check(z.maxLength(MAX_IDENTIFIERS)),
});
export type IdentitySettings = z.infer<typeof IdentitySettings>;

export const DEFAULT_IDENTITY: IdentitySettings = { version: 1, enabled: false, identifiers: [] };

export const identityItem = storageItem('local', 'identity', IdentitySettings, DEFAULT_IDENTITY);
