// Builds dist/js-guest.component.wasm from app.js and wit/ with componentize-js (JS API),
// all WASI features disabled, then checks that the guest's core module imports only this
// world's interfaces. Run through build.sh (npm ci first).
import { componentize, version } from '@bytecodealliance/componentize-js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreImports } from './core-imports.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist', 'js-guest.component.wasm');
const started = Date.now();

const { component } = await componentize({
  sourcePath: join(here, 'app.js'),
  witPath: join(here, 'wit'),
  worldName: 'js-guest',
  disableFeatures: ['stdio', 'random', 'clocks', 'http', 'fetch-event'],
  debug: process.env.WITJ_JS_DEBUG ? { bindings: true, bindingsDir: join(here, 'dist', 'bindings') } : undefined,
});
await mkdir(dirname(out), { recursive: true });
await writeFile(out, component);

const allowed = new Set(['witj-test:js-guest/host', '$root']);
const modules = coreImports(component);
const guestModule = modules.find((m) => m.imports.some(([mod]) => allowed.has(mod))) ?? modules[0];
const foreign = guestModule.imports.filter(([mod]) => !allowed.has(mod) && !mod.startsWith('[export]'));
console.log(`componentize-js ${version}: ${out} (${component.length} bytes) in ${Date.now() - started} ms`);
console.log(`core modules: ${modules.map((m) => `${m.size} bytes / ${m.imports.length} imports`).join(', ')}`);
const byModule = new Map();
for (const [mod, name] of guestModule.imports) byModule.set(mod, [...(byModule.get(mod) ?? []), name]);
for (const [mod, names] of byModule) console.log(`  imports ${mod}: ${names.length} (${names.join(', ')})`);
if (foreign.length > 0) {
  console.error(`the guest core module imports more than this world's interfaces: ${foreign.map(([m, n]) => `${m}#${n}`).join(', ')}`);
  process.exit(1);
}
