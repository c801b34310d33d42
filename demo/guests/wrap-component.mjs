// Wraps a core module as a component the way wit-component ships guests: embeds the world's
// component type (componentEmbed) and builds the component (componentNew), with jco's build of
// wasm-tools, pinned by package-lock.json.
//
// usage: node wrap-component.mjs CORE.wasm WIT-DIR WORLD OUT.component.wasm
//
// jco runs wasm-tools as a WASI component without access to WIT-DIR, so the WIT is passed as one
// source: the root package's *.wit files, with every deps/ entry inlined as a nested
// `package ns:name { … }` block.
import { componentEmbed, componentNew } from '@bytecodealliance/jco';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PACKAGE = /^package\s+([^;\s]+)\s*;\s*$/m;

async function witFiles(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.wit')).sort();
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
}

/** The package name and the items of the .wit files of `dir`, package declarations removed. */
async function witPackage(dir) {
  const files = (await stat(dir)).isDirectory() ? await witFiles(dir) : [await readFile(dir, 'utf8')];
  const name = files.map((f) => PACKAGE.exec(f)?.[1]).find(Boolean);
  if (!name) throw new Error(`${dir}: no package declaration`);
  return { name, items: files.map((f) => f.replace(PACKAGE, '')).join('\n') };
}

async function witSource(dir) {
  const root = await witPackage(dir);
  let source = `package ${root.name};\n${root.items}`;
  const deps = join(dir, 'deps');
  const entries = await readdir(deps).catch(() => []);
  for (const entry of entries.sort()) {
    const dep = await witPackage(join(deps, entry));
    source += `\npackage ${dep.name} {\n${dep.items}\n}\n`;
  }
  return source;
}

const [core, witDir, world, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node wrap-component.mjs CORE.wasm WIT-DIR WORLD OUT.component.wasm');
  process.exit(2);
}
const embedded = await componentEmbed({
  binary: await readFile(core),
  witSource: await witSource(witDir),
  world,
});
await writeFile(out, await componentNew(embedded));
