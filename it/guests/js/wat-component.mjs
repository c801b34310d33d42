// Assembles a hand-written core module (WAT) and wraps it as a component of a WIT world, as
// wit-component ships guests: jco's build of wasm-tools parses the text (parse), embeds the world's
// component type (componentEmbed) and builds the component (componentNew).
//
// usage: node wat-component.mjs [--preview1] MODULE.wat WIT-DIR WORLD OUT.component.wasm PACKAGE-DIR...
//
// --preview1: the module imports wasi_snapshot_preview1, satisfied by jco's preview1 reactor
// adapter (as `jco new MODULE.wasm --wasi-reactor`).
//
// The world is WIT-DIR's package (its *.wit files); each PACKAGE-DIR (a directory of .wit files,
// such as wasi-0.2.0/wit/deps/io in ../shared) is a package it may use. jco runs wasm-tools without
// access to the file system, so they are passed as one source with each dependency inlined as a
// nested `package ns:name { … }` block.
import { componentEmbed, componentNew, parse, preview1AdapterReactorPath } from '@bytecodealliance/jco';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PACKAGE = /^package\s+([^;\s]+)\s*;\s*$/m;

/** The package name and the items of the .wit files of `dir`, package declarations removed. */
async function witPackage(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.wit')).sort();
  const files = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  const name = files.map((f) => PACKAGE.exec(f)?.[1]).find(Boolean);
  if (!name) throw new Error(`${dir}: no package declaration`);
  return { name, items: files.map((f) => f.replace(PACKAGE, '')).join('\n') };
}

const args = process.argv.slice(2);
const preview1 = args[0] === '--preview1';
const [wat, witDir, world, out, ...packages] = preview1 ? args.slice(1) : args;
if (!out) {
  console.error('usage: node wat-component.mjs [--preview1] MODULE.wat WIT-DIR WORLD OUT.component.wasm PACKAGE-DIR...');
  process.exit(2);
}
const root = await witPackage(witDir);
let witSource = `package ${root.name};\n${root.items}`;
for (const dir of packages) {
  const dep = await witPackage(dir);
  witSource += `\npackage ${dep.name} {\n${dep.items}\n}\n`;
}
const core = await parse(await readFile(wat, 'utf8'));
const embedded = await componentEmbed({ binary: core, witSource, world });
const adapters = preview1 ? [['wasi_snapshot_preview1', await readFile(preview1AdapterReactorPath())]] : [];
await writeFile(out, await componentNew(embedded, adapters));
