/* The guest's allocator: cabi_realloc and temporaries come from an arena that post-return resets. */
#include <stdlib.h>
#include <string.h>

#include "roundtrip.h"

uint8_t RET[128] __attribute__((aligned(8)));

static void **blocks;
static size_t block_count;
static size_t block_capacity;
static uint32_t post_returns;

void *arena_alloc(size_t size) {
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

void arena_reset(void) {
  for (size_t i = 0; i < block_count; i++) free(blocks[i]);
  block_count = 0;
}

void post_return(void) {
  arena_reset();
  post_returns++;
}

/* malloc aligns to at least 8, the largest Canonical ABI alignment. */
EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
  if (align > 8) abort();
  void *p = arena_alloc(new_size);
  if (old) memcpy(p, old, old_size < new_size ? old_size : new_size);
  return p;
}

EXPORT("post-return-count")
uint32_t post_return_count(void) {
  return post_returns;
}
