// JSON Schema for rule files, generated from the zod schema so editors can validate while typing.
import { z } from 'zod';
import { Rule } from './schema';

export function ruleJsonSchema(): unknown {
  return { ...z.toJSONSchema(Rule, { io: 'input' }), title: 'Sightline vendor rule' };
}
