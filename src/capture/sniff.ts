// Why a file is not a HAR, in words a worker can act on: a compressed file, a PDF, a web page, or one of
// Sightline's own files chosen by mistake.

const MAGIC: [number[], string][] = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    'This is a ZIP archive, not a HAR file. If it holds a .har file, unzip it and choose that.',
  ],
  [[0x1f, 0x8b], 'This file is compressed (gzip), not a HAR file. Decompress it and choose the .har file.'],
  [
    [0x25, 0x50, 0x44, 0x46],
    "This is a PDF, not a HAR file. A HAR file is saved from the browser's developer tools (Network panel).",
  ],
  [
    [0xd4, 0xc3, 0xb2, 0xa1],
    "This is a packet capture (pcap), not a HAR file. Save the capture from the browser's Network panel instead.",
  ],
  [
    [0x0a, 0x0d, 0x0d, 0x0a],
    "This is a packet capture (pcapng), not a HAR file. Save the capture from the browser's Network panel instead.",
  ],
];

/** A reason when the first bytes say what the file is (and it is not JSON), else null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [magic, reason] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return reason;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    i < 4096 &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  if (bytes[i] === 0x3c)
    return 'This is a web page or XML file, not a HAR file. In the Network panel choose "Save all as HAR" (or "Export HAR").';
  return null;
}

const OWN_FORMATS: Record<string, string> = {
  'sightline-evidence':
    'This is a Sightline evidence export, not a HAR file: open it in the rep view or check it with "sightline verify".',
  'sightline-capture':
    'This is a Sightline capture-evidence file, not a HAR file: open it in the rep view or check it with "sightline verify".',
  'sightline-declaration':
    'This is a Sightline declaration (an employer\'s monitoring policy), not a HAR file: load it with "Declaration".',
};

/** Why parsed JSON is not a HAR. */
export function notHarReason(json: unknown): string {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return 'This file is JSON, but not a HAR: a HAR file is an object with a "log".';
  const format = (json as { format?: unknown }).format;
  if (typeof format === 'string' && Object.hasOwn(OWN_FORMATS, format)) return OWN_FORMATS[format]!;
  const log = (json as { log?: unknown }).log;
  if (log === null || typeof log !== 'object' || Array.isArray(log))
    return 'This file is JSON, but not a HAR: it has no "log" object.';
  if (!Array.isArray((log as { entries?: unknown }).entries))
    return 'This file is JSON, but not a HAR: its "log" has no "entries" list.';
  return 'This file is JSON, but not a HAR 1.2 file: its "log" does not have the members HAR 1.2 requires (creator, pages, entries).';
}
