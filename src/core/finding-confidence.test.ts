import { describe, expect, it } from 'vitest';
import { findingConfidence, isVendorContactOnly } from './finding-confidence';

describe('findingConfidence', () => {
  it('is low when every signal is a vendor-domain contact, whatever the rule says', () => {
    expect(findingConfidence([{ kind: 'vendor_domain' }, { kind: 'vendor_domain' }], 'high')).toBe('low');
  });

  it("is the rule's own when any signal is precise", () => {
    expect(findingConfidence([{ kind: 'vendor_domain' }, { kind: 'host' }], 'high')).toBe('high');
    expect(findingConfidence([{ kind: 'global' }], 'medium')).toBe('medium');
    expect(findingConfidence([], 'high')).toBe('high');
  });

  it('calls a finding with no signal not a vendor contact', () => {
    expect(isVendorContactOnly([])).toBe(false);
  });
});
