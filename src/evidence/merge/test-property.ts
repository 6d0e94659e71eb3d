// fast-check set up for the property suites: one seed per run, printed, so any failure can be replayed
// with FC_SEED=<seed> (fast-check also prints the seed and path of a failing case). FC_RUNS sets how many
// cases each property tries. Test-only.
import fc from 'fast-check';

export function configureProperties(suite: string): number {
  const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
  fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 60), endOnFailure: true });
  console.log(`[fast-check] ${suite}: seed ${seed} (replay: FC_SEED=${seed} npx vitest run <this file>)`);
  return seed;
}
