// What `sightline --help` prints, and the error a wrong command line raises (exit code 2).

export class UsageError extends Error {}

export const USAGE = `sightline: check browser captures and merge members' evidence, offline.

Usage:
  sightline scan FILE.har… [--declaration FILE] [--json] [--report OUT.html] [--evidence OUT]
      Scan HAR files saved from a browser's developer tools with the extension's rules: products,
      categories, what each can capture, why flagged, declared or not, the platform's server-side
      features, and what a capture cannot show. The HAR is never kept; --evidence writes a sealed
      capture-evidence file (a folder when scanning several HARs).
  sightline verify FILE…
      Check evidence exports and capture-evidence files (as npm run verify).
  sightline merge DIR|FILE… [--csv OUT.csv] [--report OUT.html] [--json] [--progress|--no-progress]
      Verify and merge members' exports and capture-evidence files (folders are read recursively,
      *.json files), one file at a time, as the rep view does.

Options:
  -h, --help     this text
  --version      Sightline's version

Exit codes: 0 done (every file read and intact); 1 a file could not be read, or did not verify;
2 wrong command line.
`;
