// `sightline`: the command line for reps and researchers (docs/capture.md). scan, verify and merge run
// the extension's own pure code: the capture scan, the export checks, the rep view's merge.
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { captureEngineFromFiles } from './capture-engine';
import { runMerge } from './cli-merge';
import { runScan } from './cli-scan';
import { USAGE, UsageError } from './cli-usage';
import { verifyFiles } from './verify-files';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    out(`${packageJson.version}\n`);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      declaration: { type: 'string' },
      json: { type: 'boolean' },
      report: { type: 'string' },
      evidence: { type: 'string' },
      csv: { type: 'string' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const allowed: Record<string, string[]> = {
    scan: ['declaration', 'json', 'report', 'evidence'],
    verify: [],
    merge: ['csv', 'report', 'json', 'progress', 'no-progress'],
  };
  const options = allowed[command];
  if (!options) throw new UsageError(`unknown command "${command}"`);
  const wrong = Object.keys(values).filter((k) => !options.includes(k));
  if (wrong.length > 0) throw new UsageError(`${command} does not take --${wrong[0]}`);
  switch (command) {
    case 'scan':
      return runScan(positionals, values, captureEngineFromFiles(), out, err);
    case 'verify':
      if (positionals.length === 0) throw new UsageError('verify needs at least one file');
      return verifyFiles(positionals, (line) => out(`${line}\n`));
    default: {
      const progress = values['no-progress'] ? false : values.progress;
      return runMerge(
        positionals,
        { csv: values.csv, report: values.report, json: values.json, ...(progress === undefined ? {} : { progress }) },
        captureEngineFromFiles().catalog,
        out,
        err,
      );
    }
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  err(`sightline: ${(error as Error).message}${usage ? '\nRun "sightline --help" for usage.' : ''}`);
  process.exitCode = usage ? 2 : 1;
}
