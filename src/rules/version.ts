/** The rule database version: bump on every change to the rule files; see src/rules/CHANGELOG.md. */
export const RULE_DB_VERSION = '2026.12.06-8';
