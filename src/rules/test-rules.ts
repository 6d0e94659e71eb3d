// Small hand-made rules for engine tests: the engine's behaviour must not depend on the shipped data.
// Hostnames use the reserved .example / .test TLDs (RFC 2606), so they can never be real vendors.
import { Rule, type RuleInput } from './schema';

export function makeRule(partial: Partial<RuleInput> & Pick<RuleInput, 'id'>): Rule {
  return Rule.parse({
    schema_version: 1,
    vendor: 'Test vendor',
    product: partial.id,
    category: 'session_recording',
    capabilities: ['clicks'],
    identifies_user: false,
    signals: {},
    sources: [{ url: 'https://docs.example/', title: 'test', kind: 'other', covers: ['x'], accessed: '2026-11-22' }],
    examples: {},
    confidence: 'high',
    ...partial,
  });
}

export const TEST_RULES: Rule[] = [
  makeRule({
    id: 'recorder',
    signals: { hosts: [{ domain: 'rec.recorder.example' }], globals: ['_rec'], script_src: ['*/recorder-*.js'] },
  }),
  makeRule({
    id: 'platform-telemetry',
    category: 'platform_telemetry',
    signals: { hosts: [{ domain: 'app.platform.example', paths: ['/api/telemetry*', '/v1/log'] }] },
  }),
  makeRule({
    id: 'platform-activity',
    category: 'productivity_scoring',
    signals: { hosts: [{ domain: 'platform.example', paths: ['/activity/*'] }] },
  }),
  makeRule({ id: 'shared-host-a', signals: { hosts: [{ domain: 'shared.example' }] } }),
  makeRule({
    id: 'shared-host-b',
    signals: { hosts: [{ domain: 'shared.example' }, { domain: 'cdn.shared.example' }] },
  }),
  makeRule({ id: 'idn', signals: { hosts: [{ domain: 'xn--bcher-kva.example' }] } }),
  makeRule({
    id: 'bossware',
    category: 'employee_monitoring',
    signals: { extension_ids: ['abcdefghijklmnopabcdefghijklmnop'] },
  }),
];
