;; Writes `howdy\n` to stdout with one WASI preview1 fd_write per call of `print`: no libc, so no
;; buffering (a C guest's printf is line-buffered only where stdout is a terminal). Wrapped with
;; jco's preview1 reactor adapter by it/guests/build-guests.sh. StdoutWriterTest runs it both ways
;; (its guest module over Chicory's WasiPreview1, the component over witj's WASI 0.2 host), and
;; the benchmark WasiCost compares the cost of the write.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))

  ;; 0x00 the iovec, 0x08 the count written, 0x10 the text, 0x1000- what cabi_realloc hands out
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 0x1000))
  (data (i32.const 0x10) "howdy\n")

  ;; Allocation only (the adapter's state): old_ptr must be 0.
  (func (export "cabi_realloc")
    (param $old_ptr i32) (param $old_size i32) (param $align i32) (param $new_size i32) (result i32)
    (local $ptr i32)
    (local $end i32)
    (if (local.get $old_ptr) (then (unreachable)))
    (local.set $ptr
      (i32.and
        (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
        (i32.sub (i32.const 0) (local.get $align))))
    (local.set $end (i32.add (local.get $ptr) (local.get $new_size)))
    (if (i32.lt_u (local.get $end) (local.get $ptr)) (then (unreachable)))
    (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
      (then
        (if (i32.eq
              (memory.grow
                (i32.shr_u
                  (i32.add
                    (i32.sub (local.get $end) (i32.shl (memory.size) (i32.const 16)))
                    (i32.const 0xffff))
                  (i32.const 16)))
              (i32.const -1))
          (then (unreachable)))))
    (global.set $heap (local.get $end))
    (local.get $ptr))

  ;; One fd_write(1, [iovec 0x10, 6]) per call; traps unless it wrote all 6 bytes.
  (func (export "print")
    (i32.store (i32.const 0x00) (i32.const 0x10))
    (i32.store (i32.const 0x04) (i32.const 6))
    (if (call $fd_write (i32.const 1) (i32.const 0x00) (i32.const 1) (i32.const 0x08))
      (then (unreachable)))
    (if (i32.ne (i32.load (i32.const 0x08)) (i32.const 6))
      (then (unreachable)))))
