// The jco side of the witj vs jco comparison (benchmarks/BENCHMARKS.md, JcoComparison.java).
// Transpiles the wit-bindgen fixture components numbers, strings and lists with jco (pinned by
// package-lock.json), instantiates them on Node with preview2-shim for their WASI imports, and
// then answers the Java driver's commands on stdin, one per line, with one line on stdout:
//   warmup CASE MILLIS        -> "ok"             (runs the case for MILLIS ms)
//   measure CASE REPS MILLIS  -> "MEDIAN FASTEST" (ns per call of the median and of the fastest of
//                                                  at least REPS timed batches and MILLIS ms, or
//                                                  of 3 once 10 * MILLIS ms have passed; the
//                                                  result is checked)
//   quit
// A batch is as many calls as take about half a millisecond (calibrated while warming up), so timer
// resolution does not matter and some batches run without being preempted on a busy machine; the
// inputs are the ones ComparisonCase.java builds.
import { transpile } from '@bytecodealliance/jco';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = process.argv[2];
if (!fixtures) throw new Error('usage: node bench.mjs FIXTURES_DIR');
const out = join(here, 'target');

// The fixtures' own imports; the benchmarked exports never call them.
const unused = () => { throw new Error('the benchmark calls no import'); };
await mkdir(out, { recursive: true });
await writeFile(join(out, 'host.js'), [
  'roundtripU8', 'roundtripS8', 'roundtripU16', 'roundtripS16', 'roundtripU32', 'roundtripS32',
  'roundtripU64', 'roundtripS64', 'roundtripF32', 'roundtripF64', 'roundtripChar', 'setScalar',
  'getScalar', 'takeBasic', 'returnUnicode', 'emptyListParam', 'emptyStringParam',
  'emptyListResult', 'emptyStringResult', 'listParam', 'listParam2', 'listParam3', 'listParam4',
  'listParam5', 'listParamLarge', 'listResult', 'listResult2', 'listResult3', 'listMinmax8',
  'listMinmax16', 'listMinmax32', 'listMinmax64', 'listMinmaxFloat', 'listRoundtrip',
  'stringRoundtrip',
].map((n) => `export const ${n} = ${unused.toString()};\n`).join(''));

async function load(name, iface) {
  const component = await readFile(join(fixtures, name, `${name}.component.wasm`));
  const { files } = await transpile(component, {
    name, noTypescript: true, quiet: true, map: { [iface]: '../host.js' },
  });
  for (const [file, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(out, name, file)), { recursive: true });
    await writeFile(join(out, name, file), bytes);
  }
  return import(pathToFileURL(join(out, name, `${name}.js`)).href);
}

const numbers = await load('numbers', 'test:numbers/test');
const strings = await load('strings', 'test:strings/imports');
const lists = await load('lists', 'test:lists/test');

// The inputs of ComparisonCase.java.
const text = (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
const bytes = (n) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
const SMALL = 123456789;
const TEXT_1K = text(1024);
const LIST_1M = bytes(1 << 20);
const TEXT_1M = text(1 << 20);
const sameBytes = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

const CASES = {
  'small-call': { call: () => numbers.test.roundtripU32(SMALL), ok: (r) => r === SMALL },
  'string-1k': { call: () => strings.roundtrip(TEXT_1K), ok: (r) => r === TEXT_1K },
  'list-1m': { call: () => lists.test.listRoundtrip(LIST_1M), ok: (r) => sameBytes(r, LIST_1M) },
  'string-1m': { call: () => lists.test.stringRoundtrip(TEXT_1M), ok: (r) => r === TEXT_1M },
};
const batches = {};

function theCase(name) {
  const c = CASES[name];
  if (!c) throw new Error(`unknown case ${name}`);
  return c;
}

function check(name, result) {
  if (!theCase(name).ok(result)) throw new Error(`jco: ${name} returned a wrong result`);
}

function warmup(name, millis) {
  const { call } = theCase(name);
  let calls = 0;
  let last;
  const t0 = process.hrtime.bigint();
  const end = t0 + BigInt(millis) * 1_000_000n;
  while (process.hrtime.bigint() < end || calls === 0) { last = call(); calls++; }
  const perCall = Number(process.hrtime.bigint() - t0) / calls;
  batches[name] = Math.max(1, Math.round(5e5 / perCall));
  check(name, last);
}

function measure(name, reps, millis) {
  const { call } = theCase(name);
  const batch = batches[name] ?? 1;
  const times = [];
  let last;
  const t0 = process.hrtime.bigint();
  const end = t0 + BigInt(millis) * 1_000_000n;
  const cap = t0 + BigInt(10 * millis) * 1_000_000n; // slow calls: at least 3 batches
  for (;;) {
    const now = process.hrtime.bigint();
    if ((times.length >= reps && now >= end) || (times.length >= 3 && now >= cap)) break;
    const s = process.hrtime.bigint();
    for (let k = 0; k < batch; k++) last = call();
    times.push(Number(process.hrtime.bigint() - s) / batch);
  }
  check(name, last);
  times.sort((a, b) => a - b);
  const m = times.length >> 1;
  return `${times.length % 2 ? times[m] : (times[m - 1] + times[m]) / 2} ${times[0]}`;
}

for (const name of Object.keys(CASES)) check(name, CASES[name].call());
console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, name, a, b] = line.trim().split(/\s+/);
  try {
    if (command === 'quit') break;
    if (command === 'warmup') { warmup(name, Number(a)); console.log('ok'); }
    else if (command === 'measure') console.log(measure(name, Number(a), Number(b)));
    else console.log(`error unknown command ${command}`);
  } catch (e) {
    console.log(`error ${String(e && e.message).replace(/\n/g, ' ')}`);
  }
}
process.exit(0);
