//! The http demo guest (world `witj-demo:http/http-demo`, ../../../wit/http) with hand-written
//! Canonical ABI code (no crates): core names of wit-component's legacy scheme, `#[repr(C)]`
//! layouts, which on wasm32 are the Canonical ABI's. Built by ../build-guests.sh (Debian rustc
//! 1.63, wasm32-unknown-unknown) and wrapped as a component by wit-component (jco).
//!
//! `app.init` declares the routes below and asks the host to serve them; `handler.handle` serves
//! one request. The guest keeps no state between calls: everything a call allocates (and what the
//! host allocates for its arguments) comes from a bump arena that post-return empties, so one
//! instance can serve any number of requests.
//!
//! | route | handler | answer |
//! |---|---|---|
//! | GET `/hello` | `hello` | 200 `hello`, the request's headers echoed |
//! | GET `/get` | `get` | 200 with the value of `key` in store `my-container`, or 404 `Key not found` |
//! | PUT `/set` | `set` | stores the body under `key` in `my-container`, 204 |
//! | POST `/upload`, DELETE `/delete-file` | `upload`, `delete-file` | 200, the body echoed |
//! | GET `/person/:name` | `person` | 200 `hello: <name>` |
//! | GET `/trap`, `/loop` | `trap`, `loop` | traps; loops forever (for the host's tests) |
//! | GET `/bad-status`, `/bad-header` | `bad-status`, `bad-header` | status 1000; a header name with a space (for the host's tests) |

use std::alloc::{GlobalAlloc, Layout};
use std::arch::wasm32;
use std::ptr;

// ---- allocation: a bump arena, emptied by every post-return ----

struct Arena;

static mut ARENA_START: usize = 0;
static mut ARENA_NEXT: usize = 0;
static mut ARENA_END: usize = 0;

extern "C" {
    static __heap_base: u8;
}

unsafe fn bump(size: usize, align: usize) -> *mut u8 {
    if ARENA_START == 0 {
        ARENA_START = &__heap_base as *const u8 as usize;
        ARENA_NEXT = ARENA_START;
        ARENA_END = wasm32::memory_size(0) * 65536;
    }
    let start = (ARENA_NEXT + align - 1) & !(align - 1);
    let end = match start.checked_add(size) {
        Some(end) => end,
        None => return ptr::null_mut(),
    };
    if end > ARENA_END {
        let pages = (end - ARENA_END + 65535) / 65536;
        if wasm32::memory_grow(0, pages) == usize::MAX {
            return ptr::null_mut();
        }
        ARENA_END += pages * 65536;
    }
    ARENA_NEXT = end;
    start as *mut u8
}

fn arena_reset() {
    unsafe { ARENA_NEXT = ARENA_START }
}

unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump(layout.size(), layout.align())
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static ALLOCATOR: Arena = Arena;

#[export_name = "cabi_realloc"]
pub unsafe extern "C" fn cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    let p = bump(new_size, align);
    if p.is_null() {
        wasm32::unreachable();
    }
    if !old.is_null() {
        ptr::copy_nonoverlapping(old, p, old_size.min(new_size));
    }
    p
}

// ---- Canonical ABI values ----

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Str {
    ptr: *const u8,
    len: usize,
}

/// One element of `list<tuple<string, string>>` (headers, params).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Pair {
    name: Str,
    value: Str,
}

impl Str {
    fn of(s: &'static str) -> Str {
        Str { ptr: s.as_ptr(), len: s.len() }
    }

    unsafe fn bytes<'a>(self) -> &'a [u8] {
        if self.len == 0 { &[] } else { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

unsafe fn pairs<'a>(ptr: *const Pair, len: usize) -> &'a [Pair] {
    if len == 0 { &[] } else { std::slice::from_raw_parts(ptr, len) }
}

/// Copies `bytes` into the arena.
fn arena_copy(bytes: &[u8]) -> Str {
    let v = bytes.to_vec().leak();
    Str { ptr: v.as_ptr(), len: v.len() }
}

/// A return area: 8-aligned bytes written at Canonical ABI offsets.
#[repr(C, align(8))]
pub struct RetArea([u8; 32]);

impl RetArea {
    fn ptr(&mut self) -> *mut u8 {
        self.0.as_mut_ptr()
    }
    fn u8(&self, at: usize) -> u8 {
        self.0[at]
    }
    fn u32(&self, at: usize) -> u32 {
        u32::from_le_bytes([self.0[at], self.0[at + 1], self.0[at + 2], self.0[at + 3]])
    }
    fn str(&self, at: usize) -> Str {
        Str { ptr: self.u32(at) as *const u8, len: self.u32(at + 4) as usize }
    }
    fn set_u8(&mut self, at: usize, v: u8) {
        self.0[at] = v;
    }
    fn set_u16(&mut self, at: usize, v: u16) {
        self.0[at..at + 2].copy_from_slice(&v.to_le_bytes());
    }
    fn set_u32(&mut self, at: usize, v: u32) {
        self.0[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    fn set_str(&mut self, at: usize, s: Str) {
        self.set_u32(at, s.ptr as u32);
        self.set_u32(at + 4, s.len as u32);
    }
}

/// Where imports write their results.
static mut IMPORT_RET: RetArea = RetArea([0; 32]);
/// Where exports leave theirs for the host.
static mut EXPORT_RET: RetArea = RetArea([0; 32]);

// ---- imports ----

const GET: i32 = 0;
const POST: i32 = 1;
const PUT: i32 = 2;
const DELETE: i32 = 3;

#[link(wasm_import_module = "witj-demo:http/server@0.1.0")]
extern "C" {
    #[link_name = "[constructor]router"]
    fn router_new() -> i32;
    #[link_name = "[method]router.route"]
    fn router_route(router: i32, method: i32, pattern: *const u8, pattern_len: usize, handler: *const u8,
                    handler_len: usize, ret: *mut u8);
    #[link_name = "[resource-drop]router"]
    fn router_drop(router: i32);
    #[link_name = "serve"]
    fn serve(routes: i32, ret: *mut u8);
}

#[link(wasm_import_module = "witj-demo:keyvalue/store@0.1.0")]
extern "C" {
    #[link_name = "[static]bucket.open"]
    fn bucket_open(name: *const u8, name_len: usize, ret: *mut u8);
    #[link_name = "[method]bucket.get"]
    fn bucket_get(bucket: i32, key: *const u8, key_len: usize, ret: *mut u8);
    #[link_name = "[method]bucket.set"]
    fn bucket_set(bucket: i32, key: *const u8, key_len: usize, value: *const u8, value_len: usize, ret: *mut u8);
    #[link_name = "[resource-drop]bucket"]
    fn bucket_drop(bucket: i32);
}

const STORE: &str = "my-container";
const KEY: &str = "key";

/// A store call's error (result discriminant 1): the error's message (every case has one).
unsafe fn store_error() -> Option<Str> {
    if IMPORT_RET.u8(0) == 0 { None } else { Some(IMPORT_RET.str(8)) }
}

unsafe fn open_store() -> Result<i32, Str> {
    bucket_open(STORE.as_ptr(), STORE.len(), IMPORT_RET.ptr());
    match store_error() {
        Some(e) => Err(e),
        None => Ok(IMPORT_RET.u32(4) as i32),
    }
}

// ---- app.init ----

const ROUTES: [(i32, &str, &str); 10] = [
    (GET, "/hello", "hello"),
    (GET, "/get", "get"),
    (PUT, "/set", "set"),
    (POST, "/upload", "upload"),
    (DELETE, "/delete-file", "delete-file"),
    (GET, "/person/:name", "person"),
    (GET, "/trap", "trap"),
    (GET, "/loop", "loop"),
    (GET, "/bad-status", "bad-status"),
    (GET, "/bad-header", "bad-header"),
];

/// Copies an http-error from an import's result area (@4) into `init`'s result.
unsafe fn forward_error() -> *mut u8 {
    let mut copy = RetArea([0; 32]);
    copy.0[..16].copy_from_slice(&IMPORT_RET.0[..16]);
    EXPORT_RET = copy;
    EXPORT_RET.ptr()
}

#[export_name = "witj-demo:http/app@0.1.0#init"]
pub unsafe extern "C" fn init() -> *mut u8 {
    let router = router_new();
    for (method, pattern, handler) in ROUTES {
        router_route(router, method, pattern.as_ptr(), pattern.len(), handler.as_ptr(), handler.len(),
                     IMPORT_RET.ptr());
        if IMPORT_RET.u8(0) != 0 {
            return forward_error();
        }
    }
    serve(router, IMPORT_RET.ptr());
    if IMPORT_RET.u8(0) != 0 {
        return forward_error();
    }
    router_drop(router);
    EXPORT_RET.set_u8(0, 0);
    EXPORT_RET.ptr()
}

#[export_name = "cabi_post_witj-demo:http/app@0.1.0#init"]
pub extern "C" fn post_init(_ret: *mut u8) {
    arena_reset();
}

// ---- handler.handle ----

/// A response: status, headers (none, or a list of pairs), body (none, or bytes).
struct Response {
    status: u16,
    headers: Option<(*const Pair, usize)>,
    body: Option<Str>,
}

fn text(status: u16, body: &'static str) -> Response {
    Response { status, headers: None, body: Some(Str::of(body)) }
}

/// Writes ok(response): status @4, headers option @8, body option @20.
unsafe fn ok(r: Response) -> *mut u8 {
    EXPORT_RET = RetArea([0; 32]);
    EXPORT_RET.set_u16(4, r.status);
    if let Some((ptr, len)) = r.headers {
        EXPORT_RET.set_u8(8, 1);
        EXPORT_RET.set_str(12, Str { ptr: ptr as *const u8, len });
    }
    if let Some(body) = r.body {
        EXPORT_RET.set_u8(20, 1);
        EXPORT_RET.set_str(24, body);
    }
    EXPORT_RET.ptr()
}

/// Writes err(server-error(message)).
unsafe fn server_error(message: Str) -> *mut u8 {
    EXPORT_RET = RetArea([0; 32]);
    EXPORT_RET.set_u8(0, 1);
    EXPORT_RET.set_u8(4, 1);
    EXPORT_RET.set_str(8, message);
    EXPORT_RET.ptr()
}

unsafe fn get_value() -> *mut u8 {
    let bucket = match open_store() {
        Ok(b) => b,
        Err(e) => return server_error(e),
    };
    bucket_get(bucket, KEY.as_ptr(), KEY.len(), IMPORT_RET.ptr());
    let result = match store_error() {
        Some(e) => server_error(e),
        None if IMPORT_RET.u8(4) == 0 => ok(text(404, "Key not found")),
        None => ok(Response { status: 200, headers: None, body: Some(IMPORT_RET.str(8)) }),
    };
    bucket_drop(bucket);
    result
}

unsafe fn set_value(body: Str) -> *mut u8 {
    let bucket = match open_store() {
        Ok(b) => b,
        Err(e) => return server_error(e),
    };
    bucket_set(bucket, KEY.as_ptr(), KEY.len(), body.ptr, body.len, IMPORT_RET.ptr());
    let result = match store_error() {
        Some(e) => server_error(e),
        None => ok(Response { status: 204, headers: None, body: None }),
    };
    bucket_drop(bucket);
    result
}

unsafe fn person(params: &[Pair]) -> *mut u8 {
    match params.iter().find(|p| p.name.bytes() == b"name") {
        Some(p) => {
            let mut body = b"hello: ".to_vec();
            body.extend_from_slice(p.value.bytes());
            ok(Response { status: 200, headers: None, body: Some(arena_copy(&body)) })
        }
        None => server_error(Str::of("route parameter `name` missing")),
    }
}

fn spin_forever() -> ! {
    let counter = 0u32;
    loop {
        // A volatile read keeps the loop from being optimized away.
        unsafe { ptr::read_volatile(&counter) };
    }
}


#[export_name = "witj-demo:http/handler@0.1.0#handle"]
pub unsafe extern "C" fn handle(
    handler_ptr: *const u8, handler_len: usize, _method: i32, _uri_ptr: *const u8, _uri_len: usize,
    headers_ptr: *const Pair, headers_len: usize, params_ptr: *const Pair, params_len: usize,
    body_tag: i32, body_ptr: *const u8, body_len: usize,
) -> *mut u8 {
    let body = if body_tag == 0 { Str::of("") } else { Str { ptr: body_ptr, len: body_len } };
    match (Str { ptr: handler_ptr, len: handler_len }).bytes() {
        b"hello" => ok(Response {
            status: 200,
            headers: Some((headers_ptr, headers_len)),
            body: Some(Str::of("hello")),
        }),
        b"get" => get_value(),
        b"set" => set_value(body),
        b"upload" | b"delete-file" => ok(Response { status: 200, headers: None, body: Some(body) }),
        b"person" => person(pairs(params_ptr, params_len)),
        b"trap" => wasm32::unreachable(),
        b"loop" => spin_forever(),
        b"bad-status" => ok(text(1000, "not a status")),
        b"bad-header" => {
            let header = vec![Pair { name: Str::of("bad header"), value: Str::of("x") }].leak();
            ok(Response { status: 200, headers: Some((header.as_ptr(), 1)), body: None })
        }
        _ => server_error(Str::of("no handler with that name")),
    }
}

#[export_name = "cabi_post_witj-demo:http/handler@0.1.0#handle"]
pub extern "C" fn post_handle(_ret: *mut u8) {
    arena_reset();
}
