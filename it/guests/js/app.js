// The componentize-js guest of the witj integration suite: implements world `js-guest`
// (wit/js-guest.wit). The Java host (it/src/test/java/.../JsGuestIT.java) holds the same
// constants; keep both in step. Values as componentize-js passes them: u64/s64 are BigInt,
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

// ---------------------------------------------------------------- shared constants

const U64_MAX = 2n ** 64n - 1n;
const S64_MIN = -(2n ** 63n);
const S64_MAX = 2n ** 63n - 1n;
const F32_MIN_SUB = Math.fround(2 ** -149);
const F32_MAX = Math.fround(3.4028234663852886e38);

const EDGES = {
  bool: [false, true],
  u8: [0, 1, 127, 128, 255],
  s8: [-128, -1, 0, 1, 127],
  u16: [0, 32767, 32768, 65535],
  s16: [-32768, -1, 0, 32767],
  u32: [0, 1, 2147483647, 2147483648, 4294967295],
  s32: [-2147483648, -1, 0, 2147483647],
  u64: [0n, 1n, S64_MAX, 2n ** 63n, U64_MAX],
  s64: [S64_MIN, -1n, 0n, S64_MAX],
  f32: [NaN, -0, 0, Infinity, -Infinity, F32_MIN_SUB, F32_MAX, 1.5, -2.5],
  f64: [NaN, -0, 0, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 0.1, -1e300],
  char: ['\0', 'a', '\x7f', '\xff', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uffff',
    '\u{10000}', '\u{1f600}', '\u{10ffff}'],
  string: ['', 'a', 'h\xe9llo w\xf6rld', '\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8',
    '\u{1f600}\u{1f389} beyond the BMP \u{1d11e}', 'nul\0inside', '\u{10ffff}'],
  shape: [
    { tag: 'circle', val: 1.5 },
    { tag: 'rect', val: { x: -1, y: 2 } },
    { tag: 'empty' },
    { tag: 'text', val: '\xdf\u{1f600}' },
    { tag: 'circle', val: -Infinity },
  ],
  tree: [
    { tag: 'leaf', val: undefined },
    { tag: 'leaf', val: { tag: 'ok', val: undefined } },
    { tag: 'leaf', val: { tag: 'ok', val: 'x' } },
    { tag: 'leaf', val: { tag: 'err', val: new Uint32Array([1, 4294967295]) } },
    { tag: 'pair', val: [{ tag: 'empty' }, undefined] },
    { tag: 'pair', val: [{ tag: 'text', val: '' }, { x: 3, y: 4 }] },
    { tag: 'nothing' },
    { tag: 'colors', val: [] },
    { tag: 'colors', val: ['blue', 'red', 'green'] },
  ],
  deep: [
    { tag: 'ok', val: undefined },
    { tag: 'ok', val: { tag: 'ok', val: 'deep' } },
    { tag: 'ok', val: { tag: 'err', val: { tag: 'rect', val: { x: 0, y: 0 } } } },
    { tag: 'err', val: undefined },
    { tag: 'err', val: 255 },
  ],
  optOpt: [
    { tag: 'none' },
    { tag: 'some', val: undefined },
    { tag: 'some', val: 0 },
    { tag: 'some', val: -2147483648 },
    { tag: 'some', val: 2147483647 },
  ],
  color: ['red', 'green', 'blue'],
  perms: [
    { read: false, write: false, exec: false },
    { read: true, write: false, exec: false },
    { read: false, write: true, exec: true },
    { read: true, write: true, exec: true },
  ],
};

const MIN_VALUES = {
  b: false, u8Val: 0, s8Val: -128, u16Val: 0, s16Val: -32768, u32Val: 0, s32Val: -2147483648,
  u64Val: 0n, s64Val: S64_MIN, f32Val: -F32_MAX, f64Val: -Number.MAX_VALUE, c: '\0',
};
const MAX_VALUES = {
  b: true, u8Val: 255, s8Val: 127, u16Val: 65535, s16Val: 32767, u32Val: 4294967295,
  s32Val: 2147483647, u64Val: U64_MAX, s64Val: S64_MAX, f32Val: F32_MAX,
  f64Val: Number.MAX_VALUE, c: '\u{10ffff}',
};

const LONG_UNIT = 'witj-\xfc-\u{1f600}-';
function longText(k) { return `${k}:` + LONG_UNIT.repeat(8000); }

const POINTS = [{ x: 0, y: 0 }, { x: 1, y: -2 }, { x: 2147483647, y: -2147483648 }];
const ROTATED = [{ x: 0, y: 0 }, { x: -2, y: -1 }, { x: -2147483648, y: -2147483647 }];
const LABELED = [
  { name: 'first', at: { x: 1, y: 2 }, tags: ['a', 'b\u{1f600}'] },
  { name: '', at: { x: -3, y: 4 }, tags: [] },
  { name: 'third \xe9', at: { x: 5, y: -6 }, tags: ['x', '', 'z'] },
];
const LABELED_REVERSED = [
  { name: 'third \xe9', at: { x: 5, y: -6 }, tags: ['z', '', 'x'] },
  { name: '', at: { x: -3, y: 4 }, tags: [] },
  { name: 'first', at: { x: 1, y: 2 }, tags: ['b\u{1f600}', 'a'] },
];
const STRINGS = ['', 'one', 'z\u{1f600}', 'd\xe9j\xe0'];

const MANY = [255, -128, 65535, -32768, 4294967295, -2147483648, U64_MAX, S64_MIN,
  -1.5, Number.MIN_VALUE, '\u{1f600}', true, 'many \u2713', { x: -7, y: 7 }, 4000000000,
  new Uint8Array([1, 2, 3]), 'blue', { read: true, write: false, exec: true }];

function multiExpected(seed) {
  const s = BigInt(seed);
  return seed === 0
    ? [U64_MAX, 'seed 0', 1.5, undefined, new Uint8Array([])]
    : [U64_MAX - s, `seed ${seed}`, 1.5, { x: seed, y: -seed },
      new Uint8Array([seed & 255, (seed + 1) & 255, (seed + 2) & 255])];
}

// ---------------------------------------------------------------- helpers

function isList(v) { return Array.isArray(v) || ArrayBuffer.isView(v); }

/** Structural equality; numbers by Object.is (NaN equals NaN, -0 differs from 0). */
function same(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  if (isList(a) || isList(b)) {
    if (!isList(a) || !isList(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!same(a[k], b[k])) return false;
    return true;
  }
  return false;
}

function show(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') {
    return JSON.stringify([...v].map((c) => {
      const cp = c.codePointAt(0);
      return cp < 0x20 || cp > 0x7e ? `U+${cp.toString(16)}` : c;
    }).join(''));
  }
  if (v === undefined) return 'undefined';
  if (isList(v)) return `[${Array.from(v, show).join(', ')}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${Object.keys(v).map((k) => `${k}: ${show(v[k])}`).join(', ')}}`;
  }
  return String(v);
}

let failures = [];
function fail(msg) { failures.push(msg); }

/** The callee side of `next-*`: the value after x in list, or a failure and list[0]. */
function nextOf(name, list, x) {
  const i = list.findIndex((v) => same(v, x));
  if (i < 0) {
    fail(`${name}: unexpected argument ${show(x)}`);
    return list[0];
  }
  return list[(i + 1) % list.length];
}

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

/** Returns a `result<…>` value from an export: ok values are returned, err values thrown. */
function fromResult(r) {
  if (r.tag === 'ok') return r.val;
  throw { payload: r.val };
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
  nextBool: (x) => nextOf('next-bool', EDGES.bool, x),
  nextU8: (x) => nextOf('next-u8', EDGES.u8, x),
  nextS8: (x) => nextOf('next-s8', EDGES.s8, x),
  nextU16: (x) => nextOf('next-u16', EDGES.u16, x),
  nextS16: (x) => nextOf('next-s16', EDGES.s16, x),
  nextU32: (x) => nextOf('next-u32', EDGES.u32, x),
  nextS32: (x) => nextOf('next-s32', EDGES.s32, x),
  nextU64: (x) => nextOf('next-u64', EDGES.u64, x),
  nextS64: (x) => nextOf('next-s64', EDGES.s64, x),
  nextF32: (x) => nextOf('next-f32', EDGES.f32, x),
  nextF64: (x) => nextOf('next-f64', EDGES.f64, x),
  nextChar: (x) => nextOf('next-char', EDGES.char, x),
  nextString: (x) => nextOf('next-string', EDGES.string, x),
  nextShape: (x) => nextOf('next-shape', EDGES.shape, x),
  nextTree: (x) => nextOf('next-tree', EDGES.tree, x),
  nextDeep: (x) => fromResult(nextOf('next-deep', EDGES.deep, x)),
  nextOptOpt: (x) => nextOf('next-opt-opt', EDGES.optOpt, x),
  nextColor: (x) => nextOf('next-color', EDGES.color, x),
  nextPerms: (x) => nextOf('next-perms', EDGES.perms, x),

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
    cycle('next-u32', EDGES.u32, nextU32);
    cycle('next-s32', EDGES.s32, nextS32);
    cycle('next-u64', EDGES.u64, nextU64);
    cycle('next-s64', EDGES.s64, nextS64);
    cycle('next-f32', EDGES.f32, nextF32);
    cycle('next-f64', EDGES.f64, nextF64);
    cycle('next-char', EDGES.char, nextChar);
    cycle('next-string', EDGES.string, nextString);
    cycle('next-shape', EDGES.shape, nextShape);
    cycle('next-tree', EDGES.tree, nextTree);
    cycle('next-deep', EDGES.deep, (x) => asResult(() => nextDeep(x)));
    cycle('next-opt-opt', EDGES.optOpt, nextOptOpt);
    cycle('next-color', EDGES.color, nextColor);
    cycle('next-perms', EDGES.perms, nextPerms);

    check('swap-primitives(min)', () => expectEq('swap-primitives(min)', swapPrimitives(MIN_VALUES), MAX_VALUES));
    check('swap-primitives(max)', () => expectEq('swap-primitives(max)', swapPrimitives(MAX_VALUES), MIN_VALUES));
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
    check('bump(u32 max)', () => expectEq('bump(4294967294)', bump(4294967294), 4294967295));

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
