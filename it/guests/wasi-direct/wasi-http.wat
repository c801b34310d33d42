;; A command that asks for wasi:http, which witj's WASI 0.2 host does not implement: linking it
;; fails naming the interface (WasiDirectGuestTest). Wrapped by it/guests/build-guests.sh.
(module
  (import "wasi:http/types@0.2.0" "[constructor]fields" (func $new_fields (result i32)))
  (func (export "wasi:cli/run@0.2.0#run") (result i32)
    (drop (call $new_fields))
    (i32.const 0)))
