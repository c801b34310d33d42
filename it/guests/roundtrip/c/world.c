/* World-level items: the log import, the hello export, and the constructor _initialize runs. */
#include <string.h>

#include "roundtrip.h"

IMPORT("$root", "log") void host_log(const char *ptr, size_t len);

static bool initialized;

__attribute__((constructor)) static void initialize(void) {
  initialized = true;
}

/* "hello, NAME", or "uninitialized, NAME" when _initialize has not run. */
EXPORT("hello") str_t *hello(char *name, size_t len) {
  const char *greeting = initialized ? "hello, " : "uninitialized, ";
  size_t prefix = strlen(greeting);
  char *text = arena_alloc(prefix + len);
  memcpy(text, greeting, prefix);
  memcpy(text + prefix, name, len);
  host_log(text, prefix + len);
  str_t *ret = (str_t *)RET;
  *ret = (str_t){text, prefix + len};
  return ret;
}

EXPORT("cabi_post_hello") void post_hello(void *ret) {
  (void)ret;
  post_return();
}
