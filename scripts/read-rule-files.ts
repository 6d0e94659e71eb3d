// Node-side reader for the rule folder (scripts and the benchmark; the extension bundles rules with Vite).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFile } from '../src/rules/lint';

export const VENDOR_DIR = join(import.meta.dirname, '..', 'src', 'rules', 'vendors');
export const FEATURE_DIR = join(import.meta.dirname, '..', 'src', 'rules', 'platform-features');
export const TLS_ISSUERS_FILE = join(import.meta.dirname, '..', 'src', 'rules', 'tls-issuers.json');
/** Products no longer detected, kept so old evidence is still named (src/rules/retired.ts). */
export const RETIRED_FILE = join(import.meta.dirname, '..', 'src', 'rules', 'retired.json');

/** The retired list as parsed JSON (its own lint checks the shape). */
export function readRetiredFile(): unknown {
  try {
    return JSON.parse(readFileSync(RETIRED_FILE, 'utf8'));
  } catch (error) {
    return { __parseError: String(error) };
  }
}

export function readRuleFiles(dir = VENDOR_DIR): RuleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        data = { __parseError: String(error) };
      }
      return { fileId: name.slice(0, -'.json'.length), data };
    });
}
