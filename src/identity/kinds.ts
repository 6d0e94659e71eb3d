// The identifiers a worker may enter and the forms Sightline looks for them in (no code: pages and the
// options form import these without the hashing).
export const IDENTIFIER_KINDS = ['email', 'employee_number', 'username'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export const IDENTITY_FORMS = ['plain', 'url_encoded', 'base64', 'md5', 'sha1', 'sha256'] as const;
export type IdentityForm = (typeof IDENTITY_FORMS)[number];

/** Shorter identifiers would match by chance ("42" is in every other URL). */
export const MIN_IDENTIFIER_LENGTH = 4;
export const MAX_IDENTIFIERS = 10;
