// Built by scripts/vite-plugin-rules.ts from src/rules/vendors/*.json, already validated.
declare module 'virtual:sightline-rules' {
  const rules: import('./schema').Rule[];
  export default rules;
}
declare module 'virtual:sightline-catalog' {
  const catalog: Record<string, import('./catalog').RuleSummary>;
  export default catalog;
}
declare module 'virtual:sightline-platform-features' {
  const features: import('./feature-summary').FeatureSummary[];
  export default features;
}
declare module 'virtual:sightline-tls-issuers' {
  const names: import('../tls/issuers').IssuerName[];
  export default names;
}
