// Reference run of the guest on jco (transpiled to JS, core modules on V8): a JS host that speaks
// the same protocol as the Java suite (it/src/test/java/io/witj/it/js/JsGuestIT.java). It proves
// app.js and the protocol right independently of witj, so a failure in the Java suite points at
// witj. Run by build.sh after the build; prints `selftest: N passed, N failed`.
import { transpile } from '@bytecodealliance/jco';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  U64_MAX, S64_MIN, S64_MAX, F32_MAX, F32_MIN_SUB, FLAT_EDGES, MIN_VALUES, MAX_VALUES, longText,
  POINTS, ROTATED, LABELED, LABELED_REVERSED, STRINGS, MANY, multiExpected, nextFunctions, same, show,
} from './protocol.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const component = process.argv[2] ?? join(dist, 'js-guest.component.wasm');
const out = join(dist, 'jco');
const { files } = await transpile(await readFile(component), {
  name: 'js-guest', instantiation: 'async', noTypescript: true, quiet: true,
});
for (const [name, bytes] of Object.entries(files)) {
  await mkdir(dirname(join(out, name)), { recursive: true });
  await writeFile(join(out, name), bytes);
}

// ------------------------------------------------------------------ the host side
let hostFailures = [];
function expectArg(name, got, want) {
  if (!same(got, want)) hostFailures.push(`host ${name}: expected ${show(want)}, got ${show(got)}`);
}
class ComponentError extends Error {
  constructor(payload) { super('err'); this.payload = payload; }
}
function toThrow(r) {
  if (r.tag === 'ok') return r.val;
  throw new ComponentError(r.val);
}

let blobsCreated = 0;
let blobsClosed = 0;
class Blob {
  constructor(init) { this.bytes = Uint8Array.from(init); blobsCreated++; }
  append(b) { this.bytes = Uint8Array.from([...this.bytes, ...b]); }
  read() { return this.bytes; }
  size() { return this.bytes.length; }
  static concat(a, b) { return new Blob([...a.bytes, ...b.bytes]); }
  [Symbol.dispose]() { blobsClosed++; }
}

const host = {
  ...nextFunctions((message) => hostFailures.push(`host ${message}`)),
  swapPrimitives: (ps) => ps.map((p) => {
    if (same(p, MIN_VALUES)) return MAX_VALUES;
    if (same(p, MAX_VALUES)) return MIN_VALUES;
    hostFailures.push(`host swap-primitives: unexpected ${show(p)}`);
    return MIN_VALUES;
  }),
  longString: (s) => { expectArg('long-string', s === longText(1), true); return longText(2); },
  rotatePoints: (ps) => {
    if (ps.length > 0) expectArg('rotate-points', ps, POINTS);
    return ps.length > 0 ? ROTATED : [];
  },
  reverseLabeled: (ls) => { expectArg('reverse-labeled', ls, LABELED); return LABELED_REVERSED; },
  reverseStrings: (ss) => { expectArg('reverse-strings', ss, STRINGS); return [...STRINGS].reverse(); },
  reverseBytes: (b) => Uint8Array.from(b).reverse(),
  sumS64: (xs) => xs.reduce((a, v) => BigInt.asIntN(64, a + v), 0n),
  divide: (a, b) => { if (b === 0) throw new ComponentError('division by zero'); return (a / b) | 0; },
  manyParams: (...args) => {
    const diffs = MANY.flatMap((m, i) => (same(args[i], m) ? [] : [`a${i + 1}: ${show(args[i])}`]));
    return diffs.length === 0 ? 'ok' : diffs.join('; ');
  },
  multiResult: (seed) => multiExpected(seed),
  Blob,
  consumeBlob: (b) => { const bytes = b.read(); b[Symbol.dispose](); return bytes; },
  peekBlob: (b) => b.size(),
  blobStats: () => [blobsCreated, blobsClosed],
};

// ------------------------------------------------------------------ the checks
const { instantiate } = await import(pathToFileURL(join(out, 'js-guest.js')).href);
const started = Date.now();
// WITJ_TRACE=1 logs every host call (to find the call a trap interrupts).
const traced = !process.env.WITJ_TRACE ? host : Object.fromEntries(Object.entries(host).map(([k, f]) => [k,
  k === 'Blob' ? f : (...a) => { console.log(`host ${k}(${a.map(show).join(', ')})`); return f(...a); }]));
const modules = new Map();
async function compile(name) {
  if (!modules.has(name)) modules.set(name, await WebAssembly.compile(await readFile(join(out, name))));
  return modules.get(name);
}
// Each check gets a fresh instance (a trap poisons an instance) and fresh host state.
let root;
let g;
let passed = 0;
const failed = [];
async function check(name, body) {
  hostFailures = [];
  blobsCreated = 0;
  blobsClosed = 0;
  root = await instantiate(compile,
    { 'witj-test:js-guest/host': traced, bump: { default: (n) => (n + 1) >>> 0 } });
  g = root.guest;
  try {
    const problems = [...body(), ...hostFailures, ...g.takeFailures()];
    if (problems && problems.length) failed.push(`${name}: ${problems.join('; ')}`);
    else passed++;
  } catch (e) {
    failed.push(`${name}: threw ${e && e.payload !== undefined ? show(e.payload) : e}`);
  }
}
function eq(got, want) { return same(got, want) ? [] : [`expected ${show(want)}, got ${show(got)}`]; }
function asResult(f) {
  try { return { tag: 'ok', val: f() }; } catch (e) { if (e && 'payload' in e) return { tag: 'err', val: e.payload }; throw e; }
}

const NEXT = {
  bool: 'nextBool', u8: 'nextU8', s8: 'nextS8', u16: 'nextU16', s16: 'nextS16', u32: 'nextU32',
  s32: 'nextS32', u64: 'nextU64', s64: 'nextS64', f32: 'nextF32', f64: 'nextF64', char: 'nextChar',
  string: 'nextString', shape: 'nextShape', tree: 'nextTree', deep: 'nextDeep',
  optOpt: 'nextOptOpt', color: 'nextColor', perms: 'nextPerms',
};
for (const [key, fn] of Object.entries(NEXT)) {
  const list = FLAT_EDGES[key];
  const call = (x) => g[fn](x);
  await check(`next-${key}`, () => list.flatMap((v, i) => eq(call(v), list[(i + 1) % list.length])));
}
await check('min-values', () => eq(g.minValues(), MIN_VALUES));
await check('max-values', () => eq(g.maxValues(), MAX_VALUES));
await check('special-f32', () => eq(g.specialF32(), [NaN, -0, 0, Infinity, -Infinity, F32_MIN_SUB, F32_MAX]));
await check('special-f64', () => eq(g.specialF64(), [NaN, -0, 0, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE]));
await check('echo-primitives', () => eq(g.echoPrimitives([MIN_VALUES, MAX_VALUES]), [MIN_VALUES, MAX_VALUES]));
await check('measure-string', () => eq(g.measureString('a\xe9\u{1f600}'), [3, 4, 7]));
await check('repeat-string', () => eq(g.repeatString('\u{1f600}x', 3), '\u{1f600}x\u{1f600}x\u{1f600}x'));
await check('echo-string long', () => eq(g.echoString(longText(3)), longText(3)));
await check('echo-string empty', () => eq(g.echoString(''), ''));
await check('rotate-points', () => eq(g.rotatePoints(POINTS), ROTATED));
await check('reverse-labeled', () => eq(g.reverseLabeled(LABELED), LABELED_REVERSED));
await check('reverse-strings', () => eq(g.reverseStrings(STRINGS), [...STRINGS].reverse()));
await check('reverse-bytes', () => eq(g.reverseBytes(new Uint8Array([0, 1, 255])), new Uint8Array([255, 1, 0])));
await check('echo-nested-lists', () => eq(g.echoNestedLists([[], ['a'], ['', '\u{1f600}']]), [[], ['a'], ['', '\u{1f600}']]));
await check('sum-s64', () => eq(g.sumS64(new BigInt64Array([S64_MAX, 1n, -5n])), S64_MAX - 4n));
await check('divide', () => [...eq(asResult(() => g.divide(-7, 2)), { tag: 'ok', val: -3 }),
  ...eq(asResult(() => g.divide(1, 0)), { tag: 'err', val: 'division by zero' })]);
await check('many-params', () => eq(g.manyParams(...MANY), 'ok'));
await check('multi-result', () => [...eq(g.multiResult(7), multiExpected(7)), ...eq(g.multiResult(0), multiExpected(0))]);
await check('counter', () => {
  const c1 = new g.Counter('a', 5n);
  const c2 = new g.Counter('b', 20n);
  const p = [...eq(c1.add(10n), 15n), ...eq(c1.get(), 15n), ...eq(c1.name(), 'a')];
  const m = g.Counter.merge(c1, c2);
  p.push(...eq(m.name(), 'a+b'), ...eq(g.peekCounter(m), 35n), ...eq(g.counterStats(), [3, 0]));
  // same order as JsGuestIT: consume-counter last (componentize-js defect, docs/guests.md)
  c1[Symbol.dispose]();
  c2[Symbol.dispose]();
  p.push(...eq(g.counterStats(), [3, 2]), ...eq(g.consumeCounter(m), 35n));
  p.push(...eq(g.counterStats(), [3, 3]), ...eq(c2.add === undefined, false));
  return p;
});
await check('run-import-tests', () => [...root.runImportTests(), ...eq([blobsCreated, blobsClosed], [3, 3])]);

for (const f of failed) console.log(`FAILED ${f}`);
console.log(`jco ${JSON.parse(await readFile(join(here, 'node_modules/@bytecodealliance/jco/package.json'))).version} reference run in ${Date.now() - started} ms`);
console.log(`selftest: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
