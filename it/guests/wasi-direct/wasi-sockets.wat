;; A command that asks for wasi:sockets, which witj's WASI 0.2 host does not implement: linking it
;; fails naming the interface (WasiDirectGuestTest). Wrapped by it/guests/build-guests.sh.
(module
  (import "wasi:sockets/instance-network@0.2.0" "instance-network" (func $instance_network (result i32)))
  (func (export "wasi:cli/run@0.2.0#run") (result i32)
    (drop (call $instance_network))
    (i32.const 0)))
