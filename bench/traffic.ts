// Deterministic synthetic request URLs for the matcher benchmark: matches (built from each rule's own
// host and path signals), near misses (lookalike hosts, platform hosts on ordinary paths) and ordinary
// third-party traffic. Hostnames for ordinary traffic are common public asset hosts; nothing is fetched.
import type { Rule } from '../src/rules/schema';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINARY_HOSTS = [
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'ajax.googleapis.com',
  'www.gstatic.com',
  'code.jquery.com',
  'cdn.jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'res.cdn.office.net',
  'static2.sharepointonline.com',
  'teams.microsoft.com',
  'outlook.office.com',
  'contoso.sharepoint.com',
  'docs.google.com',
  'mail.google.com',
  'app.slack.com',
  'a.slack-edge.com',
  'zoom.us',
  'contoso.my.salesforce.com',
  'contoso.lightning.force.com',
  'wd3.myworkday.com',
  'contoso.service-now.com',
  'contoso.atlassian.net',
  'images.example.org',
  'api.github.com',
  'avatars.githubusercontent.com',
  'www.wikipedia.org',
  'upload.wikimedia.org',
];
const WORDS = [
  'api',
  'v1',
  'v2',
  'static',
  'assets',
  'js',
  'css',
  'img',
  'user',
  'data',
  'sync',
  'batch',
  'app',
  'en-gb',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function randomPath(rand: () => number): string {
  const depth = 1 + Math.floor(rand() * 4);
  return Array.from({ length: depth }, () => pick(rand, WORDS)).join('/');
}

function query(rand: () => number): string {
  return rand() < 0.5 ? '' : `?v=${Math.floor(rand() * 1e6)}&lang=en`;
}

function pathFromPattern(pattern: string, rand: () => number): string {
  return pattern.replace(/\*/g, () => pick(rand, WORDS));
}

export interface GeneratedTraffic {
  urls: string[];
  /** true where the URL was built from a rule's own signal and so must match. */
  mustMatch: boolean[];
}

export function generateTraffic(rules: readonly Rule[], count: number, seed = 1): GeneratedTraffic {
  const rand = seededRandom(seed);
  const hostSignals = rules.flatMap((rule) => rule.signals.hosts);
  const urls: string[] = [];
  const mustMatch: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rand();
    const signal = pick(rand, hostSignals);
    if (roll < 0.2) {
      const path = signal.paths ? pathFromPattern(pick(rand, signal.paths), rand) : `/${randomPath(rand)}`;
      const sub = signal.paths || rand() < 0.7 ? '' : 'eu1.';
      urls.push(`https://${sub}${signal.domain}${path}${query(rand)}`);
      mustMatch.push(true);
      continue;
    } else if (roll < 0.4) {
      const kind = rand();
      if (signal.paths) urls.push(`https://${signal.domain}/ordinary/${randomPath(rand)}${query(rand)}`);
      else if (kind < 0.5) urls.push(`https://${signal.domain}.evil-${i % 97}.example/${randomPath(rand)}`);
      else urls.push(`https://not${signal.domain}/${randomPath(rand)}${query(rand)}`);
    } else {
      urls.push(`https://${pick(rand, ORDINARY_HOSTS)}/${randomPath(rand)}.js${query(rand)}`);
    }
    mustMatch.push(false);
  }
  return { urls, mustMatch };
}
