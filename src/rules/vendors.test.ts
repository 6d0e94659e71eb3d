// Data tests over every shipped rule file: the rule database is evidence, so each rule must parse, cite
// a source for every signal, and prove its own examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules } from './compile';
import { readRuleFiles } from '../../scripts/read-rule-files';
import {
  checkExamples,
  citationProblems,
  identityProblems,
  lintRuleFiles,
  parseRuleFile,
  primaryEvidenceProblems,
} from './lint';
import { matchRequest } from './match';
import { CATEGORY_IDS } from '../core/taxonomy';
import { ruleJsonSchema } from './json-schema';
import type { Rule } from './schema';

const files = readRuleFiles();
const parsed = files.map((file) => ({ file, result: parseRuleFile(file) }));
const rules: Rule[] = parsed.flatMap(({ result }) => (result.ok ? [result.rule] : []));
const index = compileRules(rules);

/** Hosting shared by unrelated customers: any bare subdomain of these would flag half the web. */
const SHARED_INFRASTRUCTURE = [
  'amazonaws.com',
  'cloudfront.net',
  'azureedge.net',
  'azurewebsites.net',
  'blob.core.windows.net',
  'googleapis.com',
  'gstatic.com',
  'akamaized.net',
  'akamaihd.net',
  'fastly.net',
  'jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'herokuapp.com',
  'vercel.app',
  'netlify.app',
  'github.io',
];
/** Work platforms' own app hosts: telemetry there must be told apart by path. */
const PLATFORM_APP_HOSTS = [
  'microsoft.com',
  'teams.microsoft.com',
  'teams.live.com',
  'office.com',
  'www.office.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'sharepoint.com',
  'microsoftonline.com',
  'login.microsoftonline.com',
  'live.com',
  'office.net',
  'google.com',
  'docs.google.com',
  'mail.google.com',
  'drive.google.com',
  'meet.google.com',
  'play.google.com',
  'slack.com',
  'app.slack.com',
  'zoom.us',
  'app.zoom.us',
  'salesforce.com',
  'force.com',
  'lightning.force.com',
  'my.salesforce.com',
  'service-now.com',
  'workday.com',
  'myworkday.com',
  'atlassian.net',
  'atlassian.com',
];

function needsPaths(domain: string): boolean {
  return (
    PLATFORM_APP_HOSTS.includes(domain) || SHARED_INFRASTRUCTURE.some((s) => domain === s || domain.endsWith(`.${s}`))
  );
}

describe.each(parsed.map(({ file, result }) => [file.fileId, file, result] as const))(
  'rule %s',
  (_id, file, result) => {
    it('parses against the schema and its id is its file name', () => {
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    if (!result.ok) return;
    const rule = result.rule;

    it('cites a source for every signal value', () => {
      expect(citationProblems(rule)).toEqual([]);
    });

    it('says identifies_user exactly when it claims the identity capability', () => {
      expect(identityProblems(rule)).toEqual([]);
    });

    it('matches only on values a primary source shows, and claims only what a cited source documents', () => {
      expect(primaryEvidenceProblems(rule)).toEqual([]);
    });

    it('has sources with https URLs and no duplicate signals', () => {
      for (const source of rule.sources) expect(source.url).toMatch(/^https:\/\//);
      const hosts = rule.signals.hosts.map((h) => h.domain);
      expect(new Set(hosts).size).toBe(hosts.length);
    });

    it('proves its examples: each match URL matches it, each no_match URL matches no rule', () => {
      expect(checkExamples(rule, index)).toEqual([]);
    });

    it('never lists shared infrastructure or a platform domain without paths', () => {
      for (const host of rule.signals.hosts) {
        if (needsPaths(host.domain)) expect(host.paths, `${host.domain} is shared; give paths`).toBeDefined();
      }
    });

    it('is stored as pretty-printed JSON with the schema reference', () => {
      const text = readFileSync(join(import.meta.dirname, 'vendors', `${file.fileId}.json`), 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      expect((file.data as { $schema?: string }).$schema).toBe('../rule.schema.json');
    });
  },
);

describe('the rule database as a whole', () => {
  it('has unique ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 60 products and covers every category', () => {
    expect(rules.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(rules.map((r) => r.category));
    expect(CATEGORY_IDS.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('refuses a dotted page global, which the page scan (names only, no values read) could never match', () => {
    const file = files.find((f) => (f.data as Rule).signals.globals.length > 0)!;
    const data = structuredClone(file.data) as Rule;
    data.signals.globals = ['vendor.api'];
    const result = parseRuleFile({ ...file, data });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('one top-level name (no dots)');
  });

  it('flags identifies_user and the identity capability when they disagree, either way, by rule and with the fix', () => {
    const rule = rules.find((r) => r.identifies_user && r.capabilities.includes('identity'))!;
    expect(identityProblems(rule)).toEqual([]);
    const withoutClaim = { ...rule, capabilities: rule.capabilities.filter((c) => c !== 'identity') };
    expect(identityProblems(withoutClaim)).toEqual([
      `${rule.id}: identifies_user is true but "identity" is not in capabilities: add "identity" with a source that documents it (sources[].capabilities and detail), or set identifies_user to false`,
    ]);
    expect(identityProblems({ ...withoutClaim, identifies_user: false })).toEqual([]);
    expect(identityProblems({ ...rule, identifies_user: false })).toEqual([
      `${rule.id}: capabilities include "identity" but identifies_user is false: set identifies_user to true, or drop "identity" if no cited source documents it`,
    ]);
  });

  it('runs the identity check in lintRuleFiles, which rules:check and the build use', () => {
    const file = files.find((f) => {
      const data = f.data as Rule;
      return data.identifies_user && data.capabilities.includes('identity');
    })!;
    const data = structuredClone(file.data) as Rule;
    data.identifies_user = false;
    const { problems } = lintRuleFiles([{ ...file, data }]);
    expect(problems.filter((p) => p.startsWith(`${file.fileId}: capabilities include "identity"`))).toHaveLength(1);
  });

  it('matches platform paths on platform hosts, not the platforms themselves', () => {
    for (const url of [
      'https://teams.microsoft.com/',
      'https://outlook.office.com/mail/',
      'https://docs.google.com/document/d/1/edit',
      'https://app.slack.com/client/T1/C1',
      'https://zoom.us/j/123',
    ]) {
      expect(matchRequest(index, { url, type: 'main_frame' }), url).toEqual([]);
    }
  });

  it('ships an up-to-date JSON Schema for editors (npm run rules:schema)', () => {
    const onDisk = JSON.parse(readFileSync(join(import.meta.dirname, 'rule.schema.json'), 'utf8'));
    expect(onDisk).toEqual(ruleJsonSchema());
  });
});
