// `npm run rules:schema`: regenerate src/rules/rule.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleJsonSchema } from '../src/rules/json-schema';

const target = join(import.meta.dirname, '..', 'src', 'rules', 'rule.schema.json');
writeFileSync(target, `${JSON.stringify(ruleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
