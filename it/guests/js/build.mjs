// Builds the componentize-js guests with componentize-js (JS API), then checks what each guest's
// core module imports. Run through build.sh (npm ci first).
//  - dist/js-guest.component.wasm from app.js and wit/, all WASI features disabled: the guest core
//    module imports only this world's interfaces;
//  - dist/js-wasi.component.wasm from wasi/app.js and wasi/wit/ with stdio, random and clocks
//    enabled (http and fetch-event disabled): its core modules import WASI 0.2 (directly and
//    through the preview1 adapter componentize-js links in), never wasi:http or wasi:sockets.
import { componentize, version } from '@bytecodealliance/componentize-js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreImports } from './core-imports.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds one guest into dist/NAME.component.wasm; returns its core modules and their imports. */
async function build(name, dir, disableFeatures) {
  const out = join(here, 'dist', `${name}.component.wasm`);
  const started = Date.now();
  const { component } = await componentize({
    sourcePath: join(dir, 'app.js'),
    witPath: join(dir, 'wit'),
    worldName: name,
    disableFeatures,
    debug: process.env.WITJ_JS_DEBUG ? { bindings: true, bindingsDir: join(here, 'dist', 'bindings', name) } : undefined,
  });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, component);
  const modules = coreImports(component);
  console.log(`componentize-js ${version}: ${out} (${component.length} bytes) in ${Date.now() - started} ms`);
  console.log(`core modules: ${modules.map((m) => `${m.size} bytes / ${m.imports.length} imports`).join(', ')}`);
  return modules;
}

/** Prints the imports of `module` by interface; exits 1 naming those `allowed` rejects. */
function checkImports(name, module, allowed) {
  const byModule = new Map();
  for (const [mod, fn] of module.imports) byModule.set(mod, [...(byModule.get(mod) ?? []), fn]);
  for (const [mod, fns] of byModule) console.log(`  imports ${mod}: ${fns.length} (${fns.join(', ')})`);
  const foreign = module.imports.filter(([mod]) => !allowed(mod));
  if (foreign.length > 0) {
    console.error(`${name}: a core module imports more than it may: ${foreign.map(([m, n]) => `${m}#${n}`).join(', ')}`);
    process.exit(1);
  }
}

const world = new Set(['witj-test:js-guest/host', '$root']);
const plain = await build('js-guest', here, ['stdio', 'random', 'clocks', 'http', 'fetch-event']);
const guestModule = plain.find((m) => m.imports.some(([mod]) => world.has(mod))) ?? plain[0];
checkImports('js-guest', guestModule, (mod) => world.has(mod) || mod.startsWith('[export]'));

const withWasi = await build('js-wasi', join(here, 'wasi'), ['http', 'fetch-event']);
for (const module of withWasi) {
  checkImports('js-wasi', module, (mod) => !/^wasi:(http|sockets)\//.test(mod));
}
