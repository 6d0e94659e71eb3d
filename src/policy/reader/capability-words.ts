// The words a policy uses for what a tool captures, so a denial ("we do not use keystroke logging",
// "the contents of your messages are not monitored") can be held against what the products seen here
// are documented to capture. Whole words, any case; a plural "s" is allowed where written "s?".
import type { CapabilityId } from '../../core/taxonomy';

export const CAPABILITY_WORDS: Readonly<Partial<Record<CapabilityId, RegExp>>> = {
  typed_text:
    /\b(?:keystroke (?:logging|recording|capture|monitoring)|keystrokes?|key[ -]?logg(?:ing|ers?)|keyloggers?|keyboard (?:logging|input|activity)|what you type|typed text)\b/giu,
  screen_capture:
    /\b(?:screen ?shots?|screen (?:capture|recording)s?|record(?:ing)? (?:of )?(?:your |the )?screens?)\b/giu,
  message_content:
    /\b(?:contents? of (?:your |any |personal )?(?:e-?mails?|messages|chats?|communications)|(?:e-?mail|message|chat) contents?|read (?:your |personal )?(?:e-?mails?|messages))\b/giu,
  camera: /\b(?:webcams?|web cams?|cameras? on (?:your|the) (?:device|laptop|computer))\b/giu,
  microphone: /\b(?:microphones?|audio recording|record(?:ing)? (?:your )?(?:conversations|calls|audio))\b/giu,
  location: /\b(?:your location|location tracking|track(?:ing)? (?:your )?location|GPS)\b/giu,
  clipboard: /\b(?:clipboard)\b/giu,
  mouse_movement: /\b(?:mouse movements?|mouse tracking)\b/giu,
};

/** The capability a phrase names on its own ("keystroke logging"), if any: a denial of it is about what is captured. */
export function capabilityNamedBy(phrase: string): CapabilityId | undefined {
  for (const [capability, words] of Object.entries(CAPABILITY_WORDS) as [CapabilityId, RegExp][]) {
    words.lastIndex = 0;
    const match = words.exec(phrase);
    if (match && match[0].length === phrase.length) return capability;
  }
  return undefined;
}
