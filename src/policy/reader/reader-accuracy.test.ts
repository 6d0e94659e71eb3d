// How well the policy reader finds the kinds of monitoring real policies declare: recall and precision
// per kind over the hand-labelled real policies in tests/fixtures/policies/real (LABELLING.md says how
// they were collected and labelled; the labels were written before the reader was run on them and are
// never changed to fit it). Prints the table; requires at least 90 % recall and precision overall.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { isKindId, KIND_IDS, type KindId } from '../kinds';
import { readPolicyText } from './read-policy';

const DIR = new URL('../../../tests/fixtures/policies/real/', import.meta.url);
/**
 * The number of real policies collected; the test fails if one goes missing. The first 24 were used
 * while the reader's words were written ('tuning'); the 9 marked "set": "held-out" were collected and
 * labelled afterwards. Their first run gave recall 71.4 %, precision 100 %; one general change followed
 * (sound recorded with pictures: "an audio and visual record", "sound and images are recorded"), so
 * they are no longer wholly unseen. Two more general changes came from false positives in the whole set
 * (2026-12-06): product names that are everyday words ("an element of ...") need the catalog's
 * capitalisation, and an organisation's own website (a notice "on the Council's Website") is not web use.
 * Labels were never changed.
 */
const REAL_POLICIES = 33;
const HELD_OUT = 9;
const TARGET = 0.9;

interface Labelled {
  id: string;
  text: string;
  declared: Set<KindId>;
  denied: Set<KindId>;
  heldOut: boolean;
}

function labelledPolicies(): Labelled[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.labels.json'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.labels\.json$/, '');
      const labels = JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as {
        declared: string[];
        denied: string[];
        set?: string;
      };
      const raw = readFileSync(new URL(`${id}.txt`, DIR), 'utf8');
      // The first line says where the text came from; it is not part of the policy.
      if (!raw.startsWith('# Source: https://') && !raw.startsWith('# Source: http://'))
        throw new Error(`${id}.txt has no source line`);
      const kinds = (list: string[]) => new Set(list.map((k) => (isKindId(k) ? k : fail(`${id}: unknown kind ${k}`))));
      return {
        id,
        text: raw.slice(raw.indexOf('\n') + 1),
        declared: kinds(labels.declared),
        denied: kinds(labels.denied),
        heldOut: labels.set === 'held-out',
      };
    });
}

function fail(message: string): never {
  throw new Error(message);
}

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

const ratio = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);
const percent = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

describe('the policy reader on real, hand-labelled policies', () => {
  const policies = labelledPolicies();
  const perKind = new Map<KindId, Tally>(
    KIND_IDS.map((k) => [k, { truePositive: 0, falsePositive: 0, falseNegative: 0 }]),
  );
  const denials = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const bySet = {
    tuning: { truePositive: 0, falsePositive: 0, falseNegative: 0 },
    'held-out': { truePositive: 0, falsePositive: 0, falseNegative: 0 },
  };
  const misses: string[] = [];

  for (const policy of policies) {
    const reading = readPolicyText(policy.text, ruleCatalog);
    const declared = new Set(reading.kinds.filter((k) => !k.negated).map((k) => k.kind));
    const denied = new Set(reading.kinds.filter((k) => k.negated).map((k) => k.kind));
    for (const kind of KIND_IDS) {
      const tally = perKind.get(kind)!;
      const set = bySet[policy.heldOut ? 'held-out' : 'tuning'];
      const labelled = policy.declared.has(kind);
      if (labelled && declared.has(kind)) {
        tally.truePositive += 1;
        set.truePositive += 1;
      } else if (declared.has(kind)) {
        tally.falsePositive += 1;
        set.falsePositive += 1;
        misses.push(
          `${policy.id}: ${kind} found, not declared (${reading.kinds.find((k) => k.kind === kind)?.sentence.slice(0, 120)})`,
        );
      } else if (labelled) {
        tally.falseNegative += 1;
        set.falseNegative += 1;
        misses.push(`${policy.id}: ${kind} declared, not found`);
      }
      if (policy.denied.has(kind) && denied.has(kind)) denials.truePositive += 1;
      else if (denied.has(kind) && !policy.denied.has(kind) && !labelled) denials.falsePositive += 1;
      else if (policy.denied.has(kind) && !denied.has(kind)) denials.falseNegative += 1;
    }
  }

  const total = [...perKind.values()].reduce(
    (a, t) => ({
      truePositive: a.truePositive + t.truePositive,
      falsePositive: a.falsePositive + t.falsePositive,
      falseNegative: a.falseNegative + t.falseNegative,
    }),
    { truePositive: 0, falsePositive: 0, falseNegative: 0 },
  );
  const recall = ratio(total.truePositive, total.truePositive + total.falseNegative);
  const precision = ratio(total.truePositive, total.truePositive + total.falsePositive);

  it('prints recall and precision per kind', () => {
    const rows = KIND_IDS.filter((k) => {
      const t = perKind.get(k)!;
      return t.truePositive + t.falsePositive + t.falseNegative > 0;
    }).map((k) => {
      const t = perKind.get(k)!;
      return `${k.padEnd(28)} ${String(t.truePositive + t.falseNegative).padStart(8)} ${String(t.truePositive).padStart(4)} ${String(t.falsePositive).padStart(4)} ${String(t.falseNegative).padStart(4)}  ${percent(ratio(t.truePositive, t.truePositive + t.falseNegative))}  ${percent(ratio(t.truePositive, t.truePositive + t.falsePositive))}`;
    });
    console.log(
      [
        `Policy reader on ${policies.length} real policies (declared kinds):`,
        `${'kind'.padEnd(28)} labelled   TP   FP   FN   recall  precision`,
        ...rows,
        `${'overall'.padEnd(28)} ${String(total.truePositive + total.falseNegative).padStart(8)} ${String(total.truePositive).padStart(4)} ${String(total.falsePositive).padStart(4)} ${String(total.falseNegative).padStart(4)}  ${percent(recall)}  ${percent(precision)}`,
        ...Object.entries(bySet).map(
          ([name, t]) =>
            `  ${name.padEnd(9)} (${policies.filter((p) => p.heldOut === (name === 'held-out')).length} policies): ${t.truePositive + t.falseNegative} labelled, TP ${t.truePositive}, FP ${t.falsePositive}, FN ${t.falseNegative}; recall ${percent(ratio(t.truePositive, t.truePositive + t.falseNegative))}, precision ${percent(ratio(t.truePositive, t.truePositive + t.falsePositive))}`,
        ),
        `Denials: ${denials.truePositive} of ${denials.truePositive + denials.falseNegative} labelled denials found; ${denials.falsePositive} kinds reported denied that the labels neither declare nor deny.`,
        ...(misses.length ? ['Differences:', ...misses.map((m) => `  ${m}`)] : []),
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it(`reads all ${REAL_POLICIES} real policies, each with its labels`, () => {
    expect(policies).toHaveLength(REAL_POLICIES);
    expect(policies.filter((p) => p.heldOut)).toHaveLength(HELD_OUT);
    for (const p of policies) expect(p.text.trim().length).toBeGreaterThan(200);
  });

  it(`finds at least ${TARGET * 100} % of declared kinds (recall)`, () => {
    expect(recall).toBeGreaterThanOrEqual(TARGET);
  });

  it(`is right at least ${TARGET * 100} % of the times it says a kind is declared (precision)`, () => {
    expect(precision).toBeGreaterThanOrEqual(TARGET);
  });
});
