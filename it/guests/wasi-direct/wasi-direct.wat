;; A WASI 0.2 command written by hand: no libc, no preview1 adapter. Its Canonical ABI code is the
;; lowered signatures below (wit-component's core names for world witj-test:wasi-direct, ./wit) and
;; the reading of their return areas. `run` prints four lines to stdout and one to stderr:
;;   args: <each argument, space-separated>
;;   wall-clock: <seconds>.<nanoseconds, 9 digits>
;;   random bytes: <16 bytes of get-random-bytes in hex>
;;   random u64: <get-random-u64 in hex, 16 digits>
;; then drops both streams and returns ok (err when a write fails).
;; Wrapped as a component by it/guests/build-guests.sh (jco's parse, componentEmbed, componentNew).
(module
  (import "wasi:cli/environment@0.2.0" "get-arguments" (func $get_arguments (param i32)))
  (import "wasi:cli/stdout@0.2.0" "get-stdout" (func $get_stdout (result i32)))
  (import "wasi:cli/stderr@0.2.0" "get-stderr" (func $get_stderr (result i32)))
  (import "wasi:io/streams@0.2.0" "[method]output-stream.blocking-write-and-flush"
    (func $blocking_write_and_flush (param i32 i32 i32 i32)))
  (import "wasi:io/streams@0.2.0" "[resource-drop]output-stream"
    (func $drop_output_stream (param i32)))
  (import "wasi:clocks/wall-clock@0.2.0" "now" (func $now (param i32)))
  (import "wasi:random/random@0.2.0" "get-random-bytes" (func $get_random_bytes (param i64 i32)))
  (import "wasi:random/random@0.2.0" "get-random-u64" (func $get_random_u64 (result i64)))

  ;; 0x000-0x07f return areas, 0x080-0x09f digits, 0x100-0x1ff text, 0x400-0xfff the line being
  ;; written, 0x1000- what the host allocates through cabi_realloc (a bump allocator).
  (memory (export "memory") 1)
  (global $line_len (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 0x1000))
  (data (i32.const 0x100) "args:")
  (data (i32.const 0x110) "wall-clock: ")
  (data (i32.const 0x120) "random bytes: ")
  (data (i32.const 0x130) "random u64: ")
  (data (i32.const 0x140) "hello on stderr")
  (data (i32.const 0x150) "0123456789abcdef")

  ;; Allocation only: the host never grows a block it was given, so old_ptr must be 0.
  (func $cabi_realloc (export "cabi_realloc")
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

  ;; Appends $len bytes at $ptr to the line.
  (func $put (param $ptr i32) (param $len i32)
    (if (i32.gt_u (i32.add (global.get $line_len) (local.get $len)) (i32.const 0xc00))
      (then (unreachable)))
    (memory.copy
      (i32.add (i32.const 0x400) (global.get $line_len)) (local.get $ptr) (local.get $len))
    (global.set $line_len (i32.add (global.get $line_len) (local.get $len))))

  (func $put_byte (param $byte i32)
    (i32.store8 (i32.const 0x80) (local.get $byte))
    (call $put (i32.const 0x80) (i32.const 1)))

  ;; Appends $value in decimal, zero-padded to at least $width digits.
  (func $put_decimal (param $value i64) (param $width i32)
    (local $p i32)
    (local.set $p (i32.const 0xa0))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $value) (i64.const 10)))))
      (local.set $value (i64.div_u (local.get $value) (i64.const 10)))
      (local.set $width (i32.sub (local.get $width) (i32.const 1)))
      (br_if $digit
        (i32.or
          (i64.ne (local.get $value) (i64.const 0))
          (i32.gt_s (local.get $width) (i32.const 0)))))
    (call $put (local.get $p) (i32.sub (i32.const 0xa0) (local.get $p))))

  (func $put_hex_byte (param $byte i32)
    (call $put (i32.add (i32.const 0x150) (i32.shr_u (local.get $byte) (i32.const 4))) (i32.const 1))
    (call $put (i32.add (i32.const 0x150) (i32.and (local.get $byte) (i32.const 15))) (i32.const 1)))

  ;; Writes the line and a newline to $stream; returns the result's discriminant (0: ok).
  (func $write_line (param $stream i32) (result i32)
    (call $put_byte (i32.const 10))
    (call $blocking_write_and_flush
      (local.get $stream) (i32.const 0x400) (global.get $line_len) (i32.const 0))
    (global.set $line_len (i32.const 0))
    (i32.load8_u (i32.const 0)))

  (func $run (export "wasi:cli/run@0.2.0#run") (result i32)
    (local $stdout i32)
    (local $stderr i32)
    (local $list i32)
    (local $count i32)
    (local $i i32)
    (local $string i32)
    (local $u64 i64)
    (local.set $stdout (call $get_stdout))

    ;; list<string> at 0x20: (pointer, count), each string (pointer, length)
    (call $get_arguments (i32.const 0x20))
    (local.set $list (i32.load (i32.const 0x20)))
    (local.set $count (i32.load (i32.const 0x24)))
    (call $put (i32.const 0x100) (i32.const 5))
    (local.set $i (i32.const 0))
    (block $done
      (loop $argument
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $string (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 3))))
        (call $put_byte (i32.const 32))
        (call $put (i32.load (local.get $string)) (i32.load offset=4 (local.get $string)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $argument)))
    (if (call $write_line (local.get $stdout)) (then (return (i32.const 1))))

    ;; datetime at 0x10: seconds u64, nanoseconds u32
    (call $now (i32.const 0x10))
    (call $put (i32.const 0x110) (i32.const 12))
    (call $put_decimal (i64.load (i32.const 0x10)) (i32.const 1))
    (call $put_byte (i32.const 46))
    (call $put_decimal (i64.extend_i32_u (i32.load (i32.const 0x18))) (i32.const 9))
    (if (call $write_line (local.get $stdout)) (then (return (i32.const 1))))

    ;; list<u8> at 0x20: (pointer, length)
    (call $get_random_bytes (i64.const 16) (i32.const 0x20))
    (local.set $list (i32.load (i32.const 0x20)))
    (local.set $count (i32.load (i32.const 0x24)))
    (call $put (i32.const 0x120) (i32.const 14))
    (local.set $i (i32.const 0))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (call $put_hex_byte (i32.load8_u (i32.add (local.get $list) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (if (call $write_line (local.get $stdout)) (then (return (i32.const 1))))

    (local.set $u64 (call $get_random_u64))
    (call $put (i32.const 0x130) (i32.const 12))
    (local.set $i (i32.const 56))
    (loop $byte
      (call $put_hex_byte
        (i32.and (i32.wrap_i64 (i64.shr_u (local.get $u64) (i64.extend_i32_u (local.get $i))))
                 (i32.const 255)))
      (local.set $i (i32.sub (local.get $i) (i32.const 8)))
      (br_if $byte (i32.ge_s (local.get $i) (i32.const 0))))
    (if (call $write_line (local.get $stdout)) (then (return (i32.const 1))))

    (local.set $stderr (call $get_stderr))
    (call $put (i32.const 0x140) (i32.const 15))
    (if (call $write_line (local.get $stderr)) (then (return (i32.const 1))))
    (call $drop_output_stream (local.get $stderr))
    (call $drop_output_stream (local.get $stdout))
    (i32.const 0)))
