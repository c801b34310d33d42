//! The Rust guest of world `witj:roundtrip/roundtrip-rust`: guest-basics and accumulators with
//! hand-written Canonical ABI code (no crates). Layouts are `#[repr(C)]` structs, which on wasm32
//! match the Canonical ABI; every value is transformed in place as ../README.md describes.

use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Str { ptr: *mut u8, len: usize }

#[repr(C)]
#[derive(Clone, Copy)]
pub struct List { ptr: *mut u8, len: usize }

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Point { x: i32, y: i32 }

#[repr(C)]
pub struct OptPoint { tag: u8, val: Point }

#[repr(C)]
pub struct Person { name: Str, age: u8, tags: List, scores: List, home: OptPoint }

#[repr(C)]
#[derive(Clone, Copy)]
union ShapePayload { circle: f32, rect: Point, label: Str, path: List }

#[repr(C)]
pub struct Shape { tag: u8, val: ShapePayload }

const _: () = assert!(std::mem::size_of::<Person>() == 40 && std::mem::size_of::<Shape>() == 12);

// ---- allocation: cabi_realloc and temporaries live until the next post-return ----

static mut BLOCKS: Vec<(*mut u8, Layout)> = Vec::new();
static mut RET: [u64; 8] = [0; 8];

fn ret<T>() -> *mut T {
    unsafe { RET.as_mut_ptr() as *mut T }
}

fn arena_alloc(size: usize, align: usize) -> *mut u8 {
    let layout = Layout::from_size_align(size.max(1), align).unwrap();
    unsafe {
        let p = alloc(layout);
        if p.is_null() {
            std::process::abort();
        }
        BLOCKS.push((p, layout));
        p
    }
}

fn arena_reset() {
    unsafe {
        for (p, layout) in BLOCKS.drain(..) {
            dealloc(p, layout);
        }
    }
}

#[export_name = "cabi_realloc"]
pub unsafe extern "C" fn cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    let p = arena_alloc(new_size, align);
    if !old.is_null() {
        ptr::copy_nonoverlapping(old, p, old_size.min(new_size));
    }
    p
}

// ---- transforms, in place ----

unsafe fn slice<'a, T>(l: &List) -> &'a mut [T] {
    if l.len == 0 { &mut [] } else { std::slice::from_raw_parts_mut(l.ptr as *mut T, l.len) }
}

unsafe fn t_str(s: &mut Str) {
    let bytes = slice::<u8>(&List { ptr: s.ptr, len: s.len });
    bytes.make_ascii_uppercase();
}

unsafe fn t_strs(l: &mut List) {
    let e = slice::<Str>(l);
    e.iter_mut().for_each(|s| t_str(s));
    e.reverse();
}

unsafe fn t_bytes(l: &mut List) {
    let e = slice::<u8>(l);
    e.iter_mut().for_each(|b| *b = b.wrapping_add(1));
    e.reverse();
}

unsafe fn t_u32s(l: &mut List) {
    let e = slice::<u32>(l);
    e.iter_mut().for_each(|x| *x = x.wrapping_add(1));
    e.reverse();
}

fn t_point(p: &mut Point) {
    p.x = p.x.wrapping_add(1);
    p.y = p.y.wrapping_add(1);
}

unsafe fn t_person(p: &mut Person) {
    t_str(&mut p.name);
    p.age = p.age.wrapping_add(1);
    t_strs(&mut p.tags);
    t_u32s(&mut p.scores);
    if p.home.tag != 0 {
        t_point(&mut p.home.val);
    }
}

unsafe fn t_people(l: &mut List) {
    let e = slice::<Person>(l);
    e.iter_mut().for_each(|p| t_person(p));
    e.reverse();
}

unsafe fn t_shape(s: &mut Shape) {
    match s.tag {
        1 => s.val.circle *= 2.0,
        2 => t_point(&mut s.val.rect),
        3 => t_str(&mut s.val.label),
        4 => {
            let e = slice::<Point>(&s.val.path);
            e.iter_mut().for_each(t_point);
            e.reverse();
        }
        _ => {}
    }
}

unsafe fn t_shapes(l: &mut List) {
    let e = slice::<Shape>(l);
    e.iter_mut().for_each(|s| t_shape(s));
    e.reverse();
}

// ---- guest-basics ----

#[link(wasm_import_module = "witj:roundtrip/host-basics@0.1.0")]
extern "C" {
    #[link_name = "echo-string"]
    fn host_echo_string(ptr: *mut u8, len: usize, ret: *mut Str);
    #[link_name = "echo-strings"]
    fn host_echo_strings(ptr: *mut u8, len: usize, ret: *mut List);
    #[link_name = "echo-bytes"]
    fn host_echo_bytes(ptr: *mut u8, len: usize, ret: *mut List);
    #[link_name = "echo-u32s"]
    fn host_echo_u32s(ptr: *mut u8, len: usize, ret: *mut List);
    #[link_name = "echo-point"]
    fn host_echo_point(x: i32, y: i32, ret: *mut Point);
    #[link_name = "echo-person"]
    fn host_echo_person(name: *mut u8, name_len: usize, age: u32, tags: *mut u8, tags_len: usize,
        scores: *mut u8, scores_len: usize, home_tag: u32, home_x: i32, home_y: i32, ret: *mut Person);
    #[link_name = "echo-people"]
    fn host_echo_people(ptr: *mut u8, len: usize, ret: *mut List);
    #[link_name = "echo-shape"]
    fn host_echo_shape(tag: u32, p0: i32, p1: i32, ret: *mut Shape);
    #[link_name = "echo-shapes"]
    fn host_echo_shapes(ptr: *mut u8, len: usize, ret: *mut List);
}

/// An export taking one list or string and returning one through the return area.
macro_rules! echo_list {
    ($name:literal, $post:literal, $fn:ident, $post_fn:ident, $ty:ident, $t:ident, $host:ident) => {
        #[export_name = $name]
        pub unsafe extern "C" fn $fn(ptr: *mut u8, len: usize) -> *mut $ty {
            let mut arg = $ty { ptr, len };
            $t(&mut arg);
            let r = ret::<$ty>();
            $host(arg.ptr, arg.len, r);
            $t(&mut *r);
            r
        }

        #[export_name = $post]
        pub extern "C" fn $post_fn(_ret: *mut u8) {
            arena_reset();
        }
    };
}

echo_list!("witj:roundtrip/guest-basics@0.1.0#echo-string", "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-string",
    echo_string, post_echo_string, Str, t_str, host_echo_string);
echo_list!("witj:roundtrip/guest-basics@0.1.0#echo-strings", "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-strings",
    echo_strings, post_echo_strings, List, t_strs, host_echo_strings);
echo_list!("witj:roundtrip/guest-basics@0.1.0#echo-bytes", "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-bytes",
    echo_bytes, post_echo_bytes, List, t_bytes, host_echo_bytes);
echo_list!("witj:roundtrip/guest-basics@0.1.0#echo-u32s", "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-u32s",
    echo_u32s, post_echo_u32s, List, t_u32s, host_echo_u32s);
echo_list!("witj:roundtrip/guest-basics@0.1.0#echo-people", "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-people",
    echo_people, post_echo_people, List, t_people, host_echo_people);
echo_list!("witj:roundtrip/guest-basics@0.1.0#echo-shapes", "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-shapes",
    echo_shapes, post_echo_shapes, List, t_shapes, host_echo_shapes);

#[export_name = "witj:roundtrip/guest-basics@0.1.0#echo-point"]
pub unsafe extern "C" fn echo_point(x: i32, y: i32) -> *mut Point {
    let mut p = Point { x, y };
    t_point(&mut p);
    let r = ret::<Point>();
    host_echo_point(p.x, p.y, r);
    t_point(&mut *r);
    arena_reset();
    r
}

#[export_name = "witj:roundtrip/guest-basics@0.1.0#echo-person"]
pub unsafe extern "C" fn echo_person(name: *mut u8, name_len: usize, age: u32, tags: *mut u8, tags_len: usize,
    scores: *mut u8, scores_len: usize, home_tag: u32, home_x: i32, home_y: i32) -> *mut Person {
    let home = if home_tag != 0 { Point { x: home_x, y: home_y } } else { Point { x: 0, y: 0 } };
    let mut p = Person {
        name: Str { ptr: name, len: name_len },
        age: age as u8,
        tags: List { ptr: tags, len: tags_len },
        scores: List { ptr: scores, len: scores_len },
        home: OptPoint { tag: home_tag as u8, val: home },
    };
    t_person(&mut p);
    let r = ret::<Person>();
    host_echo_person(p.name.ptr, p.name.len, p.age as u32, p.tags.ptr, p.tags.len, p.scores.ptr,
        p.scores.len, p.home.tag as u32, p.home.val.x, p.home.val.y, r);
    t_person(&mut *r);
    r
}

#[export_name = "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-person"]
pub extern "C" fn post_echo_person(_ret: *mut u8) {
    arena_reset();
}

#[export_name = "witj:roundtrip/guest-basics@0.1.0#echo-shape"]
pub unsafe extern "C" fn echo_shape(tag: u32, p0: i32, p1: i32) -> *mut Shape {
    let val = match tag {
        1 => ShapePayload { circle: f32::from_bits(p0 as u32) },
        2 => ShapePayload { rect: Point { x: p0, y: p1 } },
        3 => ShapePayload { label: Str { ptr: p0 as *mut u8, len: p1 as usize } },
        4 => ShapePayload { path: List { ptr: p0 as *mut u8, len: p1 as usize } },
        _ => ShapePayload { rect: Point { x: 0, y: 0 } },
    };
    let mut s = Shape { tag: tag as u8, val };
    t_shape(&mut s);
    let (q0, q1) = match s.tag {
        1 => (s.val.circle.to_bits() as i32, 0),
        2 => (s.val.rect.x, s.val.rect.y),
        3 => (s.val.label.ptr as i32, s.val.label.len as i32),
        4 => (s.val.path.ptr as i32, s.val.path.len as i32),
        _ => (0, 0),
    };
    let r = ret::<Shape>();
    host_echo_shape(s.tag as u32, q0, q1, r);
    t_shape(&mut *r);
    r
}

#[export_name = "cabi_post_witj:roundtrip/guest-basics@0.1.0#echo-shape"]
pub extern "C" fn post_echo_shape(_ret: *mut u8) {
    arena_reset();
}

// ---- accumulators ----

#[link(wasm_import_module = "witj:roundtrip/counters@0.1.0")]
extern "C" {
    #[link_name = "[constructor]counter"]
    fn counter_new(start: i32) -> i32;
    #[link_name = "[method]counter.add"]
    fn counter_add(handle: i32, n: i32) -> i32;
    #[link_name = "[method]counter.get"]
    fn counter_get(handle: i32) -> i32;
    #[link_name = "[static]counter.merge"]
    fn counter_merge(a: i32, b: i32) -> i32;
    #[link_name = "consume"]
    fn counters_consume(handle: i32) -> i32;
    #[link_name = "[resource-drop]counter"]
    fn counter_drop(handle: i32);
}

#[link(wasm_import_module = "[export]witj:roundtrip/accumulators@0.1.0")]
extern "C" {
    #[link_name = "[resource-new]accumulator"]
    fn accumulator_new(rep: i32) -> i32;
    #[link_name = "[resource-rep]accumulator"]
    fn accumulator_rep(handle: i32) -> i32;
    #[link_name = "[resource-drop]accumulator"]
    fn accumulator_drop(handle: i32);
}

/// The representation of an accumulator; its address is the rep.
pub struct Accumulator { label: Vec<u8>, total: u64 }

static mut DTORS: u32 = 0;

unsafe fn create(label: &[u8], total: u64) -> i32 {
    let rep = Box::into_raw(Box::new(Accumulator { label: label.to_vec(), total })) as i32;
    let handle = accumulator_new(rep);
    if accumulator_rep(handle) != rep {
        std::process::abort();
    }
    handle
}

unsafe fn bytes<'a>(ptr: *mut u8, len: usize) -> &'a [u8] {
    slice::<u8>(&List { ptr, len })
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[constructor]accumulator"]
pub unsafe extern "C" fn accumulator_constructor(label: *mut u8, len: usize) -> i32 {
    let handle = create(bytes(label, len), 0);
    arena_reset();
    handle
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[method]accumulator.push"]
pub extern "C" fn accumulator_push(this: &mut Accumulator, x: u32) {
    this.total += x as u64;
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[method]accumulator.total"]
pub extern "C" fn accumulator_total(this: &Accumulator) -> u64 {
    this.total
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[method]accumulator.label"]
pub unsafe extern "C" fn accumulator_label(this: &mut Accumulator) -> *mut Str {
    let r = ret::<Str>();
    *r = Str { ptr: this.label.as_mut_ptr(), len: this.label.len() };
    r
}

#[export_name = "cabi_post_witj:roundtrip/accumulators@0.1.0#[method]accumulator.label"]
pub extern "C" fn post_accumulator_label(_ret: *mut u8) {
    arena_reset();
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[static]accumulator.make"]
pub unsafe extern "C" fn accumulator_make(label: *mut u8, len: usize, n: u32) -> i32 {
    accumulator_drop(create(b"scratch", 0));
    let n = n as u64;
    let handle = create(bytes(label, len), n * n.saturating_sub(1) / 2);
    arena_reset();
    handle
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[method]accumulator.absorb"]
pub extern "C" fn accumulator_absorb(this: &mut Accumulator, other: &Accumulator) {
    this.total += other.total;
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#[dtor]accumulator"]
pub unsafe extern "C" fn accumulator_dtor(rep: *mut Accumulator) {
    drop(Box::from_raw(rep));
    DTORS += 1;
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#dtor-count"]
pub unsafe extern "C" fn dtor_count() -> u32 {
    DTORS
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#use-counters"]
pub unsafe extern "C" fn use_counters(start: i32) -> i32 {
    let c = counter_new(start);
    if counter_add(c, 5) != start + 5 {
        std::process::abort();
    }
    let d = counter_new(10);
    let merged = counter_merge(c, d);
    counter_drop(c);
    counter_drop(d);
    if counter_get(merged) != start + 15 {
        std::process::abort();
    }
    counters_consume(merged)
}

/// A borrowed handle must be dropped before the call returns.
#[export_name = "witj:roundtrip/accumulators@0.1.0#peek"]
pub unsafe extern "C" fn peek(borrowed: i32) -> i32 {
    let value = counter_get(borrowed);
    counter_drop(borrowed);
    value
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#take"]
pub unsafe extern "C" fn take(owned: i32) -> i32 {
    let value = counter_get(owned);
    counter_drop(owned);
    value
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#give"]
pub unsafe extern "C" fn give(start: i32) -> i32 {
    counter_new(start)
}

#[export_name = "witj:roundtrip/accumulators@0.1.0#forge-handle"]
pub extern "C" fn forge_handle() -> i32 {
    12345
}
