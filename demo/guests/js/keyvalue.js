// The keyvalue demo guest in JavaScript (world witj-demo:keyvalue/keyvalue-demo, ../../../wit/keyvalue),
// built by componentize-js, whose bindings are generated from our WIT by another toolchain. Does
// what the C guest does (../keyvalue-c/keyvalue.c) and reports the same output, or the same kind
// of failure message. Values as componentize-js passes them: results throw `{payload}` on err,
// option<list<u8>> is a Uint8Array or undefined, the error variant is {tag, val}.
import { Bucket } from 'witj-demo:keyvalue/store@0.1.0';

const KEY = 'key';
const VALUE = 'spiderlightning';
const utf8 = new TextEncoder();
const text = new TextDecoder();

class Failure extends Error {}

/** Calls a store function; an error case becomes a Failure saying `what: case: message`. */
function call(what, f) {
  try {
    return f();
  } catch (e) {
    if (e && e.payload !== undefined) throw new Failure(`${what}: ${e.payload.tag}: ${e.payload.val}`);
    throw e;
  }
}

function readValue(bucket) {
  const value = call('get', () => bucket.get(KEY));
  if (value === undefined) throw new Failure('get: `key` has no value after set');
  const found = text.decode(value);
  if (found !== VALUE) throw new Failure(`get: expected \`${VALUE}\`, found \`${found}\``);
  return found;
}

function demo() {
  const kv1 = call('open', () => Bucket.open('my-container'));
  const kv2 = call('open', () => Bucket.open('my-container2'));
  call('set', () => kv1.set(KEY, utf8.encode(VALUE)));
  call('set', () => kv2.set(KEY, utf8.encode(VALUE)));
  if (!call('keys', () => kv1.keys()).includes(KEY)) throw new Failure('keys: `key` is not listed after set');
  if (!call('exists', () => kv1.exists(KEY))) throw new Failure('exists: false after set');
  let out = `The value for keyvalue1 is: ${readValue(kv1)}, keyvalue2 is ${readValue(kv2)}\n`;
  call('delete', () => kv1.delete(KEY));
  call('delete', () => kv2.delete(KEY));
  for (const bucket of [kv1, kv2]) {
    if (call('get', () => bucket.get(KEY)) !== undefined) throw new Failure('get: `key` still has a value after delete');
  }
  if (call('exists', () => kv1.exists(KEY))) throw new Failure('exists: true after delete');
  kv2[Symbol.dispose]();
  kv1[Symbol.dispose]();
  out += 'keyvalue demo: deleted `key` from both stores, success\n';
  return out;
}

export const app = {
  run(_args) {
    try {
      return demo();
    } catch (e) {
      if (e instanceof Failure) throw { payload: e.message };
      throw e;
    }
  },
};
