// Within the options page: a section that had the background append to the evidence log says so, and
// the log view reloads (the log's own cue, a storage.session change, comes only from browsing).
const target = new EventTarget();

export function announceLogChanged(): void {
  target.dispatchEvent(new Event('changed'));
}

export function onLogChanged(listener: () => void): () => void {
  target.addEventListener('changed', listener);
  return () => target.removeEventListener('changed', listener);
}
