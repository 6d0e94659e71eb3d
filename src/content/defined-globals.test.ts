// definedGlobals runs in a realm the page controls, after the page's own code. Run it in a fresh realm
// where every built-in a function might reach for is trapped (as a hostile page would), and check it
// reaches for none of them and still answers correctly.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { definedGlobals } from './defined-globals';

const TRAPS = `
  var hits = '';
  // An ordinary object stands in for the page's window: node:vm's own global answers 'in' through
  // interceptors of its own, which no browser has.
  var window = {};
  var record = function (what) { hits += what + '|'; };
  var call = Function.prototype.call, apply = Function.prototype.apply, iterator = Array.prototype[Symbol.iterator];
  Function.prototype.call = function () { record('call'); return apply.apply(call, [this, arguments]); };
  Function.prototype.apply = function (self, args) { record('apply'); return Reflect.apply(this, self, args); };
  Array.prototype[Symbol.iterator] = function () { record('iterator'); return iterator.apply(this); };
  ['push', 'map', 'filter', 'forEach', 'join', 'includes', 'indexOf', 'slice', 'concat'].forEach(function (name) {
    var original = Array.prototype[name];
    Array.prototype[name] = function () { record('Array.' + name); return original.apply(this, arguments); };
  });
  ['concat', 'slice', 'split', 'trim', 'toString', 'valueOf'].forEach(function (name) {
    var original = String.prototype[name];
    String.prototype[name] = function () { record('String.' + name); return original.apply(this, arguments); };
  });
  ['then', 'toJSON', 'composed', 'detail', 'constructor', 'prototype', '0', '1', '2', '3', '4'].forEach(function (name) {
    try {
      Object.defineProperty(Object.prototype, name, { get: function () { record('get ' + name); return undefined; }, set: function () { record('set ' + name); }, configurable: true });
    } catch (e) {}
  });
  Object.defineProperty(Error, 'prepareStackTrace', { get: function () { record('prepareStackTrace'); }, configurable: true });
  window.pendo = {};
  Object.defineProperty(window, 'FS', { get: function () { record('read FS'); return 1; }, configurable: true });
  hits = '';
`;

function runHostile(names: string[]): { answer: string; hits: string[] } {
  // One script: traps, then the call with an array made in the hostile realm (as the browser hands
  // executeScript's arguments over), answering with string concatenation only (which no trap sees).
  const script = `${TRAPS}
    var answer = (${definedGlobals.toString()})(JSON.parse(${JSON.stringify(JSON.stringify(names))}));
    typeof answer + '\u0000' + answer + '\u0000' + hits;`;
  const [type, answer, hits] = (runInNewContext(script, {}) as string).split('\u0000') as [string, string, string];
  if (type !== 'string') throw new Error(`definedGlobals answered a ${type}`);
  return { answer, hits: hits.split('|').filter(Boolean) };
}

describe('definedGlobals', () => {
  it('names the globals that exist, one per line, reading no value (getters stay untouched)', () => {
    const { answer } = runHostile(['pendo', 'FS', 'hj', '_walkmeInternals']);
    expect(answer).toBe('pendo\nFS\n');
  });

  it('calls nothing a page could have patched: no method, iterator, getter or stack hook fires', () => {
    const { hits } = runHostile(['pendo', 'FS', 'hj', 'constructor', '0', 'then']);
    expect(hits).toEqual([]);
  });

  it('answers a string, empty when nothing is there (runHostile refuses any other type)', () => {
    expect(runHostile(['hj', 'Intercom']).answer).toBe('');
  });
});
