// Messages between the options page and the policy-reading worker (same extension, same build; the text
// is the only input and the worker treats it as untrusted).
import type { Suggestion } from '../policy/suggest';

export type ToReader = { id: number; text: string };

export type FromReader = { id: number } & ({ ok: true; suggestions: Suggestion[] } | { ok: false; error: string });
