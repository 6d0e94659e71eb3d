// `npm run rules:vendor-domains`: list the rules without vendor_domains and what would be derived for
// them (the registrable domains of their cited hosts, less shared platform domains); with `-- --fill`,
// write that into each rule file lacking the field (after "signals"). A domain another rule already
// names is left out and reported, since one vendor domain belongs to one rule. Existing fields are kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRuleFile } from '../src/rules/lint';
import { deriveVendorDomains } from '../src/rules/vendor-domains';
import { readRuleFiles, VENDOR_DIR } from './read-rule-files';
import { registrableDomain } from './registrable-domain';

const fill = process.argv.includes('--fill');
const rules = readRuleFiles().flatMap((file) => {
  const parsed = parseRuleFile(file);
  if (!parsed.ok) console.error(parsed.problems.join('\n'));
  return parsed.ok ? [parsed.rule] : [];
});
const owner = new Map<string, string>();
for (const rule of rules) for (const domain of rule.vendor_domains ?? []) owner.set(domain, rule.id);

let missing = 0;
for (const rule of rules) {
  if (rule.vendor_domains !== undefined || rule.category === 'platform_telemetry') continue;
  missing++;
  const domains: string[] = [];
  for (const domain of deriveVendorDomains(rule, registrableDomain)) {
    const other = owner.get(domain);
    if (other === undefined) {
      domains.push(domain);
      owner.set(domain, rule.id);
    } else console.log(`${rule.id}: left out ${domain}, already named by ${other}`);
  }
  console.log(`${rule.id}: vendor_domains ${JSON.stringify(domains)}`);
  if (fill) writeVendorDomains(join(VENDOR_DIR, `${rule.id}.json`), domains);
}
console.log(`${missing} rule(s) without vendor_domains${fill ? ' filled' : ' (add -- --fill to write them)'}`);

/**
 * Insert the field before the top-level "sources" key as one line, leaving the rest of the file as it
 * was written; a file laid out otherwise is rewritten whole with the field after "signals".
 */
function writeVendorDomains(file: string, domains: string[]): void {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/^ {2}"sources": /m);
  if (at !== -1) {
    writeFileSync(file, `${text.slice(0, at)}  "vendor_domains": ${JSON.stringify(domains)},\n${text.slice(at)}`);
    return;
  }
  const data = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = value;
    if (key === 'signals') out.vendor_domains = domains;
  }
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
