// `npm run demo`: build, serve the demo work app on loopback, drive Chromium with Sightline loaded
// through a few pages, print what was detected, and save a screenshot of the popup.
// Headed when a display is available (DISPLAY set), headless otherwise.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/fixtures/server';
import {
  eventually,
  launchChromium,
  openPopupFor,
  readReport,
  tabIdOf,
  waitUntilObserving,
  WORK_SITE,
} from '../tests/e2e/browser';
import { ensureChromium } from './ensure-chromium';
import { bundledRuleIndexFromFiles } from './rules-from-files';
import { englishText } from '../src/core/english-text';
import { categoryNameKey, type CategoryId } from '../src/core/taxonomy';
import { counted } from '../src/core/counted';
import { readdirSync, readFileSync } from 'node:fs';

/** Feature names from the rule files (the bundled list is a build-time module that only Vite resolves). */
const featureNames = new Map(
  readdirSync(join(import.meta.dirname, '..', 'src', 'rules', 'platform-features'))
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) =>
        JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'rules', 'platform-features', f), 'utf8')) as {
          id: string;
          feature: string;
        },
    )
    .map((f) => [f.id, f.feature] as const),
);

const root = join(import.meta.dirname, '..');
const screenshot = join(root, 'demo-popup.png');

try {
  ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

const server = await startFixtureServer();
const headless = !process.env.DISPLAY;
const browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: true, headless });
try {
  await waitUntilObserving(browser);
  // A sample of the employer's declared policy, imported the way a worker imports a rep's file.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html#policy`);
  await options
    .getByTestId('declaration-import')
    .setInputFiles(join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring.json'));
  await options.getByTestId('declaration-message').waitFor();
  console.log(`Imported the sample policy: ${await options.getByTestId('declaration-message').textContent()}`);
  await options.close();
  console.log(`Chromium ${headless ? '(headless)' : '(on your display)'} is browsing the demo work app ${WORK_SITE} …`);
  const page = await browser.context.newPage();
  await page.goto(`${WORK_SITE}/`);
  await page.fill('input[name=hours]', '8');
  await page.click('button[type=submit]');
  await page.click('text=Team news');
  await page.waitForLoadState('load');
  const tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
  const report = await eventually(
    'detections',
    async () => {
      const r = await readReport(browser, tabId);
      return r && Object.keys(r.findings).length >= 5 ? r : undefined;
    },
    15_000,
  ).catch(() => readReport(browser, tabId));

  const rules = bundledRuleIndexFromFiles();
  const statusWords = { product: 'declared', category: 'declared (category only)', undeclared: 'UNDECLARED' } as const;
  console.log(`\nSightline saw on ${report?.site ?? WORK_SITE}:`);
  for (const [id, finding] of Object.entries(report?.findings ?? {})) {
    const rule = rules.get(id);
    const sources = [...new Set(finding.signals.map((s) => s.source))].join(' + ');
    const status = report?.policy?.statuses[id];
    const category = rule ? englishText(categoryNameKey(rule.category as CategoryId)) : 'unknown kind';
    console.log(
      // The popup's unit: page loads of the site in this tab (signals stay in "why flagged", the example).
      `  • ${rule?.product ?? id} (${category}) — ${status ? statusWords[status] : 'no policy'} — ${(finding.pageLoads ?? 0) > 0 ? `seen on ${counted(englishText, 'en', 'visit', finding.pageLoads!)}` : 'seen before this tab counted page loads'} [${sources}], e.g. ${finding.signals[0]?.evidence}`,
    );
  }
  for (const c of report?.policy?.contradictions ?? []) {
    console.log(
      `  ! The policy says "${c.quote}", yet ${c.products.join(', ')} ${c.products.length === 1 ? 'was' : 'were'} seen here.`,
    );
  }
  const offered = Object.entries(report?.policy?.features ?? {});
  const featureWords = {
    product: 'named in the policy',
    category: 'only its kind is in the policy',
    absent: 'not in the policy',
  } as const;
  console.log(
    `  Offered on the platform's servers (a browser cannot see whether they are on): ${offered.map(([id, status]) => `${featureNames.get(id) ?? id} (${featureWords[status]})`).join(', ') || 'none'}`,
  );
  const unknown = Object.keys(report?.unknownThirdParties ?? {});
  console.log(`  Unknown third parties (${unknown.length}): ${unknown.join(', ') || 'none'}`);

  await page.goto('https://news.example/');
  await page.waitForTimeout(500);
  const personal = await tabIdOf(browser, 'https://news.example/*');
  console.log(
    `\nPersonal site news.example (out of scope): ${personal !== undefined && (await readReport(browser, personal)) === null ? 'nothing shown, nothing stored' : 'UNEXPECTED: something was stored'}`,
  );

  await page.goto(`${WORK_SITE}/`);
  await page.waitForLoadState('load');
  await eventually(
    'findings on the timesheet page',
    async () => Object.keys((await readReport(browser, tabId))?.findings ?? {}).length >= 4,
    15_000,
  );
  const popup = await openPopupFor(browser, tabId);
  await popup.setViewportSize({ width: 460, height: 900 });
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: screenshot, fullPage: true });
  console.log(`\nPopup screenshot: ${screenshot}`);
} finally {
  await browser.close();
  await server.close();
}
