/* traps: exports that return values breaking the Canonical ABI, and calls that pass such values. */
#include "roundtrip.h"

#define GUEST PKG "traps" VER "#"

IMPORT(PKG "host-basics" VER, "echo-string") void host_echo_string(const char *ptr, size_t len, str_t *ret);
IMPORT(PKG "host-more" VER, "echo-char") uint32_t host_echo_char(uint32_t c);
IMPORT(PKG "host-more" VER, "echo-color") uint32_t host_echo_color(uint32_t c);
IMPORT(PKG "counters" VER, "[constructor]counter") int32_t counter_new(int32_t start);
IMPORT(PKG "counters" VER, "[method]counter.get") int32_t counter_get(int32_t self);
IMPORT(PKG "counters" VER, "[resource-drop]counter") void counter_drop(int32_t handle);

static const char BAD_UTF8[2] = {(char)0xc3, 0x28};
static uint64_t WORDS[2];

EXPORT(GUEST "bad-discriminant") shape_t *bad_discriminant(void) {
  shape_t *ret = (shape_t *)RET;
  ret->tag = 9;
  return ret;
}

EXPORT(GUEST "bad-enum") uint32_t bad_enum(void) {
  return 7;
}

EXPORT(GUEST "bad-option") opt_u32_t *bad_option(void) {
  opt_u32_t *ret = (opt_u32_t *)RET;
  *ret = (opt_u32_t){2, 1};
  return ret;
}

EXPORT(GUEST "bad-char") uint32_t bad_char(void) {
  return 0x110000;
}

EXPORT(GUEST "surrogate") uint32_t surrogate(void) {
  return 0xd800;
}

EXPORT(GUEST "bad-string-pointer") str_t *bad_string_pointer(void) {
  str_t *ret = (str_t *)RET;
  *ret = (str_t){(char *)0xffffff00, 100};
  return ret;
}

EXPORT(GUEST "bad-utf8") str_t *bad_utf8(void) {
  str_t *ret = (str_t *)RET;
  *ret = (str_t){(char *)BAD_UTF8, 2};
  return ret;
}

EXPORT(GUEST "misaligned-list") list_t *misaligned_list(void) {
  list_t *ret = (list_t *)RET;
  *ret = (list_t){(uint8_t *)WORDS + 1, 2};
  return ret;
}

EXPORT(GUEST "huge-list") list_t *huge_list(void) {
  list_t *ret = (list_t *)RET;
  *ret = (list_t){WORDS, 0x7fffffff};
  return ret;
}

EXPORT(GUEST "bad-return-area") void *bad_return_area(void) {
  return (void *)0xfffffff0;
}

EXPORT(GUEST "extra-flag-bits") uint32_t extra_flag_bits(void) {
  return 0xff;
}

EXPORT(GUEST "send-bad-utf8") void send_bad_utf8(void) {
  host_echo_string(BAD_UTF8, 2, (str_t *)RET);
}

EXPORT(GUEST "send-surrogate") void send_surrogate(void) {
  host_echo_char(0xd800);
}

EXPORT(GUEST "send-bad-enum") void send_bad_enum(void) {
  host_echo_color(9);
}

EXPORT(GUEST "send-bad-handle") void send_bad_handle(void) {
  counter_get(999);
}

EXPORT(GUEST "drop-twice") void drop_twice(void) {
  int32_t c = counter_new(1);
  counter_drop(c);
  counter_drop(c);
}
