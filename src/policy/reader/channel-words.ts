// How policies name monitoring by channel ("we monitor email, telephone and internet use", "CCTV operates
// in", "fingerprint clocking", "vehicle trackers"), for the channel reader (channels.ts). Two sorts:
// - SELF_DECLARING phrases say monitoring on their own: "CCTV", "call recording", "vehicle tracking".
// - CHANNEL nouns ("email", "telephone calls", "internet use") say nothing alone: a policy mentions email
//   in a hundred rules for the worker. They count only in a sentence (or under a lead-in) with a
//   monitoring verb ("monitored", "recorded", "logged", "may be accessed").
// Patterns are global and case-insensitive unless an acronym needs its capitals; each match is a whole
// word or phrase. Words with other everyday senses are left out on purpose: bare "camera" (phones and
// video calls), bare "tracking" (tracking changes), bare "biometric data" (a list of special category data
// says nothing of monitoring), bare "badge" (ID badges worn).
import type { KindId } from '../kinds';

export const SELF_DECLARING: Readonly<Partial<Record<KindId, RegExp>>> = {
  cctv_video:
    /\b(?:CCTV|C\.C\.T\.V\.?|closed[- ]circuit (?:television|TV)|(?:video|camera) surveillance|surveillance cameras?|security cameras?|video cameras?|body[- ]worn (?:video|cameras?|devices?|cams?)|dash[- ]?cams?|dashboard cameras?|in[- ]cab cameras?|vehicle cameras?|camera systems? (?:is|are|operates?|operate|in operation)|cameras? (?:are|is) (?:installed|sited|located|positioned|in operation))/giu,
  audio_recording:
    /\b(?:audio[- ](?:recording|recorded|capture|enabled|monitoring)|(?:records?|recorded|recording|captures?|captured|capturing|provides?) (?:an? )?(?:video and audio|audio and (?:visual|video)|visual and audio|sound and (?:images?|video))|(?:sound|audio) and (?:images?|video|pictures) (?:are|is|will be|may be) (?:recorded|captured)|sound recording|record(?:s|ed|ing)? (?:audio|sound|speech|voices?|conversations)|(?:audio|sound|speech|conversations) (?:is|are|will be|may be|can be) (?:also )?(?:recorded|captured|monitored)|meetings? (?:may|will|can|are|is) (?:be )?recorded|record(?:ing)?,? (?:of )?(?:the |a |online |virtual |digital |Teams )?meetings?(?: systems?)?)/giu,
  biometrics:
    /\b(?:fingerprint[- ]?(?:clock\w*|scann\w*|readers?|recognition|technology|system|terminals?|entry|access|verification|identification|time)|biometric (?:clock\w*|scann\w*|readers?|recognition|technology|terminals?|systems?|devices?|time|attendance|access|authentication|verification|identification|sign[- ]in|entry)|(?:use of|using|uses|collect\w*|process\w*) biometric (?:data|information|identifiers?) (?:such as|like|including|for|to)|fingerprints? (?:to|for) (?:clock|sign|enter|access|record|identify|verify)\w*|(?:facial|face) recognition|iris (?:scan\w*|recognition)|hand geometry|palm[- ]vein|finger[- ]?scan\w*|clock(?:ing)? (?:in|on)(?: and (?:out|off))? (?:by|using|with) (?:a |your )?(?:fingerprint|finger|face|biometric\w*))/giu,
  call_recording:
    /\b(?:call recording|call[- ]recorded|recorded calls|call logging|call logs?|call monitoring|call detail records?|(?:telephone|phone) (?:call )?(?:recording|monitoring|logging)|record(?:s|ed|ing)? (?:of )?(?:all |some |your |incoming |outgoing |inbound |outbound )*(?:telephone |phone )?calls|calls (?:may|will|are|can|might) (?:also )?(?:be )?(?:recorded|monitored|logged)|itemised (?:bills?|billing|call))/giu,
  location_tracking:
    /\b(?:vehicle[- ](?:tracking|trackers?|tracking (?:devices?|systems?)|telematics|locations?)|(?:vehicle|precise|GPS) location(?:s| information| data)?|locations? of (?:the )?vehicles?|vehicle management system|track(?:ing|ed)? (?:via|through|using|by) (?:mobile |their |your )?(?:devices?|phones?)|(?:tracking|tracker) (?:devices?|systems?|units?) (?:is |are |fitted|installed|in (?:all |our |council )?vehicles)|telematics|tracker (?:units?|devices?)|GPS|global positioning|location[- ]tracking|track(?:s|ed|ing)? (?:the |your |their |a )?(?:location|whereabouts|movements?)|location (?:data|information) (?:from|of) (?:vehicles|devices|phones)|lone[- ]worker (?:devices?|alarms?|apps?|systems?))/giu,
  access_logs:
    /\b(?:access control (?:system|data|records?|logs?)|(?:entry and exit|entry|exit|door entry) systems?|door (?:access|entry) (?:system|records?|logs?|data)|swipe[- ]card (?:data|records?|logs?|system|access)|(?:building|door|site) access (?:logs?|records?|data)|(?:ID |identity |access )?(?:card|badge|fob|pass) (?:swipes?|entries|reader data|usage data|access records?))/giu,
  platform_telemetry:
    /\b(?:logging of (?:user |system |all )?activity|(?:user |system )?activity (?:is |are |will be |may be )?logged)\b/giu,
};

/**
 * Nouns for a channel, by the kind its monitoring is. An organisation's own website ("a notice on the
 * Council's Website", "our website") is where it publishes, not the web use it monitors.
 */
export const CHANNELS: Readonly<Partial<Record<KindId, RegExp>>> = {
  communication_surveillance:
    /\b(?:e-?mails?|e-?mail (?:accounts?|systems?|traffic|messages|communications|content)|electronic (?:mail|messag\w+|communications?)|instant messag\w*|messag(?:es|ing)|chats?|Teams chats?|communications|correspondence|voicemails?)\b/giu,
  web_filtering:
    /\b(?:internet(?: (?:use|usage|access|activity|traffic|sites?|browsing|history|connections?))?|web(?: (?:use|usage|access|activity|traffic|browsing|sites?|pages?))?|websites? (?:visited|accessed)|(?<!(?:['’]s|\bour|\bits|\btheir) )websites?|sites visited|browsing(?: history| activity)?|network (?:traffic|connectivity|activity|use|usage)|data traffic|online activity)\b/giu,
  call_recording:
    /\b(?:telephony|telephones?(?: (?:calls?|conversations?|use|usage|lines?|systems?))?|(?:phone|mobile phone|landline) (?:calls?|conversations?|use|usage|bills?)|calls (?:made|received|to and from))\b/giu,
  platform_telemetry:
    /\b(?:system access|access to (?:the |our |council |university |trust )?(?:IT |ICT |computer |information )?systems|log-?ons?|log-?ins?|logins?|sign-?ins?|user activity logs?|audit (?:logs?|trails?)|system logs?|access logs?)\b/giu,
  location_tracking:
    /\b(?:whereabouts|driving (?:style|behaviour|behavior|performance)|(?:your|their|drivers?'?|employees?'?|staff) locations?|locations? of (?:the )?(?:drivers?|employees?|staff|workers?|you))\b/giu,
  employee_monitoring:
    /\b(?:keystrokes?|screen ?shots?|screen activity|device activity|screens? (?:activity|content))\b/giu,
};

/**
 * A monitoring verb or noun in the sentence makes a channel noun a declaration. "access" counts only as
 * a verb after a modal ("may access", "may be accessed"); bare "access" is a noun in most policies.
 */
export const MONITORING_VERB =
  /\b(?:monitor(?:s|ed|ing)?|record(?:s|ed|ing)?|log(?:s|ged|ging)?(?!\s+(?:in|on|off|out|onto|into)\b)|intercept(?:s|ed|ing|ion)?|inspect(?:s|ed|ing|ion)?|audit(?:s|ed|ing)?|scan(?:s|ned|ning)?|filter(?:s|ed|ing)?|block(?:s|ed|ing)?|track(?:s|ed|ing)?|captur(?:e|es|ed|ing)|reviewed|reviewing|(?:may|will|can|could|to|and|or) review|examin(?:e|es|ed|ing|ation)|surveillance|scrutin\w+|(?:may|will|can|could|might|be|been|right to|and|or) access(?:ed)?|(?:may|will|can|could|might|be) read|analys(?:e|es|ed|is|ing)|check(?:s|ed)? (?:on )?(?:by|for|the content)|retain(?:s|ed)? (?:logs|records|copies|details)|keep(?:s)? (?:logs|records))\b/giu;

/** A lead-in whose bullets are channels: "We monitor the following:", "Monitoring may include:". */
export const MONITORING_LEAD_IN =
  /\b(?:monitor\w*|record\w*|log(?:s|ged|ging)?|intercept\w*|surveillance|track\w*)\b/iu;

/** A statute's title ("Interception of Communications Regulations 2000") names a channel without declaring anything. */
export const STATUTE = /\b(?:Act|Regulations?|Order|Directive)\s+(?:\(\w+\)\s+)?(?:19|20)\d\d\b/u;

/** Capitalised mid-sentence, these are names ("the Communications team"), not channels. */
export const NAME_NOT_CHANNEL = /^(?:Communications?|Correspondence|Messaging)$/u;

/** Sound recorded by a telephone system is call recording, not room audio. */
export const TELEPHONE_CONTEXT = /\b(?:telephon\w*|phone|calls?|callers?|call centre|contact centre)\b/iu;

/** Words that make a negation about scope, not a denial: "we do not routinely monitor email". */
export const ROUTINE_SCOPE =
  /\b(?:routinely|normally|generally|usually|systematically|proactively|automatically|continuously|constantly|actively|regularly|as a matter of course|as a routine|on a routine basis|without (?:good )?(?:reason|cause)|unless|other than|except)\b/iu;

/** Words that say monitoring happens only now and then. */
export const OCCASIONAL =
  /\b(?:only (?:when|where|if|in)|where (?:there is|there are|we have) (?:a |reasonable |good )?(?:suspicion|grounds|concerns?|reason)|(?:reasonable |genuine )?suspicion|suspected|suspect|investigat\w+|exceptional circumstances|spot[- ]checks?|random(?:ly)? (?:checks?|samples?|sampling)|from time to time|occasional(?:ly)?|periodic(?:ally)?|on request|as (?:and when )?(?:necessary|required|needed))\b/iu;

/** Words that say monitoring never stops. */
export const CONTINUOUS =
  /\b(?:continuous(?:ly)?|constantly|at all times|24 hours|24\/7|round the clock|routinely|automatically|all (?:e-?mails?|calls|internet (?:use|traffic|access)|traffic))\b/iu;

/** A camera denial about where, not whether: "cameras are not sited in toilets or changing rooms". */
export const PRIVATE_PLACES =
  /\b(?:toilets?|changing (?:rooms?|areas?|facilities)|washrooms?|rest ?rooms?|bathrooms?|showers?|private (?:areas?|offices?|spaces?)|prayer rooms?|first aid rooms?)\b/iu;
