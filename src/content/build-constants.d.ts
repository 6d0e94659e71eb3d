// Replaced at build time (vite.config.ts `define`).
declare const __SIGHTLINE_GLOBALS__: readonly string[];
declare const __SIGHTLINE_CHANNEL__: string;
