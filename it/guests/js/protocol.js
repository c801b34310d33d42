// The protocol constants of world `js-guest` (wit/js-guest.wit), shared by the guest (app.js)
// and the jco reference host (selftest.mjs). The Java host (it/src/test/java/io/witj/it/js/
// JsProtocol.java) holds the same values; keep all three in step.

export const U64_MAX = 2n ** 64n - 1n;
export const S64_MIN = -(2n ** 63n);
export const S64_MAX = 2n ** 63n - 1n;
export const F32_MIN_SUB = Math.fround(2 ** -149);
export const F32_MAX = Math.fround(3.4028234663852886e38);

export const EDGES = {
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

/**
 * The edge values used in flat (core-value) positions, both directions. componentize-js 0.23.0
 * (also 0.19.3) mishandles some flat values, see docs/guests.md:
 *  - a u32 >= 2^31 that the guest returns or passes comes out wrong (2^31 -> 0, 2^32-1 ->
 *    0xffe00000);
 *  - a negative i64 core value that the guest receives or passes traps (`unreachable`,
 *    ComponentizeJS issue #343): a negative s64, and a variant payload in a joined i64 slot whose
 *    bits are negative (`circle(-inf)` of `shape`, an f64 with its sign bit set);
 *  - a negative s32 in a joined i64 slot (`rect(-1, 2)` of `shape`) reaches the guest unwrapped
 *    (-1 arrives as 2^32-1), and traps when the guest passes it.
 * Those values are still covered where they pass through memory (records, lists, tuples,
 * results, the 22-parameter call).
 */
export const FLAT_EDGES = {
  ...EDGES,
  u32: [0, 1, 2147483647],
  s64: [0n, 1n, S64_MAX],
  shape: [
    { tag: 'circle', val: 1.5 },
    { tag: 'rect', val: { x: 1, y: -2 } },
    { tag: 'empty' },
    { tag: 'text', val: '\xdf\u{1f600}' },
    { tag: 'circle', val: Infinity },
  ],
};

export const MIN_VALUES = {
  b: false, u8Val: 0, s8Val: -128, u16Val: 0, s16Val: -32768, u32Val: 0, s32Val: -2147483648,
  u64Val: 0n, s64Val: S64_MIN, f32Val: -F32_MAX, f64Val: -Number.MAX_VALUE, c: '\0',
};
export const MAX_VALUES = {
  b: true, u8Val: 255, s8Val: 127, u16Val: 65535, s16Val: 32767, u32Val: 4294967295,
  s32Val: 2147483647, u64Val: U64_MAX, s64Val: S64_MAX, f32Val: F32_MAX,
  f64Val: Number.MAX_VALUE, c: '\u{10ffff}',
};

export const LONG_UNIT = 'witj-\xfc-\u{1f600}-';
export function longText(k) { return `${k}:` + LONG_UNIT.repeat(8000); }

export const POINTS = [{ x: 0, y: 0 }, { x: 1, y: -2 }, { x: 2147483647, y: -2147483648 }];
export const ROTATED = [{ x: 0, y: 0 }, { x: -2, y: -1 }, { x: -2147483648, y: -2147483647 }];
export const LABELED = [
  { name: 'first', at: { x: 1, y: 2 }, tags: ['a', 'b\u{1f600}'] },
  { name: '', at: { x: -3, y: 4 }, tags: [] },
  { name: 'third \xe9', at: { x: 5, y: -6 }, tags: ['x', '', 'z'] },
];
export const LABELED_REVERSED = [
  { name: 'third \xe9', at: { x: 5, y: -6 }, tags: ['z', '', 'x'] },
  { name: '', at: { x: -3, y: 4 }, tags: [] },
  { name: 'first', at: { x: 1, y: 2 }, tags: ['b\u{1f600}', 'a'] },
];
export const STRINGS = ['', 'one', 'z\u{1f600}', 'd\xe9j\xe0'];

export const MANY = [255, -128, 65535, -32768, 4294967295, -2147483648, U64_MAX, S64_MIN,
  -1.5, Number.MIN_VALUE, '\u{1f600}', true, 'many \u2713', { x: -7, y: 7 }, 4000000000,
  new Uint8Array([1, 2, 3]), 'blue', { read: true, write: false, exec: true }];

export function multiExpected(seed) {
  const s = BigInt(seed);
  return seed === 0
    ? [U64_MAX, 'seed 0', 1.5, undefined, new Uint8Array([])]
    : [U64_MAX - s, `seed ${seed}`, 1.5, { x: seed, y: -seed },
      new Uint8Array([seed & 255, (seed + 1) & 255, (seed + 2) & 255])];
}

// ---------------------------------------------------------------- helpers

export function isList(v) { return Array.isArray(v) || ArrayBuffer.isView(v); }

/** Structural equality; numbers by Object.is (NaN equals NaN, -0 differs from 0). */
export function same(a, b) {
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

export function show(v) {
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


/**
 * The callee side of every `next-*` function, for the guest's exports and the reference host's
 * imports alike: given the i-th value of the function's edge list it returns the (i+1)-th; an
 * argument not in the list is reported through `fail(message)` and answered with the first value.
 */
export function nextFunctions(fail) {
  const next = (name, list) => (x) => {
    const i = list.findIndex((v) => same(v, x));
    if (i < 0) {
      fail(`${name}: unexpected argument ${show(x)}`);
      return list[0];
    }
    return list[(i + 1) % list.length];
  };
  return {
    nextBool: next('next-bool', EDGES.bool),
    nextU8: next('next-u8', EDGES.u8),
    nextS8: next('next-s8', EDGES.s8),
    nextU16: next('next-u16', EDGES.u16),
    nextS16: next('next-s16', EDGES.s16),
    nextU32: next('next-u32', FLAT_EDGES.u32),
    nextS32: next('next-s32', EDGES.s32),
    nextU64: next('next-u64', EDGES.u64),
    nextS64: next('next-s64', FLAT_EDGES.s64),
    nextF32: next('next-f32', EDGES.f32),
    nextF64: next('next-f64', EDGES.f64),
    nextChar: next('next-char', EDGES.char),
    nextString: next('next-string', EDGES.string),
    nextShape: next('next-shape', FLAT_EDGES.shape),
    nextTree: next('next-tree', EDGES.tree),
    // `deep` is an alias of a result: componentize-js passes it as {tag, val} (no throwing).
    nextDeep: next('next-deep', EDGES.deep),
    nextOptOpt: next('next-opt-opt', EDGES.optOpt),
    nextColor: next('next-color', EDGES.color),
    nextPerms: next('next-perms', EDGES.perms),
  };
}
