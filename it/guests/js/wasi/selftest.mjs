// Reference run of the WASI-enabled guest (dist/js-wasi.component.wasm) on jco: transpiled to JS,
// its WASI imports served by jco's preview2-shim (node). Proves wasi/app.js and the build right
// independently of witj. Run by build.sh after the build; prints `selftest js-wasi: ok` or exits 1.
import { transpile } from '@bytecodealliance/jco';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const out = join(dist, 'jco-wasi');
const { files } = await transpile(await readFile(join(dist, 'js-wasi.component.wasm')), {
  name: 'js-wasi', noTypescript: true, quiet: true,
});
for (const [name, bytes] of Object.entries(files)) {
  await mkdir(dirname(join(out, name)), { recursive: true });
  await writeFile(join(out, name), bytes);
}
const guest = await import(pathToFileURL(join(out, 'js-wasi.js')).href);

const failures = [];
guest.greet('jco'); // `hello, jco` on stdout, `warning: jco` on stderr
const randoms = guest.randoms(8);
if (randoms.length !== 8 || randoms.some((r) => !(r >= 0 && r < 1)) || new Set(randoms).size < 8) {
  failures.push(`randoms(8): ${randoms}`);
}
const bytes = guest.randomBytes(32);
if (bytes.length !== 32 || bytes.every((b) => b === 0)) failures.push(`randomBytes(32): ${bytes}`);
const now = guest.now();
if (Math.abs(now - Date.now()) > 60_000) failures.push(`now(): ${now}, node says ${Date.now()}`);
if (failures.length > 0) {
  console.error(`selftest js-wasi: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('selftest js-wasi: ok');
