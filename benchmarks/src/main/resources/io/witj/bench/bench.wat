;; The guest of world witj:bench/bench (src/main/wit/bench.wit), compiled with wat2wasm at benchmark
;; setup. Memory layout: a 24-byte return area for the import at 16, one for the export at 48, a bump
;; heap from 1024.
(module
  (import "witj:bench/summarize" "summarize"
    (func $summarize_import (param i32 i32 i32 i32 i32)))
  (memory (export "memory") 2)
  (global $heap (mut i32) (i32.const 1024))

  ;; Bump allocator: never frees by itself; post-return and `drive` reset the heap.
  (func $realloc (export "cabi_realloc")
    (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
    (local $ptr i32)
    (local.set $ptr
      (i32.and
        (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
        (i32.sub (i32.const 0) (local.get $align))))
    (global.set $heap (i32.add (local.get $ptr) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.mul (memory.size) (i32.const 65536)))
      (then
        (if (i32.lt_s
              (memory.grow
                (i32.shr_u
                  (i32.add
                    (i32.sub (global.get $heap) (i32.mul (memory.size) (i32.const 65536)))
                    (i32.const 65535))
                  (i32.const 16)))
              (i32.const 0))
          (then unreachable))))
    (if (local.get $old_size)
      (then (memory.copy (local.get $ptr) (local.get $old) (local.get $old_size))))
    (local.get $ptr))

  ;; summarize(s, xs) = {count: len(xs), total: sum(xs), label: s}; the label is the argument's own
  ;; allocation, freed by post-return.
  (func (export "witj:bench/summarize#summarize")
    (param $s i32) (param $s_len i32) (param $xs i32) (param $xs_len i32) (result i32)
    (local $i i32) (local $total i64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $xs_len)))
        (local.set $total
          (i64.add (local.get $total)
            (i64.load32_u (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store (i32.const 48) (local.get $xs_len))
    (i64.store (i32.const 56) (local.get $total))
    (i32.store (i32.const 64) (local.get $s))
    (i32.store (i32.const 68) (local.get $s_len))
    (i32.const 48))

  (func (export "cabi_post_witj:bench/summarize#summarize") (param i32)
    (global.set $heap (i32.const 1024)))

  ;; Calls the imported summarize n times (n >= 1) with (s, xs); after each call frees the label the
  ;; host allocated by resetting the heap. Returns the last count.
  (func (export "drive")
    (param $n i32) (param $s i32) (param $s_len i32) (param $xs i32) (param $xs_len i32) (result i32)
    (local $mark i32) (local $i i32)
    (local.set $mark (global.get $heap))
    (loop $next
      (call $summarize_import
        (local.get $s) (local.get $s_len) (local.get $xs) (local.get $xs_len) (i32.const 16))
      (global.set $heap (local.get $mark))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (i32.load (i32.const 16))))
