// Builds the JavaScript demo guests with componentize-js (JS API), all WASI features disabled, into
// dist/ (not committed; CI builds them): keyvalue-js.component.wasm (world keyvalue-demo) and
// http-js.component.wasm (world http-demo). Then checks that each guest core module imports only
// its world's interfaces. Run through build.sh.
import { componentize, version } from '@bytecodealliance/componentize-js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreImports } from '../../../it/guests/js/core-imports.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const wit = join(here, '..', '..', '..', 'wit');

const guests = [
  { source: 'keyvalue.js', wit: join(wit, 'keyvalue'), world: 'keyvalue-demo', out: 'keyvalue-js.component.wasm',
    imports: ['witj-demo:keyvalue/store@0.1.0'] },
  { source: 'http.js', wit: join(wit, 'http'), world: 'http-demo', out: 'http-js.component.wasm',
    imports: ['witj-demo:keyvalue/store@0.1.0', 'witj-demo:http/server@0.1.0'] },
];

for (const guest of guests) {
  const started = Date.now();
  const { component } = await componentize({
    sourcePath: join(here, guest.source),
    witPath: guest.wit,
    worldName: guest.world,
    disableFeatures: ['stdio', 'random', 'clocks', 'http', 'fetch-event'],
  });
  const out = join(here, 'dist', guest.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, component);
  const modules = coreImports(component);
  const allowed = new Set(guest.imports);
  const guestModule = modules.find((m) => m.imports.some(([mod]) => allowed.has(mod))) ?? modules[0];
  const foreign = guestModule.imports.filter(([mod]) => !allowed.has(mod) && !mod.startsWith('[export]'));
  console.log(`componentize-js ${version}: ${out} (${component.length} bytes) in ${Date.now() - started} ms`);
  if (foreign.length > 0) {
    console.error(`${guest.out} imports more than its world: ${foreign.map(([m, n]) => `${m}#${n}`).join(', ')}`);
    process.exit(1);
  }
}
