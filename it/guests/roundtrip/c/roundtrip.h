/*
 * Canonical ABI layouts of the witj:roundtrip types as C structs, the guest's allocator and the
 * in-place transforms the guest applies to every value (see ../README.md).
 *
 * wasm32 C struct layout (natural alignment, members in order) is the Canonical ABI layout of a
 * record; a variant is a discriminant followed by a union, which C places at the payload offset.
 * The static asserts pin the layouts the host must agree with.
 */
#ifndef ROUNDTRIP_H
#define ROUNDTRIP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))
#define EXPORT(name) __attribute__((export_name(name)))

#define PKG "witj:roundtrip/"
#define VER "@0.1.0"

typedef struct { char *ptr; size_t len; } str_t;
typedef struct { void *ptr; size_t len; } list_t;

typedef struct { int32_t x, y; } point_t;
typedef struct { uint8_t tag; point_t val; } opt_point_t;
typedef struct { uint8_t tag; uint8_t val; } opt_u8_t;
typedef struct { uint8_t tag; int32_t val; } opt_s32_t;
typedef struct { uint8_t tag; uint32_t val; } opt_u32_t;
typedef struct { uint8_t tag; str_t val; } opt_str_t;
typedef struct { uint8_t tag; opt_u32_t val; } opt_opt_u32_t;

typedef struct {
  uint8_t a; uint64_t b; uint16_t c; float d; str_t e; bool f; uint32_t g; double h; int8_t i;
} mixed_t;

typedef struct {
  str_t name; uint8_t age; list_t tags; list_t scores; opt_point_t home;
} person_t;

enum { SHAPE_EMPTY, SHAPE_CIRCLE, SHAPE_RECT, SHAPE_LABEL, SHAPE_PATH };
typedef struct {
  uint8_t tag;
  union { float circle; point_t rect; str_t label; list_t path; } val;
} shape_t;

enum { NUM_I, NUM_L, NUM_F, NUM_D, NUM_NOTHING };
typedef struct {
  uint8_t tag;
  union { int32_t i; int64_t l; float f; double d; } val;
} num_t;

typedef struct {
  uint8_t a1; int16_t a2; uint32_t a3; int64_t a4; float a5; double a6; uint32_t a7; bool a8;
  str_t a9; list_t a10; point_t a11; uint8_t a12; opt_u32_t a13; uint64_t a14; int8_t a15;
  uint16_t a16; uint8_t a17;
} many_t;

_Static_assert(sizeof(mixed_t) == 56 && offsetof(mixed_t, e) == 24 && offsetof(mixed_t, i) == 48, "mixed");
_Static_assert(sizeof(person_t) == 40 && offsetof(person_t, home) == 28, "person");
_Static_assert(sizeof(shape_t) == 12 && offsetof(shape_t, val) == 4, "shape");
_Static_assert(sizeof(num_t) == 16 && offsetof(num_t, val) == 8, "num");
_Static_assert(sizeof(many_t) == 96 && offsetof(many_t, a13) == 68 && offsetof(many_t, a17) == 92, "many");

/* Allocation: everything the host allocates and every temporary lives until the next reset. */
void *arena_alloc(size_t size);
void arena_reset(void);
/* Called by every cabi_post_* export: resets the arena and counts the call. */
void post_return(void);
/* A static, 8-aligned area for return pointers of imports and exports. */
extern uint8_t RET[128];

/* Transforms, in place (see ../README.md). */
void t_str(str_t *s);
void t_strs(list_t *l);
void t_bytes(list_t *l);
void t_u32s(list_t *l);
void t_point(point_t *p);
void t_person(person_t *p);
void t_people(list_t *l);
void t_shape(shape_t *s);
void t_shapes(list_t *l);
void t_num(num_t *n);
void t_nums(list_t *l);
void t_many(many_t *m);
uint8_t t_color(uint8_t c);
uint32_t t_char(uint32_t c);
/* Reverses len elements of size bytes each. */
void reverse(void *ptr, size_t len, size_t size);

/* Flat forms of variants (the joined payload slots). */
num_t num_from_flat(int32_t tag, int64_t payload);
int64_t num_to_flat(const num_t *n);
shape_t shape_from_flat(int32_t tag, int32_t p0, int32_t p1);
void shape_to_flat(const shape_t *s, int32_t *p0, int32_t *p1);

#endif
