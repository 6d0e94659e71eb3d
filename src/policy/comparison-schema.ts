// What the popup needs to know about the policy for one tab (policy/summary.ts makes it; the background
// stores it with the tab report). Written with zod/mini like the rest of what the popup parses on open.
import { z } from 'zod/mini';
import { count, ownRecord } from '../core/zod-records';
import { COMPARED_STATUSES } from './declared-status';

/** The comparison with the employer's declared policy, written by the background for the popup. */
export const PolicyComparison = z.object({
  declarationId: z.string(),
  /** "Contoso Ltd - Monitoring at work v3 (2026-01-10)" */
  label: z.string(),
  url: z.optional(z.string()),
  /** Per finding: declared by product, by category only, or undeclared. */
  statuses: ownRecord(z.enum(COMPARED_STATUSES)),
  /** Declared items no finding here matched ("declared, not seen here"). */
  notSeen: z.array(z.object({ label: z.string(), quote: z.optional(z.string()) })),
  /** ICO transparency points: how many of the declaration's items answer each. */
  checklist: z.array(z.object({ point: z.string(), answered: count, total: count })),
  /** Per server-side platform feature shown on this site: named by the policy, its category only, or absent. */
  features: z.optional(ownRecord(z.enum(['product', 'category', 'absent']))),
  /** The policy's promises that products seen here break (policy/contradictions.ts). */
  contradictions: z.optional(
    z.array(
      z.object({
        quote: z.string(),
        ruleId: z.optional(z.string()),
        product: z.optional(z.string()),
        category: z.optional(z.string()),
        capability: z.optional(z.string()),
        by: z.enum(['product', 'category', 'capability']),
        products: z.array(z.string()),
        pageOnlyProducts: z.array(z.string()),
      }),
    ),
  ),
});
export type PolicyComparison = z.infer<typeof PolicyComparison>;
