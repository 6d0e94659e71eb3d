// The employer page's first script (inlined as the first thing in <head> by page.ts). It plays the
// adversary: it has read our package, so it sets traps for every string constant in it, then probes
// the browser APIs a monitoring hook would wrap, and keeps everything it saw for the test to compare
// between a browser with Sightline and one without. Plain browser JavaScript, served as is: no build
// step may add helpers. Everything the traps need is taken before any trap is set, and recording is
// switched off (`busy`) while the page does its own bookkeeping, so the log holds what others did.
(() => {
  'use strict';
  const CONSTANTS = /*__CONSTANTS__*/ [];
  /** Names the engine reads with HasProperty on plain objects (property descriptors): a trap breaks it. */
  const ENGINE_NAMES = ['get', 'set', 'value', 'writable', 'enumerable', 'configurable', '__proto__'];
  const DICTIONARY_NAMES = [
    'composed',
    'bubbles',
    'cancelable',
    'detail',
    'once',
    'passive',
    'capture',
    'signal',
    'then',
    'toJSON',
    'length',
    'constructor',
    'prototype',
  ];
  const ORIGIN = location.origin;

  const rApply = Reflect.apply;
  const rGet = Reflect.get;
  const rHas = Reflect.has;
  const rOwnKeys = Reflect.ownKeys;
  const rGOPD = Reflect.getOwnPropertyDescriptor;
  const defineProperty = Object.defineProperty;
  const getOPD = Object.getOwnPropertyDescriptor;
  const getOPN = Object.getOwnPropertyNames;
  const getSymbols = Object.getOwnPropertySymbols;
  const getProto = Object.getPrototypeOf;
  const setProto = Object.setPrototypeOf;
  const hasOwn = Object.prototype.hasOwnProperty;
  const OrigError = Error;
  const OrigProxy = Proxy;
  const OrigSet = Set;
  const setAdd = Set.prototype.add;
  const setHas = Set.prototype.has;
  const stringify = JSON.stringify;
  const origToString = Function.prototype.toString;
  const sort = Array.prototype.sort;
  const split = String.prototype.split;
  const indexOf = String.prototype.indexOf;
  const slice = String.prototype.slice;
  const test = RegExp.prototype.test;
  const addListener = EventTarget.prototype.addEventListener;
  const origSetTimeout = setTimeout;
  const win = window;
  const doc = document;
  const consoleInfo = console.info;

  let busy = true; // the page's own bookkeeping (here: setting the traps) is not recorded
  let recording = true; // off once the result is fixed, so the test's own evaluate is not recorded
  let inStack = false;
  const keys = new OrigSet(); // "kind|name|page" or "kind|name|foreign"
  const foreignStacks = new OrigSet();
  const notes = []; // what the page learnt about itself (which traps it could set)
  const push = (list, item) => {
    list[list.length] = item;
  };

  const POSITION = /:\d+:\d+\)?$/;
  const EXTENSION = /(chrome|moz)-extension:\/\//;
  /** Foreign: an extension URL, or any frame with a source position outside this page's origin. */
  function isForeign(stack) {
    if (rApply(test, EXTENSION, [stack])) return true;
    const lines = rApply(split, stack, ['\n']);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (rApply(test, POSITION, [line]) && rApply(indexOf, line, [ORIGIN + '/']) < 0) return true;
    }
    return false;
  }

  function stackNow() {
    inStack = true;
    try {
      return String(new OrigError('trap').stack);
    } catch {
      return '';
    } finally {
      inStack = false;
    }
  }

  /** Record a hit. `always`: keep page-own hits too (they are identical with and without Sightline). */
  function hit(kind, name, always) {
    if (busy || !recording || inStack) return;
    busy = true;
    try {
      const stack = stackNow();
      const foreign = isForeign(stack);
      if (foreign || always) rApply(setAdd, keys, [kind + '|' + String(name) + '|' + (foreign ? 'foreign' : 'page')]);
      if (foreign && foreignStacks.size < 60)
        rApply(setAdd, foreignStacks, [kind + ' ' + String(name) + '\n' + rApply(slice, stack, [0, 1500])]);
    } catch {
      // never throw into whoever triggered the trap
    } finally {
      busy = false;
    }
  }

  // Chromium: every stack anyone formats passes through here.
  try {
    OrigError.prepareStackTrace = function prepareStackTrace(error, sites) {
      let text = '';
      try {
        text = String(error);
      } catch {
        text = 'Error';
      }
      for (let i = 0; i < sites.length; i++) text += '\n    at ' + sites[i];
      if (!inStack && !busy && recording && rApply(test, EXTENSION, [text]))
        hit('prepareStackTrace', 'extension-frame', true);
      return text;
    };
    if (typeof OrigError.captureStackTrace === 'function') {
      const capture = OrigError.captureStackTrace;
      OrigError.captureStackTrace = function captureStackTrace(...args) {
        hit('Error.captureStackTrace', '', false);
        return rApply(capture, this, args);
      };
    }
  } catch (error) {
    push(notes, 'prepareStackTrace: ' + error);
  }

  /** Replace a method with a recorder that calls it (foreign callers only are logged). */
  function wrap(owner, key, label) {
    const original = owner[key];
    if (typeof original !== 'function') return;
    const wrapper = {
      [label](...args) {
        hit(label, '', false);
        return rApply(original, this, args);
      },
    }[label];
    try {
      defineProperty(owner, key, { value: wrapper, writable: true, configurable: true, enumerable: false });
    } catch (error) {
      push(notes, 'wrap ' + label + ': ' + error);
    }
  }
  wrap(Function.prototype, 'call', 'Function.call');
  wrap(Function.prototype, 'apply', 'Function.apply');
  wrap(Function.prototype, 'bind', 'Function.bind');
  wrap(Reflect, 'apply', 'Reflect.apply');
  for (const method of ['push', 'map', 'filter', 'forEach', 'includes', 'indexOf', 'join', 'slice'])
    wrap(Array.prototype, method, 'Array.' + method);
  wrap(Array.prototype, Symbol.iterator, 'Array.iterator');
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'])
    wrap(console, method, 'console.' + method);

  // Getters on Object.prototype: every lookup of a missing property by that name, on any plain object
  // (including option dictionaries the engine reads), lands here. Existing members keep their values.
  function trapName(name) {
    // Existing members (toString, valueOf...) are read by the engine all the time: only constructor.
    if (name !== 'constructor' && rApply(hasOwn, Object.prototype, [name])) return;
    const existing = rGOPD(Object.prototype, name);
    try {
      defineProperty(Object.prototype, name, {
        configurable: true,
        enumerable: false,
        get() {
          hit('get', name, true);
          return existing ? (existing.get ? rApply(existing.get, this, []) : existing.value) : undefined;
        },
        set(value) {
          hit('set', name, true);
          try {
            defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
          } catch {
            // primitives and frozen objects: as a plain assignment, nothing happens
          }
        },
      });
    } catch (error) {
      push(notes, 'trap ' + name + ': ' + error);
    }
  }
  const trapped = new OrigSet();
  const names = [...DICTIONARY_NAMES, ...CONSTANTS, '0', '1'];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (ENGINE_NAMES.indexOf(name) >= 0 || rApply(setHas, trapped, [name])) continue;
    rApply(setAdd, trapped, [name]);
    trapName(name);
  }

  // A Proxy above the DOM's prototypes: lookups that walk past them (`name in window`) are seen.
  function proxyAbove(label, object) {
    if (!object) return;
    const target = getProto(object);
    const handler = {
      has(t, k) {
        hit('proxy.has', label + '.' + String(k), true);
        return rHas(t, k);
      },
      get(t, k, r) {
        hit('proxy.get', label + '.' + String(k), true);
        return rGet(t, k, r);
      },
      ownKeys(t) {
        hit('proxy.ownKeys', label, true);
        return rOwnKeys(t);
      },
      getOwnPropertyDescriptor(t, k) {
        hit('proxy.getOwnPropertyDescriptor', label + '.' + String(k), true);
        return rGOPD(t, k);
      },
    };
    try {
      setProto(object, new OrigProxy(target, handler));
      push(notes, 'setPrototypeOf ' + label + ': ok');
    } catch (error) {
      push(notes, 'setPrototypeOf ' + label + ': ' + (error && error.name));
    }
  }
  proxyAbove('EventTarget.prototype', EventTarget.prototype);
  proxyAbove('Window.prototype', Window.prototype);
  proxyAbove('WindowProperties', getProto(Window.prototype));

  // Events: every constant as an event name, on window and document, before anyone else listens.
  const onEvent = (event) => {
    hit('event', event.type + (event.isTrusted ? '' : ' (untrusted)'), true);
  };
  const events = [...CONSTANTS, 'message', 'securitypolicyviolation', 'error', 'unhandledrejection'];
  for (let i = 0; i < events.length; i++) {
    rApply(addListener, win, [events[i], onEvent, true]);
    rApply(addListener, doc, [events[i], onEvent, true]);
  }
  const cspViolations = [];
  rApply(addListener, doc, [
    'securitypolicyviolation',
    (e) => push(cspViolations, e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile),
    true,
  ]);

  busy = false;

  const mutations = [];
  new MutationObserver((records) => {
    busy = true;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      push(
        mutations,
        r.type +
          ' ' +
          r.target.nodeName +
          ' ' +
          (r.attributeName || '') +
          ' +' +
          r.addedNodes.length +
          ' -' +
          r.removedNodes.length,
      );
    }
    busy = false;
  }).observe(doc.documentElement, { subtree: true, attributes: true, childList: true, characterData: true });

  // ---- Probes, after load. ----
  const noop = () => undefined;
  const describe = (value) => (value && typeof value === 'object' ? 'object' : typeof value);
  function describeError(error) {
    if (!error || typeof error !== 'object') return String(error);
    return String(error.name) + ': ' + String(error.message) + '\n' + String(error.stack);
  }
  const settle = (promise) =>
    new Promise((resolve) => {
      origSetTimeout(() => resolve('pending after 1.5 s'), 1500);
      promise.then(
        (v) => resolve('resolved ' + describe(v)),
        (e) => resolve('rejected ' + describeError(e)),
      );
    });

  /** API calls a hook would wrap, made in ways that throw: the error stacks show every frame in between. */
  async function callProbes() {
    const calls = {
      'addEventListener throwing once': () =>
        doc.addEventListener('keydown', noop, {
          get once() {
            throw new Error('once');
          },
        }),
      'addEventListener no arguments': () => doc.addEventListener(),
      'addEventListener this=null': () => EventTarget.prototype.addEventListener.call(null),
      'removeEventListener no arguments': () => doc.removeEventListener(),
      'dispatchEvent no arguments': () => win.dispatchEvent(),
      'getCurrentPosition no arguments': () => navigator.geolocation.getCurrentPosition(),
      'getCurrentPosition this={}': () => navigator.geolocation.getCurrentPosition.call({}, noop),
      'watchPosition no arguments': () => navigator.geolocation.watchPosition(),
      'getUserMedia throwing video': () =>
        navigator.mediaDevices.getUserMedia({
          get video() {
            throw new Error('video');
          },
        }),
      'getUserMedia this={}': () => navigator.mediaDevices.getUserMedia.call({}, {}),
      'getDisplayMedia this={}': () => navigator.mediaDevices.getDisplayMedia.call({}),
      'enumerateDevices this={}': () => navigator.mediaDevices.enumerateDevices.call({}),
      'clipboard.readText this={}': () => navigator.clipboard.readText.call({}),
      'clipboard.read this={}': () => navigator.clipboard.read.call({}),
      'permissions.query throwing name': () =>
        navigator.permissions.query({
          get name() {
            throw new Error('name');
          },
        }),
    };
    // All at once (a pending promise waits 1.5 s), each synchronous part in a fixed order.
    const out = {};
    const labels = Object.keys(calls);
    for (let i = 0; i < labels.length; i++) {
      try {
        const result = calls[labels[i]]();
        out[labels[i]] = result && typeof result.then === 'function' ? settle(result) : 'returned ' + describe(result);
      } catch (error) {
        out[labels[i]] = 'threw ' + describeError(error);
      }
    }
    for (let i = 0; i < labels.length; i++) out[labels[i]] = await out[labels[i]];
    return out;
  }

  let frameRealm;
  /** Name, length and source text of each function a hook would replace, also as another realm reads it. */
  function functionProbes() {
    if (!frameRealm) {
      const frame = doc.createElement('iframe');
      frame.src = 'about:blank';
      frame.style.display = 'none';
      doc.body.appendChild(frame);
      frameRealm = frame.contentWindow;
    }
    const at = (read) => {
      try {
        return read();
      } catch {
        return undefined;
      }
    };
    const targets = {
      'EventTarget.addEventListener': EventTarget.prototype.addEventListener,
      'EventTarget.removeEventListener': EventTarget.prototype.removeEventListener,
      'EventTarget.dispatchEvent': EventTarget.prototype.dispatchEvent,
      'Geolocation.getCurrentPosition': at(() => navigator.geolocation.getCurrentPosition),
      'Geolocation.watchPosition': at(() => navigator.geolocation.watchPosition),
      'MediaDevices.getUserMedia': at(() => navigator.mediaDevices.getUserMedia),
      'MediaDevices.getDisplayMedia': at(() => navigator.mediaDevices.getDisplayMedia),
      'MediaDevices.enumerateDevices': at(() => navigator.mediaDevices.enumerateDevices),
      'Clipboard.readText': at(() => navigator.clipboard.readText),
      'Clipboard.read': at(() => navigator.clipboard.read),
      'Permissions.query': at(() => navigator.permissions.query),
      'Function.toString': Function.prototype.toString,
      'Object.defineProperty': Object.defineProperty,
      'Object.getOwnPropertyDescriptor': Object.getOwnPropertyDescriptor,
      'JSON.stringify': JSON.stringify,
      CustomEvent: CustomEvent,
      setTimeout: win.setTimeout,
      'Promise.then': Promise.prototype.then,
      'IdleDetector.start': win.IdleDetector && win.IdleDetector.prototype.start,
    };
    const out = {};
    for (const label of Object.keys(targets)) {
      const fn = targets[label];
      const row = [];
      const attempt = (what, read) => {
        try {
          push(row, what + ': ' + read());
        } catch (error) {
          push(row, what + ' threw ' + describeError(error));
        }
      };
      attempt('toString', () => Function.prototype.toString.call(fn));
      attempt('String', () => String(fn));
      attempt('other realm toString', () => frameRealm.Function.prototype.toString.call(fn));
      attempt('toString as saved at page start', () => rApply(origToString, fn, []));
      attempt('name', () => fn.name);
      attempt('length', () => fn.length);
      attempt('own keys', () => describeKeys(fn));
      out[label] = row;
    }
    return out;
  }

  /** Own properties as a stable string: flags, type of value, accessor presence; no values. */
  function describeKeys(object) {
    if (object === null || object === undefined) return String(object);
    const lines = [];
    const own = [...getOPN(object), ...getSymbols(object)];
    for (let i = 0; i < own.length; i++) {
      const d = getOPD(object, own[i]);
      if (!d) continue;
      const flags = (d.configurable ? 'c' : '-') + (d.enumerable ? 'e' : '-') + (d.writable ? 'w' : '-');
      const kind = 'value' in d ? typeof d.value : (d.get ? 'get' : '') + (d.set ? 'set' : '');
      push(lines, String(own[i]) + ' ' + flags + ' ' + kind);
    }
    rApply(sort, lines, []);
    return lines.join('\n');
  }

  function descriptorProbes() {
    const objects = {
      window: win,
      document: doc,
      navigator,
      'window.chrome': win.chrome,
      'window.browser': win.browser,
      'navigator.geolocation': navigator.geolocation,
      'navigator.mediaDevices': navigator.mediaDevices,
      'navigator.clipboard': navigator.clipboard,
    };
    const protos = [
      'EventTarget',
      'Node',
      'Element',
      'HTMLElement',
      'Document',
      'Window',
      'Navigator',
      'MediaDevices',
      'Geolocation',
      'Clipboard',
      'Function',
      'Object',
      'Array',
      'Error',
      'CustomEvent',
      'Event',
      'Promise',
    ];
    for (let i = 0; i < protos.length; i++) {
      const ctor = win[protos[i]];
      objects[protos[i] + '.prototype'] = ctor && ctor.prototype;
      objects[protos[i]] = ctor;
    }
    const out = {};
    for (const label of Object.keys(objects)) out[label] = describeKeys(objects[label]);
    return out;
  }

  async function round() {
    const calls = await callProbes();
    busy = true;
    try {
      return { calls, functions: functionProbes(), descriptors: descriptorProbes() };
    } finally {
      busy = false;
    }
  }

  let result = null;
  const rounds = [];
  function finish() {
    recording = false;
    busy = true;
    const entries = performance.getEntries();
    const perf = [];
    for (let i = 0; i < entries.length; i++) {
      // Slow frames and long tasks are measurements of CPU load, not things loaded: noise between runs.
      if (entries[i].entryType === 'long-animation-frame' || entries[i].entryType === 'longtask') continue;
      push(perf, entries[i].entryType + ' ' + entries[i].name);
    }
    result = stringify({
      traps: { notes, trapped: trapped.size },
      log: rApply(sort, [...keys], []),
      foreignStacks: [...foreignStacks],
      mutations,
      cspViolations,
      rounds,
      performance: rApply(sort, perf, []),
      html: doc.documentElement.outerHTML,
    });
    // The test waits for this console message rather than polling the page (which would run its code here).
    rApply(consoleInfo, console, ['sightline-adversary: done']);
  }

  defineProperty(win, '__adversaryResult', { value: () => result, configurable: true });
  rApply(addListener, win, [
    'load',
    () => {
      origSetTimeout(async () => {
        push(rounds, await round());
        // Later, when anything watching the page after load (up to about 5 s) has done its work.
        origSetTimeout(async () => {
          push(rounds, await round());
          origSetTimeout(finish, 1500);
        }, 6000);
      }, 0);
    },
    { once: true },
  ]);
})();
