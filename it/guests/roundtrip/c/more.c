/*
 * guest-more: like guest-basics, for every other type: primitives, lists of primitives, padded
 * records, variants with joined payloads, enums, flags, options, results, tuples, maps and a spilled
 * parameter list.
 */
#include <string.h>

#include "roundtrip.h"

#define HOST PKG "host-more" VER
#define GUEST PKG "guest-more" VER "#"
#define POST(fn, wit) EXPORT("cabi_post_" GUEST wit) void post_##fn(void *ret) { (void)ret; post_return(); }

/* A primitive echo: core type C, transform T (of x), WIT name N. */
#define PRIM(C, N, T)                                             \
  IMPORT(HOST, "echo-" #N) C host_echo_##N(C x);                  \
  EXPORT(GUEST "echo-" #N) C echo_##N(C x) {                      \
    C y = host_echo_##N(T);                                       \
    x = y;                                                        \
    arena_reset();                                                \
    return T;                                                     \
  }
PRIM(uint32_t, bool, !x)
PRIM(uint32_t, u8, (uint8_t)(x + 1))
PRIM(int32_t, s8, (int8_t)(x + 1))
PRIM(uint32_t, u16, (uint16_t)(x + 1))
PRIM(int32_t, s16, (int16_t)(x + 1))
PRIM(uint32_t, u32, x + 1)
PRIM(int32_t, s32, (int32_t)((uint32_t)x + 1))
PRIM(uint64_t, u64, x + 1)
PRIM(int64_t, s64, (int64_t)((uint64_t)x + 1))
PRIM(float, f32, x * 2)
PRIM(double, f64, x * 2)
PRIM(uint32_t, char, t_char(x))

typedef struct {
  bool a; uint8_t b; int8_t c; uint16_t d; int16_t e; uint32_t f; int32_t g; uint64_t h; int64_t i;
  float j; double k; uint32_t l;
} prims_t;
_Static_assert(sizeof(prims_t) == 56 && offsetof(prims_t, l) == 48, "prims");

static void t_prims(prims_t *p) {
  p->a = !p->a; p->b++; p->c++; p->d++; p->e++; p->f++; p->g = (int32_t)((uint32_t)p->g + 1);
  p->h++; p->i = (int64_t)((uint64_t)p->i + 1); p->j *= 2; p->k *= 2; p->l = t_char(p->l);
}

IMPORT(HOST, "echo-prims")
void host_echo_prims(uint32_t a, uint32_t b, int32_t c, uint32_t d, int32_t e, uint32_t f, int32_t g,
    uint64_t h, int64_t i, float j, double k, uint32_t l, prims_t *ret);
EXPORT(GUEST "echo-prims")
prims_t *echo_prims(uint32_t a, uint32_t b, int32_t c, uint32_t d, int32_t e, uint32_t f, int32_t g,
    uint64_t h, int64_t i, float j, double k, uint32_t l) {
  prims_t p = {a != 0, (uint8_t)b, (int8_t)c, (uint16_t)d, (int16_t)e, f, g, h, i, j, k, l};
  t_prims(&p);
  prims_t *ret = (prims_t *)RET;
  host_echo_prims(p.a, p.b, p.c, p.d, p.e, p.f, p.g, p.h, p.i, p.j, p.k, p.l, ret);
  t_prims(ret);
  arena_reset();
  return ret;
}

/* Lists of u8, s16, u32, s64, f32, f64, bool, char. */
typedef struct { list_t a, b, c, d, e, f, g, h; } lists_t;

#define EACH(l, C, op) do { C *e_ = (l)->ptr; for (size_t n_ = 0; n_ < (l)->len; n_++) { C x = e_[n_]; e_[n_] = op; } reverse((l)->ptr, (l)->len, sizeof(C)); } while (0)

static void t_lists(lists_t *l) {
  EACH(&l->a, uint8_t, (uint8_t)(x + 1));
  EACH(&l->b, int16_t, (int16_t)(x + 1));
  EACH(&l->c, uint32_t, x + 1);
  EACH(&l->d, int64_t, (int64_t)((uint64_t)x + 1));
  EACH(&l->e, float, x * 2);
  EACH(&l->f, double, x * 2);
  EACH(&l->g, uint8_t, (uint8_t)!x);
  EACH(&l->h, uint32_t, t_char(x));
}

#define LIST_PARAMS(p) void *p##a, size_t p##an, void *p##b, size_t p##bn, void *p##c, size_t p##cn, void *p##d, size_t p##dn, void *p##e, size_t p##en, void *p##f, size_t p##fn, void *p##g, size_t p##gn, void *p##h, size_t p##hn
IMPORT(HOST, "echo-lists") void host_echo_lists(LIST_PARAMS(), lists_t *ret);
EXPORT(GUEST "echo-lists") lists_t *echo_lists(LIST_PARAMS()) {
  lists_t l = {{a, an}, {b, bn}, {c, cn}, {d, dn}, {e, en}, {f, fn}, {g, gn}, {h, hn}};
  t_lists(&l);
  lists_t *ret = (lists_t *)RET;
  host_echo_lists(l.a.ptr, l.a.len, l.b.ptr, l.b.len, l.c.ptr, l.c.len, l.d.ptr, l.d.len,
      l.e.ptr, l.e.len, l.f.ptr, l.f.len, l.g.ptr, l.g.len, l.h.ptr, l.h.len, ret);
  t_lists(ret);
  return ret;
}
POST(echo_lists, "echo-lists")

static void t_mixed(mixed_t *m) {
  m->a++; m->b++; m->c++; m->d *= 2; t_str(&m->e); m->f = !m->f; m->g = t_char(m->g); m->h *= 2; m->i++;
}

IMPORT(HOST, "echo-mixed")
void host_echo_mixed(uint32_t a, uint64_t b, uint32_t c, float d, char *e, size_t e_len, uint32_t f,
    uint32_t g, double h, int32_t i, mixed_t *ret);
EXPORT(GUEST "echo-mixed")
mixed_t *echo_mixed(uint32_t a, uint64_t b, uint32_t c, float d, char *e, size_t e_len, uint32_t f,
    uint32_t g, double h, int32_t i) {
  mixed_t m = {(uint8_t)a, b, (uint16_t)c, d, {e, e_len}, f != 0, g, h, (int8_t)i};
  t_mixed(&m);
  mixed_t *ret = (mixed_t *)RET;
  host_echo_mixed(m.a, m.b, m.c, m.d, m.e.ptr, m.e.len, m.f, m.g, m.h, m.i, ret);
  t_mixed(ret);
  return ret;
}
POST(echo_mixed, "echo-mixed")

IMPORT(HOST, "echo-num") void host_echo_num(int32_t tag, int64_t payload, num_t *ret);
EXPORT(GUEST "echo-num") num_t *echo_num(int32_t tag, int64_t payload) {
  num_t n = num_from_flat(tag, payload);
  t_num(&n);
  num_t *ret = (num_t *)RET;
  host_echo_num(n.tag, num_to_flat(&n), ret);
  t_num(ret);
  arena_reset();
  return ret;
}

IMPORT(HOST, "echo-nums") void host_echo_nums(void *ptr, size_t len, list_t *ret);
EXPORT(GUEST "echo-nums") list_t *echo_nums(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_nums(&l);
  list_t *ret = (list_t *)RET;
  host_echo_nums(l.ptr, l.len, ret);
  t_nums(ret);
  return ret;
}
POST(echo_nums, "echo-nums")

IMPORT(HOST, "echo-color") uint32_t host_echo_color(uint32_t c);
EXPORT(GUEST "echo-color") uint32_t echo_color(uint32_t c) {
  return t_color((uint8_t)host_echo_color(t_color((uint8_t)c)));
}

static void t_colors(list_t *l) {
  EACH(l, uint8_t, t_color(x));
}

IMPORT(HOST, "echo-colors") void host_echo_colors(void *ptr, size_t len, list_t *ret);
EXPORT(GUEST "echo-colors") list_t *echo_colors(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_colors(&l);
  list_t *ret = (list_t *)RET;
  host_echo_colors(l.ptr, l.len, ret);
  t_colors(ret);
  return ret;
}
POST(echo_colors, "echo-colors")

typedef struct { uint8_t small; uint16_t mid; uint32_t full; } flags_t;
_Static_assert(sizeof(flags_t) == 8 && offsetof(flags_t, full) == 4, "flags");

static void t_flags(flags_t *f) {
  f->small = (uint8_t)(~f->small & 0x7);
  f->mid = (uint16_t)(~f->mid & 0x3ff);
  f->full = ~f->full;
}

IMPORT(HOST, "echo-flags") void host_echo_flags(uint32_t a, uint32_t b, uint32_t c, flags_t *ret);
EXPORT(GUEST "echo-flags") flags_t *echo_flags(uint32_t a, uint32_t b, uint32_t c) {
  flags_t f = {(uint8_t)a, (uint16_t)b, c};
  t_flags(&f);
  flags_t *ret = (flags_t *)RET;
  host_echo_flags(f.small, f.mid, f.full, ret);
  t_flags(ret);
  arena_reset();
  return ret;
}

typedef struct { opt_u8_t a; opt_str_t b; opt_opt_u32_t c; } options_t;
_Static_assert(sizeof(options_t) == 28 && offsetof(options_t, b) == 4 && offsetof(options_t, c) == 16, "options");

static void t_options(options_t *o) {
  if (o->a.tag) o->a.val++;
  if (o->b.tag) t_str(&o->b.val);
  if (o->c.tag && o->c.val.tag) o->c.val.val++;
}

IMPORT(HOST, "echo-options")
void host_echo_options(uint32_t a_tag, uint32_t a, uint32_t b_tag, char *b, size_t b_len,
    uint32_t c_tag, uint32_t c_inner_tag, uint32_t c, options_t *ret);
EXPORT(GUEST "echo-options")
options_t *echo_options(uint32_t a_tag, uint32_t a, uint32_t b_tag, char *b, size_t b_len,
    uint32_t c_tag, uint32_t c_inner_tag, uint32_t c) {
  options_t o = {
      {(uint8_t)a_tag, a_tag ? (uint8_t)a : 0},
      {(uint8_t)b_tag, {b_tag ? b : 0, b_tag ? b_len : 0}},
      {(uint8_t)c_tag, {c_tag ? (uint8_t)c_inner_tag : 0, c_tag && c_inner_tag ? c : 0}}};
  t_options(&o);
  options_t *ret = (options_t *)RET;
  host_echo_options(o.a.tag, o.a.val, o.b.tag, o.b.val.ptr, o.b.val.len, o.c.tag, o.c.val.tag,
      o.c.val.val, ret);
  t_options(ret);
  return ret;
}
POST(echo_options, "echo-options")

typedef struct { uint8_t tag; uint32_t val; } res_u32_t;
typedef struct { uint8_t tag; str_t val; } res_err_str_t;
typedef struct { uint8_t tag; union { str_t ok; point_t err; } val; } res_str_point_t;
typedef struct { uint8_t a; res_u32_t b; res_err_str_t c; res_str_point_t d; } results_t;
_Static_assert(sizeof(results_t) == 36 && offsetof(results_t, c) == 12 && offsetof(results_t, d) == 24, "results");

static void t_results(results_t *r) {
  if (r->b.tag == 0) r->b.val++;
  if (r->c.tag == 1) t_str(&r->c.val);
  if (r->d.tag == 0) t_str(&r->d.val.ok); else t_point(&r->d.val.err);
}

IMPORT(HOST, "echo-results")
void host_echo_results(uint32_t a_tag, uint32_t b_tag, uint32_t b, uint32_t c_tag, char *c,
    size_t c_len, uint32_t d_tag, int32_t d0, int32_t d1, results_t *ret);
EXPORT(GUEST "echo-results")
results_t *echo_results(uint32_t a_tag, uint32_t b_tag, uint32_t b, uint32_t c_tag, char *c,
    size_t c_len, uint32_t d_tag, int32_t d0, int32_t d1) {
  results_t r = {(uint8_t)a_tag, {(uint8_t)b_tag, b_tag ? 0 : b},
      {(uint8_t)c_tag, {c_tag ? c : 0, c_tag ? c_len : 0}}, {(uint8_t)d_tag, {.ok = {0, 0}}}};
  if (d_tag == 0) r.d.val.ok = (str_t){(char *)d0, (size_t)d1}; else r.d.val.err = (point_t){d0, d1};
  t_results(&r);
  int32_t e0 = r.d.tag ? r.d.val.err.x : (int32_t)r.d.val.ok.ptr;
  int32_t e1 = r.d.tag ? r.d.val.err.y : (int32_t)r.d.val.ok.len;
  results_t *ret = (results_t *)RET;
  host_echo_results(r.a, r.b.tag, r.b.val, r.c.tag, r.c.val.ptr, r.c.val.len, r.d.tag, e0, e1, ret);
  t_results(ret);
  return ret;
}
POST(echo_results, "echo-results")

static void t_option_list(list_t *l) {
  opt_s32_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) if (e[i].tag) e[i].val = (int32_t)((uint32_t)e[i].val + 1);
  reverse(l->ptr, l->len, sizeof(opt_s32_t));
}

IMPORT(HOST, "echo-option-list") void host_echo_option_list(void *ptr, size_t len, list_t *ret);
EXPORT(GUEST "echo-option-list") list_t *echo_option_list(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_option_list(&l);
  list_t *ret = (list_t *)RET;
  host_echo_option_list(l.ptr, l.len, ret);
  t_option_list(ret);
  return ret;
}
POST(echo_option_list, "echo-option-list")

typedef struct { uint8_t tag; union { str_t ok; num_t err; } val; } res_str_num_t;
_Static_assert(sizeof(res_str_num_t) == 24 && offsetof(res_str_num_t, val) == 8, "result<string, num>");

static void t_result_list(list_t *l) {
  res_str_num_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) {
    if (e[i].tag == 0) t_str(&e[i].val.ok); else t_num(&e[i].val.err);
  }
  reverse(l->ptr, l->len, sizeof(res_str_num_t));
}

IMPORT(HOST, "echo-result-list") void host_echo_result_list(void *ptr, size_t len, list_t *ret);
EXPORT(GUEST "echo-result-list") list_t *echo_result_list(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_result_list(&l);
  list_t *ret = (list_t *)RET;
  host_echo_result_list(l.ptr, l.len, ret);
  t_result_list(ret);
  return ret;
}
POST(echo_result_list, "echo-result-list")

typedef struct { uint8_t a; str_t b; double c; } tuple_t;
_Static_assert(sizeof(tuple_t) == 24 && offsetof(tuple_t, c) == 16, "tuple");

IMPORT(HOST, "echo-tuple") void host_echo_tuple(uint32_t a, char *b, size_t b_len, double c, tuple_t *ret);
EXPORT(GUEST "echo-tuple") tuple_t *echo_tuple(uint32_t a, char *b, size_t b_len, double c) {
  tuple_t t = {(uint8_t)(a + 1), {b, b_len}, c * 2};
  t_str(&t.b);
  tuple_t *ret = (tuple_t *)RET;
  host_echo_tuple(t.a, t.b.ptr, t.b.len, t.c, ret);
  ret->a++;
  t_str(&ret->b);
  ret->c *= 2;
  return ret;
}
POST(echo_tuple, "echo-tuple")

typedef struct { str_t key; uint32_t value; } entry_t;

static void t_map(list_t *l) {
  entry_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) {
    t_str(&e[i].key);
    e[i].value++;
  }
  reverse(l->ptr, l->len, sizeof(entry_t));
}

IMPORT(HOST, "echo-map") void host_echo_map(void *ptr, size_t len, list_t *ret);
EXPORT(GUEST "echo-map") list_t *echo_map(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_map(&l);
  list_t *ret = (list_t *)RET;
  host_echo_map(l.ptr, l.len, ret);
  t_map(ret);
  return ret;
}
POST(echo_map, "echo-map")

IMPORT(HOST, "echo-many") void host_echo_many(many_t *args, many_t *ret);
EXPORT(GUEST "echo-many") many_t *echo_many(many_t *args) {
  t_many(args);
  many_t *ret = (many_t *)RET;
  host_echo_many(args, ret);
  t_many(ret);
  return ret;
}
POST(echo_many, "echo-many")
