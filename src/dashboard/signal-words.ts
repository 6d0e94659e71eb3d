// One evidence row in words a person reads ("Fullstory's script loaded on contoso.sharepoint.com")
// instead of the rule's signal (`*/s/fs.js`); the signal itself stays in the row's "why flagged"
// detail. Pure: the translator and the product's name are passed in.
import type { Translate } from '../core/translate';

export interface RowLike {
  site: string;
  kind: 'finding' | 'unknown_third_party';
  signalKind: string;
  signalValue: string;
  evidence: string;
}

/** The host of a URL the evidence holds, or the value itself when it is not a URL. */
export function evidenceHost(evidence: string, fallback: string): string {
  try {
    return new URL(evidence).hostname || fallback;
  } catch {
    return fallback;
  }
}

/** `product`: the product's name (catalog, log, or the extension's own name), never a rule id. */
export function sayRow(translate: Translate, row: RowLike, product: string): string {
  if (row.kind === 'unknown_third_party') return translate('dashSaidUnknownHost', row.site, row.signalValue);
  switch (row.signalKind) {
    case 'host':
      return translate('dashSaidHost', product, evidenceHost(row.evidence, row.signalValue), row.site);
    case 'vendor_domain':
      return translate('dashSaidVendorDomain', product, evidenceHost(row.evidence, row.signalValue), row.site);
    case 'script_src':
      return translate('dashSaidScript', product, row.site);
    case 'global':
      return translate('dashSaidGlobal', product, row.site);
    case 'browser_api':
      return translate('dashSaidBrowserApi', product, row.site);
    case 'identifier':
      return translate('dashSaidIdentifier', product, row.site);
    case 'extension_id':
      return translate('dashSaidExtension', product);
    case 'page_load':
      return translate('dashSaidPageLoad', product, row.site);
    default:
      return translate('dashSaidOther', product, row.site);
  }
}
