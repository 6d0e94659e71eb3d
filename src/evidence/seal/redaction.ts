// The detail levels an export may keep: every field ("full"), hosts but not paths ("host"), or only the
// kinds of monitoring ("category"). Verification needs the name as much as the export does, so it
// lives with the seal, not with the bundle format.
import { z } from 'zod';

export const Redaction = z.enum(['full', 'host', 'category']);
export type Redaction = z.infer<typeof Redaction>;
