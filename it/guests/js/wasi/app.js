// The componentize-js guest with WASI (world js-wasi, wit/js-wasi.wit): console, Math.random,
// crypto.getRandomValues and Date go through the WASI 0.2 imports componentize-js adds.

export function greet(name) {
  console.log(`hello, ${name}`);
  console.error(`warning: ${name}`);
}

export function randoms(count) {
  return Array.from({ length: count }, () => Math.random());
}

export function randomBytes(count) {
  return crypto.getRandomValues(new Uint8Array(count));
}

export function now() {
  return Date.now();
}
