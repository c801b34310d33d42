/*
 * The keyvalue demo guest (world witj-demo:keyvalue/keyvalue-demo, ../../../wit/keyvalue), with
 * hand-written Canonical ABI code: core names of wit-component's legacy scheme, layouts of the
 * Canonical ABI on wasm32. Built by ../build-guests.sh (clang-14, wasm32-wasi, no start files, no WASI
 * imports) and wrapped as a component by wit-component (jco's componentEmbed + componentNew).
 *
 * run(args): opens `my-container` and `my-container2`, sets `key` to `spiderlightning` in both,
 * checks `keys` and `exists`, reads both values back, deletes the key in both and checks that
 * `get` then finds nothing. ok(output) on success; err(what went wrong) as soon as a store call
 * fails or returns something unexpected.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define IMPORT(name) __attribute__((import_module("witj-demo:keyvalue/store@0.1.0"), import_name(name)))
#define EXPORT(name) __attribute__((export_name(name)))

typedef struct { const char *ptr; size_t len; } str_t;
typedef struct { uint8_t *ptr; size_t len; } bytes_t;

/* result<T, error> of every store function: discriminant @0, payload @4, size 16, align 4.
 * error: case @4 (u8), string @8. option<list<u8>>: discriminant @4, list @8. */
typedef struct {
  uint8_t is_err;
  union {
    int32_t handle;                                   /* result<bucket, error> */
    struct { uint8_t is_some; bytes_t value; } opt;   /* result<option<list<u8>>, error> */
    bool flag;                                        /* result<bool, error> */
    struct { str_t *ptr; size_t len; } keys;          /* result<list<string>, error> */
    struct { uint8_t kind; str_t message; } err;      /* the error case */
  } val;
} store_result_t;

_Static_assert(sizeof(store_result_t) == 16, "store result size");
_Static_assert(offsetof(store_result_t, val) == 4, "store result payload");

IMPORT("[static]bucket.open") void bucket_open(const char *name, size_t name_len, store_result_t *ret);
IMPORT("[method]bucket.get") void bucket_get(int32_t self, const char *key, size_t key_len, store_result_t *ret);
IMPORT("[method]bucket.set") void bucket_set(int32_t self, const char *key, size_t key_len, const uint8_t *value,
                                             size_t value_len, store_result_t *ret);
IMPORT("[method]bucket.delete") void bucket_delete(int32_t self, const char *key, size_t key_len, store_result_t *ret);
IMPORT("[method]bucket.exists") void bucket_exists(int32_t self, const char *key, size_t key_len, store_result_t *ret);
IMPORT("[method]bucket.keys") void bucket_keys(int32_t self, store_result_t *ret);
IMPORT("[resource-drop]bucket") void bucket_drop(int32_t self);

/* ---- allocation: everything the host allocates and every temporary lives until post-return ---- */

static void **blocks;
static size_t block_count, block_capacity;

static void *arena_alloc(size_t size) {
  if (block_count == block_capacity) {
    block_capacity = block_capacity ? 2 * block_capacity : 64;
    blocks = realloc(blocks, block_capacity * sizeof(void *));
    if (!blocks) abort();
  }
  void *p = malloc(size ? size : 1);
  if (!p) abort();
  blocks[block_count++] = p;
  return p;
}

static void arena_reset(void) {
  for (size_t i = 0; i < block_count; i++) free(blocks[i]);
  block_count = 0;
}

/* malloc aligns to 16, more than any Canonical ABI alignment. */
EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
  if (align > 16) abort();
  void *p = arena_alloc(new_size);
  if (old) memcpy(p, old, old_size < new_size ? old_size : new_size);
  return p;
}

/* ---- a growing text buffer for the output and error messages ---- */

typedef struct { char *ptr; size_t len, cap; } text_t;

static void append_n(text_t *t, const char *s, size_t n) {
  if (t->len + n > t->cap) {
    size_t cap = t->cap ? t->cap : 128;
    while (cap < t->len + n) cap *= 2;
    char *p = arena_alloc(cap);
    if (t->len) memcpy(p, t->ptr, t->len);
    t->ptr = p;
    t->cap = cap;
  }
  memcpy(t->ptr + t->len, s, n);
  t->len += n;
}

static void append(text_t *t, const char *s) { append_n(t, s, strlen(s)); }

static const char *const ERROR_CASES[] = {"connection", "authentication", "timeout", "io", "other"};

/* Describes a failed store call: "<what>: <case>: <message>". */
static void describe_error(text_t *t, const char *what, const store_result_t *r) {
  append(t, what);
  append(t, ": ");
  append(t, r->val.err.kind < 5 ? ERROR_CASES[r->val.err.kind] : "unknown error case");
  append(t, ": ");
  append_n(t, r->val.err.message.ptr, r->val.err.message.len);
}

/* ---- the demo ---- */

static const char KEY[] = "key";
static const char VALUE[] = "spiderlightning";

typedef struct { text_t out, err; bool failed; } run_t;

static bool check(run_t *run, const char *what, const store_result_t *r) {
  if (r->is_err) {
    describe_error(&run->err, what, r);
    run->failed = true;
  }
  return !run->failed;
}

static bool fail(run_t *run, const char *what) {
  append(&run->err, what);
  run->failed = true;
  return false;
}

static bool open_store(run_t *run, const char *name, int32_t *handle) {
  store_result_t r;
  bucket_open(name, strlen(name), &r);
  if (!check(run, "open", &r)) return false;
  *handle = r.val.handle;
  return true;
}

/* Reads `key` and appends its value to the output; fails unless it is VALUE. */
static bool read_value(run_t *run, int32_t bucket) {
  store_result_t r;
  bucket_get(bucket, KEY, strlen(KEY), &r);
  if (!check(run, "get", &r)) return false;
  if (!r.val.opt.is_some) return fail(run, "get: `key` has no value after set");
  bytes_t v = r.val.opt.value;
  if (v.len != strlen(VALUE) || memcmp(v.ptr, VALUE, v.len) != 0) {
    append(&run->err, "get: expected `spiderlightning`, found `");
    append_n(&run->err, (const char *)v.ptr, v.len);
    return fail(run, "`");
  }
  append_n(&run->out, (const char *)v.ptr, v.len);
  return true;
}

static bool lists_key(run_t *run, int32_t bucket) {
  store_result_t r;
  bucket_keys(bucket, &r);
  if (!check(run, "keys", &r)) return false;
  for (size_t i = 0; i < r.val.keys.len; i++) {
    str_t k = r.val.keys.ptr[i];
    if (k.len == strlen(KEY) && memcmp(k.ptr, KEY, k.len) == 0) return true;
  }
  return fail(run, "keys: `key` is not listed after set");
}

static bool has_key(run_t *run, int32_t bucket, bool expected) {
  store_result_t r;
  bucket_exists(bucket, KEY, strlen(KEY), &r);
  if (!check(run, "exists", &r)) return false;
  if (r.val.flag != expected) return fail(run, expected ? "exists: false after set" : "exists: true after delete");
  return true;
}

static bool demo(run_t *run) {
  int32_t kv1, kv2;
  if (!open_store(run, "my-container", &kv1)) return false;
  if (!open_store(run, "my-container2", &kv2)) return false;
  store_result_t r;
  bucket_set(kv1, KEY, strlen(KEY), (const uint8_t *)VALUE, strlen(VALUE), &r);
  if (!check(run, "set", &r)) return false;
  bucket_set(kv2, KEY, strlen(KEY), (const uint8_t *)VALUE, strlen(VALUE), &r);
  if (!check(run, "set", &r)) return false;
  if (!lists_key(run, kv1) || !has_key(run, kv1, true)) return false;

  append(&run->out, "The value for keyvalue1 is: ");
  if (!read_value(run, kv1)) return false;
  append(&run->out, ", keyvalue2 is ");
  if (!read_value(run, kv2)) return false;
  append(&run->out, "\n");

  bucket_delete(kv1, KEY, strlen(KEY), &r);
  if (!check(run, "delete", &r)) return false;
  bucket_delete(kv2, KEY, strlen(KEY), &r);
  if (!check(run, "delete", &r)) return false;
  int32_t stores[] = {kv1, kv2};
  for (int i = 0; i < 2; i++) {
    bucket_get(stores[i], KEY, strlen(KEY), &r);
    if (!check(run, "get", &r)) return false;
    if (r.val.opt.is_some) return fail(run, "get: `key` still has a value after delete");
  }
  if (!has_key(run, kv1, false)) return false;
  bucket_drop(kv2);
  bucket_drop(kv1);
  append(&run->out, "keyvalue demo: deleted `key` from both stores, success\n");
  return true;
}

/* result<string, string>: discriminant @0, string @4. */
static struct { uint8_t is_err; str_t text; } RUN_RESULT;

EXPORT("witj-demo:keyvalue/app@0.1.0#run")
void *run(str_t *args, size_t args_len) {
  (void)args;
  (void)args_len;
  run_t run = {0};
  bool ok = demo(&run);
  RUN_RESULT.is_err = !ok;
  RUN_RESULT.text = ok ? (str_t){run.out.ptr, run.out.len} : (str_t){run.err.ptr, run.err.len};
  return &RUN_RESULT;
}

EXPORT("cabi_post_witj-demo:keyvalue/app@0.1.0#run")
void post_run(void *ret) {
  (void)ret;
  arena_reset();
}
