// The componentize-js guest of the witj integration suite: implements world `js-guest`
// (wit/js-guest.wit); the protocol's constants are in protocol.js. Values as componentize-js passes them: u64/s64 are BigInt,
// char a one-code-point string, records objects with camelCase fields, variants and results
// {tag, val}, enums strings, flags objects of booleans, list<u8>/list<u32>/... typed arrays.

import {
  nextBool, nextU8, nextS8, nextU16, nextS16, nextU32, nextS32, nextU64, nextS64,
  nextF32, nextF64, nextChar, nextString, nextShape, nextTree, nextDeep, nextOptOpt,
  nextColor, nextPerms, swapPrimitives, longString, rotatePoints, reverseLabeled,
  reverseStrings, reverseBytes, sumS64, divide as hostDivide, manyParams as hostManyParams,
  multiResult as hostMultiResult, Blob, consumeBlob, peekBlob, blobStats,
} from 'witj-test:js-guest/host';
// A world-level import is the default export of a module named after the function.
import bump from 'bump';

import {
  S64_MAX, F32_MAX, F32_MIN_SUB, EDGES, FLAT_EDGES, MIN_VALUES, MAX_VALUES, longText, POINTS, ROTATED,
  LABELED, LABELED_REVERSED, STRINGS, MANY, multiExpected, nextFunctions, same, show,
} from './protocol.js';

let failures = [];
function fail(msg) { failures.push(msg); }

/** Runs one import check, turning a JS exception into a failure. */
function check(name, body) {
  try {
    body();
  } catch (e) {
    fail(`${name}: threw ${e && e.payload !== undefined ? show(e.payload) : e}`);
  }
}

function expectEq(name, got, want) {
  if (!same(got, want)) fail(`${name}: expected ${show(want)}, got ${show(got)}`);
}

/** Calls a function whose WIT result is `result<…>`: returns {tag, val} instead of throwing. */
function asResult(f) {
  try {
    return { tag: 'ok', val: f() };
  } catch (e) {
    if (e && 'payload' in e) return { tag: 'err', val: e.payload };
    throw e;
  }
}

function manyParamsCheck(args) {
  const diffs = [];
  for (let i = 0; i < MANY.length; i++) {
    if (!same(args[i], MANY[i])) diffs.push(`a${i + 1}: expected ${show(MANY[i])}, got ${show(args[i])}`);
  }
  return diffs.length === 0 ? 'ok' : diffs.join('; ');
}

// ---------------------------------------------------------------- exports: guest

let countersCreated = 0;
let countersDestroyed = 0;

class Counter {
  #name;
  #value;
  #destroyed = false;
  constructor(name, start) {
    this.#name = name;
    this.#value = BigInt.asIntN(64, start);
    countersCreated++;
  }
  add(by) {
    this.#value = BigInt.asIntN(64, this.#value + by);
    return this.#value;
  }
  get() { return this.#value; }
  name() { return this.#name; }
  static merge(a, b) { return new Counter(`${a.name()}+${b.name()}`, a.get() + b.get()); }
  [Symbol.dispose]() {
    if (!this.#destroyed) {
      this.#destroyed = true;
      countersDestroyed++;
    }
  }
}

export const guest = {
  ...nextFunctions(fail),

  minValues: () => MIN_VALUES,
  maxValues: () => MAX_VALUES,
  specialF32: () => new Float32Array([NaN, -0, 0, Infinity, -Infinity, F32_MIN_SUB, F32_MAX]),
  specialF64: () => new Float64Array([NaN, -0, 0, Infinity, -Infinity, Number.MIN_VALUE,
    Number.MAX_VALUE]),
  echoPrimitives: (ps) => ps,
  measureString: (s) => [[...s].length, s.length, new TextEncoder().encode(s).length],
  repeatString: (unit, count) => unit.repeat(count),
  echoString: (s) => s,
  rotatePoints: (ps) => ps.map((p) => ({ x: p.y, y: -p.x | 0 })),
  reverseLabeled: (ls) => ls.map((l) => ({ ...l, tags: [...l.tags].reverse() })).reverse(),
  reverseStrings: (ss) => [...ss].reverse(),
  reverseBytes: (b) => new Uint8Array(b).reverse(),
  echoNestedLists: (x) => x,
  sumS64: (xs) => xs.reduce((acc, v) => BigInt.asIntN(64, acc + v), 0n),
  divide: (a, b) => {
    if (b === 0) throw { payload: 'division by zero' };
    return (a / b) | 0;
  },
  manyParams: (...args) => manyParamsCheck(args),
  multiResult: (seed) => multiExpected(seed),

  Counter,
  consumeCounter: (c) => {
    const v = c.get();
    c[Symbol.dispose]();
    return v;
  },
  peekCounter: (c) => c.get(),
  counterStats: () => [countersCreated, countersDestroyed],
  takeFailures: () => {
    const out = failures;
    failures = [];
    return out;
  },
};

// ---------------------------------------------------------------- exports: run-import-tests

/** The caller side of `next-*`: sends every value of the list, expects the next one back. */
function cycle(name, list, f) {
  for (let i = 0; i < list.length; i++) {
    check(`${name}(${show(list[i])})`, () => expectEq(`${name}(${show(list[i])})`, f(list[i]),
      list[(i + 1) % list.length]));
  }
}

export function runImportTests() {
  const saved = failures;
  failures = [];
  try {
    cycle('next-bool', EDGES.bool, nextBool);
    cycle('next-u8', EDGES.u8, nextU8);
    cycle('next-s8', EDGES.s8, nextS8);
    cycle('next-u16', EDGES.u16, nextU16);
    cycle('next-s16', EDGES.s16, nextS16);
    cycle('next-u32', FLAT_EDGES.u32, nextU32);
    cycle('next-s32', EDGES.s32, nextS32);
    cycle('next-u64', EDGES.u64, nextU64);
    cycle('next-s64', FLAT_EDGES.s64, nextS64);
    cycle('next-f32', EDGES.f32, nextF32);
    cycle('next-f64', EDGES.f64, nextF64);
    cycle('next-char', EDGES.char, nextChar);
    cycle('next-string', EDGES.string, nextString);
    cycle('next-shape', FLAT_EDGES.shape, nextShape);
    cycle('next-tree', EDGES.tree, nextTree);
    cycle('next-deep', EDGES.deep, nextDeep);
    cycle('next-opt-opt', EDGES.optOpt, nextOptOpt);
    cycle('next-color', EDGES.color, nextColor);
    cycle('next-perms', EDGES.perms, nextPerms);

    check('swap-primitives', () => expectEq('swap-primitives', swapPrimitives([MIN_VALUES, MAX_VALUES]), [MAX_VALUES, MIN_VALUES]));
    check('long-string', () => {
      const got = longString(longText(1));
      if (got !== longText(2)) fail(`long-string: expected longText(2) (${longText(2).length} units), got ${got.length} units starting ${show(got.slice(0, 12))}`);
    });
    check('rotate-points', () => expectEq('rotate-points', rotatePoints(POINTS), ROTATED));
    check('rotate-points([])', () => expectEq('rotate-points([])', rotatePoints([]), []));
    check('reverse-labeled', () => expectEq('reverse-labeled', reverseLabeled(LABELED), LABELED_REVERSED));
    check('reverse-strings', () => expectEq('reverse-strings', reverseStrings(STRINGS), [...STRINGS].reverse()));
    check('reverse-bytes', () => {
      const bytes = new Uint8Array(256).map((_, i) => i);
      expectEq('reverse-bytes', reverseBytes(bytes), new Uint8Array(256).map((_, i) => 255 - i));
    });
    check('sum-s64', () => expectEq('sum-s64', sumS64(new BigInt64Array([S64_MAX, 1n, -5n])), S64_MAX - 4n));
    check('divide(7, -2)', () => expectEq('divide(7, -2)', asResult(() => hostDivide(7, -2)), { tag: 'ok', val: -3 }));
    check('divide(1, 0)', () => expectEq('divide(1, 0)', asResult(() => hostDivide(1, 0)), { tag: 'err', val: 'division by zero' }));
    check('many-params', () => expectEq('many-params', hostManyParams(...MANY), 'ok'));
    check('multi-result(7)', () => expectEq('multi-result(7)', hostMultiResult(7), multiExpected(7)));
    check('multi-result(0)', () => expectEq('multi-result(0)', hostMultiResult(0), multiExpected(0)));
    check('bump', () => expectEq('bump(41)', bump(41), 42));
    check('bump(s32 max)', () => expectEq('bump(2147483646)', bump(2147483646), 2147483647));

    check('blob', () => {
      const a = new Blob(new Uint8Array([1, 2, 3]));
      a.append(new Uint8Array([4]));
      expectEq('blob.read', a.read(), new Uint8Array([1, 2, 3, 4]));
      expectEq('blob.size', a.size(), 4);
      const b = new Blob(new Uint8Array([]));
      expectEq('empty blob.size', b.size(), 0);
      b.append(new Uint8Array([9, 8]));
      const c = Blob.concat(a, b);
      expectEq('blob.concat', c.read(), new Uint8Array([1, 2, 3, 4, 9, 8]));
      expectEq('peek-blob', peekBlob(a), 4);
      expectEq('blob-stats before drops', blobStats(), [3, 0]);
      expectEq('consume-blob', consumeBlob(c), new Uint8Array([1, 2, 3, 4, 9, 8]));
      expectEq('blob-stats after consume', blobStats(), [3, 1]);
      a[Symbol.dispose]();
      b[Symbol.dispose]();
      expectEq('blob-stats after drops', blobStats(), [3, 3]);
    });
    return failures;
  } finally {
    failures = saved;
  }
}
