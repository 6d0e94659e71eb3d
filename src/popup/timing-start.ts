// Imported first by the popup entry, so it runs before any other popup module is evaluated: the start
// of the popup's own work, for `npm run bench:page`. Visible only in developer tools.
performance.mark('sightline-popup-start');
