// MAIN-world hooks, registered by the background only for in-scope work sites (scripting API) and run
// at document_start, before page scripts. They notice when the page uses the camera or microphone,
// screen capture, geolocation, idle detection or clipboard reads, and when a script adds a keystroke
// listener to the whole document; counts go to the isolated content script in a DOM event whose name is
// fixed per build. Built as one classic script by scripts/vite-plugin-page-hooks.ts (no imports).
//
// Invisible and harmless: each hook is a method with the original's name and length, calls the original
// with the same `this` and arguments and returns what it returns; Function.prototype.toString shows the
// original's source for a hook (and for itself); no globals are added; every reference used later was
// taken here, before any page script could patch it. Recording is wrapped so it can never throw into
// the page. What it reports is page-reported: the page controls this world.
type Api = 'camera' | 'microphone' | 'screen' | 'location' | 'idle' | 'clipboard_read' | 'keystrokes';

const channel = `${__SIGHTLINE_CHANNEL__}-api`;
const apply = Reflect.apply;
const defineProperty = Object.defineProperty;
const getDescriptor = Object.getOwnPropertyDescriptor;
const nativeToString = Function.prototype.toString;
const originals = new WeakMap<object, unknown>();
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;
const mapGet = Map.prototype.get;
const mapSet = Map.prototype.set;
const mapClear = Map.prototype.clear;
const mapForEach = Map.prototype.forEach;
const arrayPush = Array.prototype.push;
const regexpExec = RegExp.prototype.exec;
const stringSlice = String.prototype.slice;
const stringIndexOf = String.prototype.indexOf;
const dispatch = EventTarget.prototype.dispatchEvent;
const PristineCustomEvent = CustomEvent;
const PristineError = Error;
const stringify = JSON.stringify;
const pristineSetTimeout = setTimeout;
const win = window;
const doc = document;
const SCRIPT_URL = /(https?:\/\/[^\s()'"@]+?)(?::\d+){1,2}\)?(?:\s|$)/;

/** Uses since the last report, keyed by api + U+001F + calling script. At most 50 keys per report. */
const pending = new Map<string, number>();
let pendingKeys = 0;
let scheduled = false;

function report(): void {
  scheduled = false;
  const uses: { api: string; caller: string; count: number }[] = [];
  apply(mapForEach, pending, [(count: number, key: string) => {
    const at = apply(stringIndexOf, key, ['\u001f']) as number;
    apply(arrayPush, uses, [{ api: apply(stringSlice, key, [0, at]), caller: apply(stringSlice, key, [at + 1]), count }]);
  }]);
  apply(mapClear, pending, []);
  pendingKeys = 0;
  apply(dispatch, win, [new PristineCustomEvent(channel, { detail: stringify(uses) })]);
}

/** The script that called the hook: the first http(s) URL in the stack (ours is an extension URL). */
function callingScript(): string {
  // A page that installed Error.prepareStackTrace would see our frame if we read a stack: don't.
  if (getDescriptor(PristineError, 'prepareStackTrace')) return '';
  const stack = new PristineError().stack ?? '';
  const match = apply(regexpExec, SCRIPT_URL, [stack]) as RegExpExecArray | null;
  return match ? match[1]! : '';
}

function use(api: Api): void {
  const key = `${api}\u001f${callingScript()}`;
  const count = apply(mapGet, pending, [key]) as number | undefined;
  if (count === undefined && pendingKeys++ >= 50) return;
  apply(mapSet, pending, [key, count === undefined ? 1 : count < 10_000 ? count + 1 : count]);
  if (!scheduled) {
    scheduled = true;
    pristineSetTimeout(report, 1000);
  }
}

/** Replace owner[name] with a look-alike that calls `notice` first and then the original, unchanged. */
function hook(owner: object | undefined, name: string, notice: (self: unknown, args: unknown[]) => void): void {
  const descriptor = owner ? getDescriptor(owner, name) : undefined;
  const original = descriptor?.value as ((...args: unknown[]) => unknown) | undefined;
  if (!owner || !descriptor || typeof original !== 'function') return;
  // A method definition has no prototype and cannot be constructed, like the built-ins it stands for.
  const wrapper = {
    [name](this: unknown, ...args: unknown[]): unknown {
      try {
        notice(this, args);
      } catch {
        // Never let noticing break the page.
      }
      return apply(original, this, args);
    },
  }[name]!;
  defineProperty(wrapper, 'length', { value: original.length });
  apply(weakSet, originals, [wrapper, original]);
  defineProperty(owner, name, { ...descriptor, value: wrapper });
}

// Function.prototype.toString shows a hook's original (and its own original for itself).
const disguisedToString = {
  toString(this: unknown): string {
    const original = typeof this === 'function' ? apply(weakGet, originals, [this]) : undefined;
    return apply(nativeToString, original ?? this, []) as string;
  },
}.toString;
defineProperty(disguisedToString, 'length', { value: nativeToString.length });
apply(weakSet, originals, [disguisedToString, nativeToString]);
defineProperty(Function.prototype, 'toString', { ...getDescriptor(Function.prototype, 'toString'), value: disguisedToString });

const protoOf = (name: string): object | undefined => {
  const ctor = (win as unknown as Record<string, unknown>)[name];
  return typeof ctor === 'function' ? (ctor as { prototype?: object }).prototype : undefined;
};

hook(protoOf('MediaDevices'), 'getUserMedia', (_self, [constraints]) => {
  const wanted = constraints as { video?: unknown; audio?: unknown } | null | undefined;
  if (wanted?.video) use('camera');
  if (wanted?.audio) use('microphone');
});
hook(protoOf('MediaDevices'), 'getDisplayMedia', () => use('screen'));
hook(protoOf('Geolocation'), 'getCurrentPosition', () => use('location'));
hook(protoOf('Geolocation'), 'watchPosition', () => use('location'));
hook(protoOf('IdleDetector'), 'start', () => use('idle'));
hook(protoOf('Clipboard'), 'read', () => use('clipboard_read'));
hook(protoOf('Clipboard'), 'readText', () => use('clipboard_read'));
// addEventListener is every page's most frequent call, so its hook is written out: no rest array, no
// closure; two comparisons for anything that is not a key listener (npm run bench:page measures it).
const eventTargetProto = protoOf('EventTarget');
const addDescriptor = eventTargetProto ? getDescriptor(eventTargetProto, 'addEventListener') : undefined;
const addEventListener = addDescriptor?.value as ((...args: unknown[]) => unknown) | undefined;
if (eventTargetProto && addDescriptor && typeof addEventListener === 'function') {
  const hooked = {
    addEventListener(this: unknown, type: unknown): unknown {
      if ((type === 'keydown' || type === 'keyup' || type === 'keypress' || type === 'input') && (this === doc || this === win || this === doc.documentElement || this === doc.body)) {
        try {
          use('keystrokes');
        } catch {
          // Never let noticing break the page.
        }
      }
      // eslint-disable-next-line prefer-rest-params -- passes the call's arguments on exactly, without an array
      return apply(addEventListener, this, arguments);
    },
  }.addEventListener;
  defineProperty(hooked, 'length', { value: addEventListener.length });
  apply(weakSet, originals, [hooked, addEventListener]);
  defineProperty(eventTargetProto, 'addEventListener', { ...addDescriptor, value: hooked });
}
export {};
