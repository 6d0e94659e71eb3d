// The monitoring taxonomy every rule uses, and the plain words shown to workers for each term.
// This is the one place those words live: the popup, the options page and the reports all read them
// from here, so a worker sees the same sentence everywhere.

export const CATEGORY_IDS = [
  'session_recording',
  'digital_adoption',
  'product_analytics',
  'productivity_scoring',
  'employee_monitoring',
  'dlp_insider_risk',
  'communication_surveillance',
  'process_mining',
  'web_filtering',
  'rum_replay',
  'platform_telemetry',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_TEXT: Record<CategoryId, { name: string; plain: string }> = {
  session_recording: {
    name: 'Session recording',
    plain: 'Records what you do on the page (clicks, scrolling, typing, what is on screen) so it can be replayed later like a video.',
  },
  digital_adoption: {
    name: 'Digital adoption / in-app guidance',
    plain: 'Shows walkthroughs and tips inside the app, and logs which steps each person completes and where they get stuck.',
  },
  product_analytics: {
    name: 'Identified product analytics',
    plain: 'Counts which features you use and when, usually tied to your account so it can be reported per person.',
  },
  productivity_scoring: {
    name: 'Productivity scoring and workplace analytics',
    plain: 'Turns activity (messages, meetings, documents, time in apps) into scores or reports about people or teams.',
  },
  employee_monitoring: {
    name: 'Employee-monitoring software',
    plain: 'Tracks activity on the computer: apps and sites used, active and idle time, and in some products screenshots or keystrokes.',
  },
  dlp_insider_risk: {
    name: 'Data-loss prevention and insider risk',
    plain: 'Watches files, uploads, copying and pasting to stop data leaving the organisation, and can flag people as risks.',
  },
  communication_surveillance: {
    name: 'Communication surveillance',
    plain: 'Captures and scans chat, email or call content for compliance or conduct review.',
  },
  process_mining: {
    name: 'Task and process mining',
    plain: 'Records the steps people take in their work apps to map and time processes, often per person.',
  },
  web_filtering: {
    name: 'Web filtering and TLS inspection',
    plain: 'Routes your web traffic through the employer\'s filter, which can log every site visited and may read encrypted pages.',
  },
  rum_replay: {
    name: 'Real-user monitoring with replay',
    plain: 'Measures page speed and errors for every visit, and can also record sessions for replay.',
  },
  platform_telemetry: {
    name: 'First-party platform telemetry',
    plain: 'The work platform itself reporting how you use it; this can feed admin activity reports.',
  },
};

export const CAPABILITY_IDS = [
  'clicks',
  'mouse_movement',
  'typed_text',
  'page_content',
  'screen_capture',
  'urls_visited',
  'active_idle_time',
  'identity',
  'location',
  'camera',
  'microphone',
  'clipboard',
  'files',
  'message_content',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

export const CAPABILITY_TEXT: Record<CapabilityId, string> = {
  clicks: 'what you click',
  mouse_movement: 'how your mouse moves',
  typed_text: 'what you type',
  page_content: 'what is on the page you see',
  screen_capture: 'screenshots or video of your screen',
  urls_visited: 'which pages and sites you visit',
  active_idle_time: 'when you are active or idle',
  identity: 'who you are (name, email or account)',
  location: 'where you are',
  camera: 'your camera',
  microphone: 'your microphone',
  clipboard: 'what you copy and paste',
  files: 'files you open, upload or download',
  message_content: 'the content of your messages',
};
