// The channel reader on the phrases policies use: channels with a monitoring verb, self-declaring
// phrases, negation, and scope (occasional, continuous).
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { findKinds, type KindFound } from './channels';
import { readPolicyText } from './read-policy';
import { sentencesOf } from './suggest';

const kinds = (text: string): KindFound[] => {
  const { scanned, sentences } = sentencesOf(text);
  return findKinds(scanned, sentences);
};
/** "cctv_video", "!cctv_video" when denied, "cctv_video~occasional" with a frequency. */
const short = (text: string) =>
  kinds(text).map((k) => `${k.negated ? '!' : ''}${k.kind}${k.frequency ? `~${k.frequency}` : ''}`);

describe('channels named with a monitoring verb', () => {
  it('reads a channel list: email, telephone, messaging, internet use and system access', () => {
    expect(
      short('We monitor email, telephone conversations, electronic messaging, internet use and system access.'),
    ).toEqual(['communication_surveillance', 'call_recording', 'web_filtering', 'platform_telemetry']);
  });

  it('needs a monitoring verb: rules for the worker about email declare nothing', () => {
    expect(
      short(
        'You must not use email to send offensive material. Internet use for personal purposes is allowed at lunch.',
      ),
    ).toEqual([]);
    expect(short('Please log in to the system with your own account.')).toEqual([]);
  });

  it("the organisation's own website is where it publishes a notice, not web use it monitors", () => {
    expect(
      short(
        'Calls will be monitored and recorded.\nThis will be communicated by:\n- Placing a notice on the Council’s Website\n',
      ),
    ).toEqual(['call_recording']);
    expect(short('Our website describes how calls are monitored.')).toEqual(['call_recording']);
    expect(short('The websites visited are logged.')).toEqual(['web_filtering']);
    expect(short('We may monitor websites and internet use.')).toEqual(['web_filtering']);
  });

  it('takes the verb from a lead-in for bullets', () => {
    expect(short('The council may monitor:\n- email\n- internet use\n- telephone calls\n')).toEqual([
      'communication_surveillance',
      'web_filtering',
      'call_recording',
    ]);
    expect(short('Acceptable use:\n- email\n- internet use\n')).toEqual([]);
  });

  it('"telephone calls may be recorded", "calls to and from the service desk are recorded"', () => {
    expect(short('Telephone calls may be recorded for training.')).toEqual(['call_recording']);
    expect(short('Calls to and from the service desk are recorded.')).toEqual(['call_recording']);
  });
});

describe('phrases that declare monitoring on their own', () => {
  it.each([
    ['CCTV operates in all our buildings.', 'cctv_video'],
    ['Body-worn video is used by enforcement officers.', 'cctv_video'],
    ['Staff clock in using fingerprint clocking terminals.', 'biometrics'],
    ['Facial recognition is used at the main entrance.', 'biometrics'],
    ['All pool cars are fitted with vehicle trackers.', 'location_tracking'],
    ['Our fleet uses telematics to record driving.', 'location_tracking'],
    ['The access control system records each use of your pass.', 'access_logs'],
    ['Some cameras also record audio.', 'audio_recording'],
    ['Calls to the contact centre use call recording.', 'call_recording'],
  ])('%s', (text, kind) => {
    expect(short(text)).toEqual([kind]);
  });

  it('a list of special category data does not declare biometric monitoring', () => {
    expect(
      short('Special category data includes health, trade union membership, genetic data and biometric data.'),
    ).toEqual([]);
  });
});

describe('negation and scope', () => {
  it('a denial is kept as denied', () => {
    expect(short('We do not use CCTV. Emails are not monitored. We never record audio.')).toEqual([
      '!cctv_video',
      '!communication_surveillance',
      '!audio_recording',
    ]);
  });

  it('"we do not routinely monitor" is occasional monitoring, not a denial', () => {
    expect(short('We do not routinely monitor email.')).toEqual(['communication_surveillance~occasional']);
    expect(short('Internet use will not be monitored unless misuse is suspected.')).toEqual([
      'web_filtering~occasional',
    ]);
  });

  it('"only when misuse is suspected" is occasional; "all calls are recorded" is continuous', () => {
    expect(short('Email may be monitored, but only when misuse is suspected.')).toEqual([
      'communication_surveillance~occasional',
    ]);
    expect(short('All calls are recorded.')).toEqual(['call_recording~continuous']);
  });

  it("a worker's prohibition does not negate the monitoring in the same sentence", () => {
    expect(short('You must not send offensive emails, as emails are monitored.')).toEqual([
      'communication_surveillance',
    ]);
  });

  it('cameras kept out of toilets are still cameras', () => {
    expect(short('CCTV cameras are not sited in toilets or changing rooms.')).toEqual(['cctv_video']);
  });

  it('a declaring mention outweighs a denial elsewhere', () => {
    expect(short('We do not monitor personal email accounts. Work email is monitored.')).toEqual([
      'communication_surveillance',
    ]);
  });
});

describe('readPolicyText', () => {
  it('lists every kind, and offers browser categories named by channel as suggestions', () => {
    const reading = readPolicyText(
      'The Council monitors email and system access. CCTV operates in the depot. We use Hotjar on the intranet.',
      ruleCatalog,
    );
    expect(reading.kinds.map((k) => k.kind).sort()).toEqual([
      'cctv_video',
      'communication_surveillance',
      'platform_telemetry',
      'session_recording',
    ]);
    expect(reading.suggestions.map((s) => (s.kind === 'product' ? s.ruleId : s.category))).toEqual([
      'communication_surveillance',
      'hotjar',
      'platform_telemetry',
    ]);
  });

  it('is bounded on hostile text', () => {
    const started = performance.now();
    readPolicyText(`${'email monitored CCTV '.repeat(40_000)}.`, ruleCatalog);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('words that name a channel without declaring monitoring', () => {
  it("a statute's title, a department's name, a review date, the worker's own access", () => {
    expect(
      short('- The Telecommunications (Lawful Business Practice) (Interception of Communications Regulations) 2000;'),
    ).toEqual([]);
    expect(short('A recording may be kept longer after review with the Communications team.')).toEqual([]);
    expect(short('Email and Internet Policy – last review January 2022, next review by April 2023')).toEqual([]);
    expect(short('This policy applies to anyone who uses our IT facilities to access the Internet and email.')).toEqual(
      [],
    );
  });

  it('a telephone system recording conversations records calls', () => {
    expect(short('The Firm has a telephone system that is capable of recording conversations.')).toEqual([
      'call_recording',
    ]);
  });

  it('a lead-in that points back: "We may monitor our systems. This includes:"', () => {
    expect(short('We reserve the right to monitor our systems. This includes:\n- email\n- system access\n')).toEqual([
      'communication_surveillance',
      'platform_telemetry',
    ]);
  });
});

describe('product names that are months', () => {
  it('"June 2018" is a date, not the June analytics product; "we use June" still is', () => {
    expect(
      readPolicyText('The system was installed in all vehicles from June 2018.', ruleCatalog).suggestions.map(
        (s) => s.ruleId,
      ),
    ).toEqual([]);
    expect(
      readPolicyText('We use June to analyse feature use.', ruleCatalog).suggestions.map((s) => s.ruleId),
    ).toContain('june');
  });
});

describe('sound recorded with pictures', () => {
  it.each([
    'Body worn video provides an audio and visual record of activities.',
    'Sound and images are recorded on a tamper proof device.',
    'The camera records video and audio of interactions between staff and patients.',
  ])('%s', (text) => {
    expect(short(text)).toContain('audio_recording');
  });

  it('audio-visual equipment in a meeting room records nothing', () => {
    expect(short('Meeting rooms have audio and visual equipment for presentations.')).toEqual([]);
  });
});
