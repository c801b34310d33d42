/* accumulators: the exported accumulator resource and guest functions over the host's counters. */
#include <stdlib.h>
#include <string.h>

#include "roundtrip.h"

#define COUNTERS PKG "counters" VER
#define ACC PKG "accumulators" VER
#define GUEST ACC "#"

IMPORT(COUNTERS, "[constructor]counter") int32_t counter_new(int32_t start);
IMPORT(COUNTERS, "[method]counter.add") int32_t counter_add(int32_t self, int32_t n);
IMPORT(COUNTERS, "[method]counter.get") int32_t counter_get(int32_t self);
IMPORT(COUNTERS, "[static]counter.merge") int32_t counter_merge(int32_t a, int32_t b);
IMPORT(COUNTERS, "consume") int32_t counters_consume(int32_t c);
IMPORT(COUNTERS, "[resource-drop]counter") void counter_drop(int32_t handle);

IMPORT("[export]" ACC, "[resource-new]accumulator") int32_t accumulator_new(int32_t rep);
IMPORT("[export]" ACC, "[resource-rep]accumulator") int32_t accumulator_rep(int32_t handle);
IMPORT("[export]" ACC, "[resource-drop]accumulator") void accumulator_drop(int32_t handle);

/* The representation of an accumulator; its address is the rep. */
typedef struct { str_t label; uint64_t total; } accumulator_t;

static uint32_t dtors;

static int32_t create(const char *label, size_t len, uint64_t total) {
  accumulator_t *a = malloc(sizeof(accumulator_t));
  char *copy = malloc(len ? len : 1);
  if (!a || !copy) abort();
  memcpy(copy, label, len);
  *a = (accumulator_t){{copy, len}, total};
  int32_t handle = accumulator_new((int32_t)a);
  if (accumulator_rep(handle) != (int32_t)a) __builtin_trap();
  return handle;
}

EXPORT(GUEST "[constructor]accumulator") int32_t accumulator_constructor(char *label, size_t len) {
  int32_t handle = create(label, len, 0);
  arena_reset();
  return handle;
}

EXPORT(GUEST "[method]accumulator.push") void accumulator_push(accumulator_t *self, uint32_t x) {
  self->total += x;
}

EXPORT(GUEST "[method]accumulator.total") uint64_t accumulator_total(accumulator_t *self) {
  return self->total;
}

EXPORT(GUEST "[method]accumulator.label") str_t *accumulator_label(accumulator_t *self) {
  str_t *ret = (str_t *)RET;
  *ret = self->label;
  return ret;
}

EXPORT("cabi_post_" GUEST "[method]accumulator.label") void post_label(void *ret) {
  (void)ret;
  post_return();
}

EXPORT(GUEST "[static]accumulator.make") int32_t accumulator_make(char *label, size_t len, uint32_t n) {
  accumulator_drop(create("scratch", 7, 0));
  int32_t handle = create(label, len, (uint64_t)n * (n ? n - 1 : 0) / 2);
  arena_reset();
  return handle;
}

EXPORT(GUEST "[method]accumulator.absorb") void accumulator_absorb(accumulator_t *self, accumulator_t *other) {
  self->total += other->total;
}

EXPORT(GUEST "[dtor]accumulator") void accumulator_dtor(accumulator_t *self) {
  free(self->label.ptr);
  free(self);
  dtors++;
}

EXPORT(GUEST "dtor-count") uint32_t dtor_count(void) {
  return dtors;
}

EXPORT(GUEST "use-counters") int32_t use_counters(int32_t start) {
  int32_t c = counter_new(start);
  if (counter_add(c, 5) != start + 5) __builtin_trap();
  int32_t d = counter_new(10);
  int32_t merged = counter_merge(c, d);
  counter_drop(c);
  counter_drop(d);
  if (counter_get(merged) != start + 15) __builtin_trap();
  return counters_consume(merged);
}

/* A borrowed handle must be dropped before the call returns. */
EXPORT(GUEST "peek") int32_t peek(int32_t borrowed) {
  int32_t value = counter_get(borrowed);
  counter_drop(borrowed);
  return value;
}

EXPORT(GUEST "take") int32_t take(int32_t owned) {
  int32_t value = counter_get(owned);
  counter_drop(owned);
  return value;
}

EXPORT(GUEST "give") int32_t give(int32_t start) {
  return counter_new(start);
}

EXPORT(GUEST "forge-handle") int32_t forge_handle(void) {
  return 12345;
}
