// Messages between the options page and the policy-reading worker (same extension, same build; the text
// is the only input and the worker treats it as untrusted).
import type { PolicyReading } from '../policy/reader/read-policy';

export type ToReader = { id: number; text: string };

export type FromReader = { id: number } & ({ ok: true; reading: PolicyReading } | { ok: false; error: string });
