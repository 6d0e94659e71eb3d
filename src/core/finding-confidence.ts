// How sure a finding is. A rule states its confidence for its precise signals; a finding that rests only
// on vendor-domain contacts (a request to some other host of the vendor's own domain, such as its
// marketing site or help centre) says the vendor was contacted, not that its monitoring ran, so it is
// always low, whatever the rule says.
export type Confidence = 'high' | 'medium' | 'low';

export function findingConfidence(signals: readonly { kind: string }[], ruleConfidence: Confidence): Confidence {
  return isVendorContactOnly(signals) ? 'low' : ruleConfidence;
}

/** True when every signal of a finding is a vendor-domain contact. */
export function isVendorContactOnly(signals: readonly { kind: string }[]): boolean {
  return signals.length > 0 && signals.every((signal) => signal.kind === 'vendor_domain');
}
