// Wraps every preview1 test program of the WASI testsuite (../shared/conformance/wasi-testsuite)
// in a component with jco's preview1 command adapter, as `jco new PROGRAM.wasm --wasi-command -o
// PROGRAM.component.wasm` does (same API call, one node process for all programs). Programs whose
// component is newer than the program are kept. Run through wasi-testsuite.sh (npm ci first).
//
// usage: node wasi-testsuite.mjs TESTSUITE_DIR OUT_DIR
import { componentNew, preview1AdapterCommandPath } from '@bytecodealliance/jco';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [testsuite, out] = process.argv.slice(2);
if (!testsuite || !out) {
  console.error('usage: node wasi-testsuite.mjs TESTSUITE_DIR OUT_DIR');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const jco = JSON.parse(
  await readFile(join(here, 'node_modules/@bytecodealliance/jco/package.json')),
).version;
const adapter = await readFile(preview1AdapterCommandPath());
const started = Date.now();
let wrapped = 0;
let current = 0;
for (const suite of ['c', 'assemblyscript', 'rust']) {
  const dir = join(testsuite, suite);
  await mkdir(join(out, suite), { recursive: true });
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.wasm')).sort()) {
    const program = join(dir, file);
    const target = join(out, suite, file.replace(/\.wasm$/, '.component.wasm'));
    const fresh = await stat(target).then((t) => stat(program).then((p) => t.mtimeMs >= p.mtimeMs), () => false);
    if (fresh) {
      current++;
      continue;
    }
    const component = await componentNew(await readFile(program), [['wasi_snapshot_preview1', adapter]]);
    await writeFile(target, component);
    wrapped++;
  }
}
console.log(
  `wasi-testsuite: wrapped ${wrapped} programs (${current} up to date) with jco ${jco}'s preview1` +
    ` command adapter (${adapter.length} bytes) into ${out} in ${Date.now() - started} ms`);
