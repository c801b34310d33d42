/*
 * guest-basics: each export transforms its arguments, calls its twin in host-basics, and returns
 * the transform of the host's answer.
 */
#include "roundtrip.h"

#define HOST PKG "host-basics" VER
#define GUEST PKG "guest-basics" VER "#"
#define POST(fn, wit) EXPORT("cabi_post_" GUEST wit) void post_##fn(void *ret) { (void)ret; post_return(); }

IMPORT(HOST, "echo-string") void host_echo_string(char *ptr, size_t len, str_t *ret);
IMPORT(HOST, "echo-strings") void host_echo_strings(void *ptr, size_t len, list_t *ret);
IMPORT(HOST, "echo-bytes") void host_echo_bytes(void *ptr, size_t len, list_t *ret);
IMPORT(HOST, "echo-u32s") void host_echo_u32s(void *ptr, size_t len, list_t *ret);
IMPORT(HOST, "echo-point") void host_echo_point(int32_t x, int32_t y, point_t *ret);
IMPORT(HOST, "echo-person")
void host_echo_person(char *name, size_t name_len, uint32_t age, void *tags, size_t tags_len,
    void *scores, size_t scores_len, uint32_t home_tag, int32_t home_x, int32_t home_y, person_t *ret);
IMPORT(HOST, "echo-people") void host_echo_people(void *ptr, size_t len, list_t *ret);
IMPORT(HOST, "echo-shape") void host_echo_shape(int32_t tag, int32_t p0, int32_t p1, shape_t *ret);
IMPORT(HOST, "echo-shapes") void host_echo_shapes(void *ptr, size_t len, list_t *ret);

EXPORT(GUEST "echo-string") str_t *echo_string(char *ptr, size_t len) {
  str_t s = {ptr, len};
  t_str(&s);
  str_t *ret = (str_t *)RET;
  host_echo_string(s.ptr, s.len, ret);
  t_str(ret);
  return ret;
}
POST(echo_string, "echo-string")

EXPORT(GUEST "echo-strings") list_t *echo_strings(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_strs(&l);
  list_t *ret = (list_t *)RET;
  host_echo_strings(l.ptr, l.len, ret);
  t_strs(ret);
  return ret;
}
POST(echo_strings, "echo-strings")

EXPORT(GUEST "echo-bytes") list_t *echo_bytes(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_bytes(&l);
  list_t *ret = (list_t *)RET;
  host_echo_bytes(l.ptr, l.len, ret);
  t_bytes(ret);
  return ret;
}
POST(echo_bytes, "echo-bytes")

EXPORT(GUEST "echo-u32s") list_t *echo_u32s(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_u32s(&l);
  list_t *ret = (list_t *)RET;
  host_echo_u32s(l.ptr, l.len, ret);
  t_u32s(ret);
  return ret;
}
POST(echo_u32s, "echo-u32s")

EXPORT(GUEST "echo-point") point_t *echo_point(int32_t x, int32_t y) {
  point_t p = {x, y};
  t_point(&p);
  point_t *ret = (point_t *)RET;
  host_echo_point(p.x, p.y, ret);
  t_point(ret);
  arena_reset();
  return ret;
}

EXPORT(GUEST "echo-person")
person_t *echo_person(char *name, size_t name_len, uint32_t age, void *tags, size_t tags_len,
    void *scores, size_t scores_len, uint32_t home_tag, int32_t home_x, int32_t home_y) {
  person_t p = {
      {name, name_len}, (uint8_t)age, {tags, tags_len}, {scores, scores_len},
      {(uint8_t)home_tag, {home_tag ? home_x : 0, home_tag ? home_y : 0}}};
  t_person(&p);
  person_t *ret = (person_t *)RET;
  host_echo_person(p.name.ptr, p.name.len, p.age, p.tags.ptr, p.tags.len, p.scores.ptr,
      p.scores.len, p.home.tag, p.home.val.x, p.home.val.y, ret);
  t_person(ret);
  return ret;
}
POST(echo_person, "echo-person")

EXPORT(GUEST "echo-people") list_t *echo_people(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_people(&l);
  list_t *ret = (list_t *)RET;
  host_echo_people(l.ptr, l.len, ret);
  t_people(ret);
  return ret;
}
POST(echo_people, "echo-people")

EXPORT(GUEST "echo-shape") shape_t *echo_shape(int32_t tag, int32_t p0, int32_t p1) {
  shape_t s = shape_from_flat(tag, p0, p1);
  t_shape(&s);
  shape_to_flat(&s, &p0, &p1);
  shape_t *ret = (shape_t *)RET;
  host_echo_shape(s.tag, p0, p1, ret);
  t_shape(ret);
  return ret;
}
POST(echo_shape, "echo-shape")

EXPORT(GUEST "echo-shapes") list_t *echo_shapes(void *ptr, size_t len) {
  list_t l = {ptr, len};
  t_shapes(&l);
  list_t *ret = (list_t *)RET;
  host_echo_shapes(l.ptr, l.len, ret);
  t_shapes(ret);
  return ret;
}
POST(echo_shapes, "echo-shapes")
