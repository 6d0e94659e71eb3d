// The kind vocabulary (policy/kinds.ts) in the words a worker's own letter uses: what a kind can capture
// in the first person ("images of me"), the data a subject access request asks for from each kind, and
// how the worker knows of what they reported. Letters are English only (letter-text.ts); each table is
// typed over every id, so a kind or capture added to the vocabulary without letter words fails to compile.
import { englishText } from '../../core/english-text';
import {
  KINDS,
  kindNameKey,
  kindPlainKey,
  type CaptureId,
  type KindId,
  type OfflineCaptureId,
} from '../../policy/kinds';
import type { HowKnown } from '../log/worker-report';
import { CAPABILITY_FIRST_PERSON } from './letter-evidence';

const OFFLINE_FIRST_PERSON: Readonly<Record<OfflineCaptureId, string>> = {
  images: 'images of me (video or stills)',
  conversations: 'what I say and the conversations around me',
  biometric: 'my fingerprint, face or other biometric template',
  call_audio: 'the sound of my phone calls',
  call_details: 'the numbers I call, and the times and length of my calls',
  comings_goings: 'when I arrive, leave and move between areas',
  journeys: 'my journeys, stops and driving',
  message_traffic: 'who I message or meet, when and how often',
};

const CAPTURE_FIRST_PERSON: Readonly<Record<CaptureId, string>> = {
  ...CAPABILITY_FIRST_PERSON,
  ...OFFLINE_FIRST_PERSON,
};

/** What a kind can capture, as the worker says it, in the vocabulary's order. */
export const kindCaptures = (kind: KindId): string[] => KINDS[kind].captures.map((c) => CAPTURE_FIRST_PERSON[c]);

/** The data a subject access request asks each kind for: what that kind of monitoring produces about the worker. */
export const SAR_DATA: Readonly<Record<KindId, string>> = {
  session_recording:
    'recordings or replays of my sessions in work web applications, and any notes or reports made from them',
  digital_adoption:
    'the records of which guidance steps I completed or skipped, and any reports about me made from them',
  product_analytics: 'the usage analytics linked to me or my account, and any reports about me made from them',
  productivity_scoring:
    'any productivity, collaboration or wellbeing scores, reports or insights about me, and the activity data they were made from',
  employee_monitoring:
    'screenshots, keystroke records, activity and idle-time records, webcam images and any reports about me made by monitoring software on my devices',
  dlp_insider_risk:
    'any data-loss or insider-risk alerts, risk scores and case notes about me, and copies of the files or messages they refer to',
  communication_surveillance:
    'any flags, alerts or reviews made by scanning my email, chat or other messages, and any copies of my messages kept for them',
  process_mining: 'the task-capture records of the steps I took, and any timings or reports about me made from them',
  web_filtering:
    'the logs of the websites I visited or was blocked from, and any alerts or reports about me made from them',
  rum_replay: 'session replays and performance records linked to me',
  platform_telemetry: 'the audit and usage logs linked to my account, and any activity reports about me made from them',
  cctv_video: 'CCTV footage and still images of me, with the dates, times and cameras they come from',
  audio_recording:
    'audio recordings in which my voice or my conversations can be heard, from CCTV or any other device, and any transcripts or notes made from them',
  biometrics:
    'my biometric templates (fingerprint, face or other), the clock-in, clock-out and door records made with them, and the record of any consent I gave or objection I made',
  call_recording:
    'recordings of my calls, the logs of my calls (numbers, times and length), and any evaluations or notes made from them',
  location_tracking:
    'the location history, journeys, stops and driving records of the vehicles and devices assigned to me',
  access_logs: 'the door and badge records of my card or fob, and any attendance or other reports made from them',
};

/** How the worker knows, said by the worker: never as something Sightline observed. */
export const HOW_WORDS: Readonly<Record<HowKnown, string>> = {
  saw: 'I saw it myself',
  told: 'I was told about it',
  policy_or_notice: 'I read about it in a policy or notice',
  other: 'I know of it in another way',
};

/**
 * The vocabulary's plain words for a kind, in the first person: a few describe what "you" do, which in a
 * letter to the employer would read as the employer. Only "you" as a subject and "your" occur there
 * (a test checks that no converted sentence ends up with "I" after a preposition).
 */
export function kindPlainWords(kind: KindId): string {
  return englishText(kindPlainKey(kind))
    .replace(/\bYour\b/g, 'My')
    .replace(/\byour\b/g, 'my')
    .replace(/\bYou\b/g, 'I')
    .replace(/\byou\b/g, 'I');
}

/** "Records ..." -> "records ...", but "GPS or ..." and "CCTV video" keep their capitals. */
export const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** The kind's name from the vocabulary ("CCTV video", "Biometrics for attendance or access"). */
export const kindNameWords = (kind: KindId): string => englishText(kindNameKey(kind));
