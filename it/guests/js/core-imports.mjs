// Lists the core modules inside a component binary and each one's imports, by reading the
// binary directly (component section 1 = core module, section 4 = nested component).

function reader(bytes, start, end) {
  let pos = start;
  const r = {
    get pos() { return pos; },
    set pos(p) { pos = p; },
    end,
    byte() { return bytes[pos++]; },
    u32() {
      let result = 0; let shift = 0; let b;
      do { b = bytes[pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return result;
    },
    name() {
      const n = r.u32();
      const s = new TextDecoder().decode(bytes.subarray(pos, pos + n));
      pos += n;
      return s;
    },
  };
  return r;
}

function limits(r) {
  const flags = r.byte();
  r.u32();
  if (flags & 1) r.u32();
}

function moduleImports(bytes, start, end) {
  const r = reader(bytes, start + 8, end);
  const imports = [];
  while (r.pos < end) {
    const id = r.byte();
    const size = r.u32();
    const next = r.pos + size;
    if (id === 2) {
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        const mod = r.name();
        const field = r.name();
        const kind = r.byte();
        if (kind === 0x00) r.u32();
        else if (kind === 0x01) { const t = r.byte(); if (t === 0x63 || t === 0x64) r.byte(); limits(r); }
        else if (kind === 0x02) limits(r);
        else if (kind === 0x03) { r.byte(); r.byte(); }
        else if (kind === 0x04) { r.byte(); r.u32(); }
        else throw new Error(`unknown import kind ${kind} for ${mod}#${field}`);
        imports.push([mod, field]);
      }
    }
    r.pos = next;
  }
  return imports;
}

/** Returns [{size, imports: [[module, field], …]}] for every core module of the component. */
export function coreImports(bytes, start = 0, end = bytes.length, out = []) {
  const r = reader(bytes, start + 8, end);
  while (r.pos < end) {
    const id = r.byte();
    const size = r.u32();
    const next = r.pos + size;
    if (id === 1) out.push({ size, imports: moduleImports(bytes, r.pos, next) });
    else if (id === 4) coreImports(bytes, r.pos, next, out);
    r.pos = next;
  }
  return out;
}
