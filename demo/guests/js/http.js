// The http demo guest in JavaScript (world witj-demo:http/http-demo, ../../../wit/http), built by
// componentize-js: the routes of the Rust guest (../http-rust/guest.rs) but /loop, so the demo
// server and the benchmark run it too. Values as componentize-js passes them: enums are strings,
// records objects with camelCase fields, tuples arrays, list<u8> Uint8Array, results throw
// `{payload}` on err.
import { Router, serve } from 'witj-demo:http/server@0.1.0';
import { Bucket } from 'witj-demo:keyvalue/store@0.1.0';

const utf8 = new TextEncoder();
const STORE = 'my-container';
const KEY = 'key';

const ROUTES = [
  ['get', '/hello', 'hello'],
  ['get', '/get', 'get'],
  ['put', '/set', 'set'],
  ['post', '/upload', 'upload'],
  ['delete', '/delete-file', 'delete-file'],
  ['get', '/person/:name', 'person'],
  ['get', '/trap', 'trap'],
  ['get', '/bad-status', 'bad-status'],
];

export const app = {
  init() {
    const router = new Router();
    for (const [method, pattern, handler] of ROUTES) router.route(method, pattern, handler);
    serve(router);
    router[Symbol.dispose]();
  },
};

function text(status, body) {
  return { status, headers: undefined, body: utf8.encode(body) };
}

/** Runs a store call; a store error becomes err(server-error(message)). */
function store(f) {
  try {
    return f();
  } catch (e) {
    if (e && e.payload !== undefined) throw { payload: { tag: 'server-error', val: `${e.payload.tag}: ${e.payload.val}` } };
    throw e;
  }
}

function withBucket(f) {
  const bucket = store(() => Bucket.open(STORE));
  try {
    return f(bucket);
  } finally {
    bucket[Symbol.dispose]();
  }
}

export const handler = {
  handle(name, req) {
    const body = req.body ?? new Uint8Array(0);
    switch (name) {
      case 'hello':
        return { status: 200, headers: req.headers, body: utf8.encode('hello') };
      case 'get':
        return withBucket((b) => {
          const value = store(() => b.get(KEY));
          return value === undefined ? text(404, 'Key not found') : { status: 200, headers: undefined, body: value };
        });
      case 'set':
        return withBucket((b) => {
          store(() => b.set(KEY, body));
          return { status: 204, headers: undefined, body: undefined };
        });
      case 'upload':
      case 'delete-file':
        return { status: 200, headers: undefined, body };
      case 'person': {
        const param = req.params.find(([k]) => k === 'name');
        return text(200, `hello: ${param ? param[1] : ''}`);
      }
      case 'trap':
        throw new Error('this handler fails on purpose');
      case 'bad-status':
        return text(1000, 'not a status');
      default:
        throw { payload: { tag: 'server-error', val: `no handler named ${name}` } };
    }
  },
};
