/* The guest's transform of every value, in place: see ../README.md. */
#include <string.h>

#include "roundtrip.h"

void reverse(void *ptr, size_t len, size_t size) {
  uint8_t tmp[128];
  uint8_t *base = ptr;
  for (size_t i = 0, j = len ? len - 1 : 0; i < j; i++, j--) {
    memcpy(tmp, base + i * size, size);
    memcpy(base + i * size, base + j * size, size);
    memcpy(base + j * size, tmp, size);
  }
}

void t_str(str_t *s) {
  for (size_t i = 0; i < s->len; i++) {
    if (s->ptr[i] >= 'a' && s->ptr[i] <= 'z') s->ptr[i] -= 'a' - 'A';
  }
}

void t_strs(list_t *l) {
  str_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) t_str(&e[i]);
  reverse(l->ptr, l->len, sizeof(str_t));
}

void t_bytes(list_t *l) {
  uint8_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) e[i]++;
  reverse(l->ptr, l->len, 1);
}

void t_u32s(list_t *l) {
  uint32_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) e[i]++;
  reverse(l->ptr, l->len, 4);
}

void t_point(point_t *p) {
  p->x++;
  p->y++;
}

void t_person(person_t *p) {
  t_str(&p->name);
  p->age++;
  t_strs(&p->tags);
  t_u32s(&p->scores);
  if (p->home.tag) t_point(&p->home.val);
}

void t_people(list_t *l) {
  person_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) t_person(&e[i]);
  reverse(l->ptr, l->len, sizeof(person_t));
}

void t_shape(shape_t *s) {
  switch (s->tag) {
    case SHAPE_CIRCLE: s->val.circle *= 2; break;
    case SHAPE_RECT: t_point(&s->val.rect); break;
    case SHAPE_LABEL: t_str(&s->val.label); break;
    case SHAPE_PATH: {
      point_t *e = s->val.path.ptr;
      for (size_t i = 0; i < s->val.path.len; i++) t_point(&e[i]);
      reverse(e, s->val.path.len, sizeof(point_t));
      break;
    }
  }
}

void t_shapes(list_t *l) {
  shape_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) t_shape(&e[i]);
  reverse(l->ptr, l->len, sizeof(shape_t));
}

void t_num(num_t *n) {
  switch (n->tag) {
    case NUM_I: n->val.i++; break;
    case NUM_L: n->val.l++; break;
    case NUM_F: n->val.f *= 2; break;
    case NUM_D: n->val.d *= 2; break;
  }
}

void t_nums(list_t *l) {
  num_t *e = l->ptr;
  for (size_t i = 0; i < l->len; i++) t_num(&e[i]);
  reverse(l->ptr, l->len, sizeof(num_t));
}

uint8_t t_color(uint8_t c) {
  return (uint8_t)((c + 1) % 4);
}

uint32_t t_char(uint32_t c) {
  return c + 1;
}

void t_many(many_t *m) {
  m->a1++; m->a2++; m->a3++; m->a4++; m->a5 *= 2; m->a6 *= 2; m->a7 = t_char(m->a7);
  m->a8 = !m->a8; t_str(&m->a9); t_bytes(&m->a10); t_point(&m->a11); m->a12 = t_color(m->a12);
  if (m->a13.tag) m->a13.val++;
  m->a14++; m->a15++; m->a16++; m->a17 = (uint8_t)(~m->a17 & 7);
}

num_t num_from_flat(int32_t tag, int64_t payload) {
  num_t n = {.tag = (uint8_t)tag};
  uint32_t low = (uint32_t)payload;
  switch (tag) {
    case NUM_I: n.val.i = (int32_t)low; break;
    case NUM_L: n.val.l = payload; break;
    case NUM_F: memcpy(&n.val.f, &low, 4); break;
    case NUM_D: memcpy(&n.val.d, &payload, 8); break;
  }
  return n;
}

int64_t num_to_flat(const num_t *n) {
  uint32_t low = 0;
  int64_t wide = 0;
  switch (n->tag) {
    case NUM_I: return (int64_t)(uint32_t)n->val.i;
    case NUM_L: return n->val.l;
    case NUM_F: memcpy(&low, &n->val.f, 4); return (int64_t)low;
    case NUM_D: memcpy(&wide, &n->val.d, 8); return wide;
  }
  return 0;
}

shape_t shape_from_flat(int32_t tag, int32_t p0, int32_t p1) {
  shape_t s = {.tag = (uint8_t)tag};
  switch (tag) {
    case SHAPE_CIRCLE: memcpy(&s.val.circle, &p0, 4); break;
    case SHAPE_RECT: s.val.rect = (point_t){p0, p1}; break;
    case SHAPE_LABEL: s.val.label = (str_t){(char *)p0, (size_t)p1}; break;
    case SHAPE_PATH: s.val.path = (list_t){(void *)p0, (size_t)p1}; break;
  }
  return s;
}

void shape_to_flat(const shape_t *s, int32_t *p0, int32_t *p1) {
  *p0 = 0;
  *p1 = 0;
  switch (s->tag) {
    case SHAPE_CIRCLE: memcpy(p0, &s->val.circle, 4); break;
    case SHAPE_RECT: *p0 = s->val.rect.x; *p1 = s->val.rect.y; break;
    case SHAPE_LABEL: *p0 = (int32_t)s->val.label.ptr; *p1 = (int32_t)s->val.label.len; break;
    case SHAPE_PATH: *p0 = (int32_t)s->val.path.ptr; *p1 = (int32_t)s->val.path.len; break;
  }
}
