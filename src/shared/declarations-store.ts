// Stored declarations (storage.local): several employers or policy versions, one active for work sites
// that no declaration lists by name. Read by the background and the options page; the popup reads only
// the comparison the background writes into each tab report. A declaration stored by an older Sightline
// (version 1) is upgraded as it is read (the Declaration schema does it), so nothing a worker saved stops
// reading after an update; the next save writes it back in the current version.
import { z } from 'zod';
import { Declaration } from '../policy/declaration';
import { storageItem } from './storage-item';

export const StoredDeclarations = z.object({
  version: z.literal(1),
  activeId: z.string().optional(),
  declarations: z.array(Declaration).max(50),
});
export type StoredDeclarations = z.infer<typeof StoredDeclarations>;

export const declarationsItem = storageItem('local', 'declarations', StoredDeclarations, {
  version: 1,
  declarations: [],
});
