package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.List;
import java.util.Map;

/**
 * A WAT guest that forwards every function of the interfaces a world both imports and exports: the
 * export {@code ns:pkg/i#f} passes its core arguments (flat, or the spilled-parameter pointer) to
 * the import {@code f} of module {@code ns:pkg/i} and returns what it returns (a flat value, or a
 * return area it allocates and lets the host fill). A host→guest→host→guest round trip thus runs
 * every lowering and lifting of the generated glue on both sides. Memory: 16 pages, a bump
 * allocator.
 */
final class ForwardingGuest {
  private ForwardingGuest() {}

  static byte[] wasm(Resolve resolve, String worldName) {
    return Wat2Wasm.parse(wat(resolve, worldName));
  }

  static String wat(Resolve resolve, String worldName) {
    World world =
        resolve.worlds().stream().filter(w -> w.name().equals(worldName)).findFirst().orElseThrow();
    AbiLayout layout = new AbiLayout(resolve);
    CoreNames names = CoreNames.LEGACY;
    StringBuilder imports = new StringBuilder();
    StringBuilder funcs = new StringBuilder();
    int n = 0;
    for (Map.Entry<WorldKey, WorldItem> e : world.exports().entrySet()) {
      if (!(e.getValue() instanceof WorldItem.InterfaceItem item)
          || !world.imports().containsKey(e.getKey())) {
        continue;
      }
      String key = CoreNames.worldKeyName(resolve, e.getKey());
      Interface iface = resolve.iface(item.interfaceId());
      for (Function f : iface.functions().values()) {
        FunctionAbi abi = FunctionAbi.of(layout, f);
        String h = "$h" + n++;
        imports.append(
            String.format(
                "  (import \"%s\" \"%s\" (func %s (param %s) (result %s)))%n",
                names.importModule(key),
                names.importFunction(f),
                h,
                types(abi.lower().params()),
                types(abi.lower().results())));
        funcs.append(
            String.format(
                "  (func (export \"%s\") (param %s) (result %s)%n",
                names.exportFunction(key, f),
                types(abi.lift().params()),
                types(abi.lift().results())));
        int count = abi.lift().params().size();
        if (abi.resultsSpilled()) {
          funcs.append(
              String.format(
                  "    (local $ret i32)%n    (local.set $ret (call $alloc (i32.const %d) (i32.const %d)))%n",
                  abi.resultsArea().layout().alignment(),
                  Math.max(1, abi.resultsArea().layout().size())));
        }
        funcs.append("    (call ").append(h);
        for (int i = 0; i < count; i++) {
          funcs.append(" (local.get ").append(i).append(')');
        }
        if (abi.resultsSpilled()) {
          funcs.append(" (local.get $ret))\n    (local.get $ret))\n");
        } else {
          funcs.append("))\n");
        }
      }
    }
    return "(module\n"
        + imports
        + """
          (memory (export "memory") 16)
          (global $bump (mut i32) (i32.const 1024))
          (func $alloc (param $align i32) (param $size i32) (result i32)
            (local $p i32)
            (local.set $p (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
                                   (i32.sub (i32.const 0) (local.get $align))))
            (global.set $bump (i32.add (local.get $p) (local.get $size)))
            (local.get $p))
          (func (export "cabi_realloc") (param $old i32) (param $oldSize i32) (param $align i32) (param $size i32) (result i32)
            (local $p i32)
            (local.set $p (call $alloc (local.get $align) (local.get $size)))
            (if (local.get $oldSize) (then (memory.copy (local.get $p) (local.get $old) (local.get $oldSize))))
            (local.get $p))
        """
        + funcs
        + ")\n";
  }

  private static String types(List<CoreType> types) {
    return String.join(" ", types.stream().map(CoreType::watName).toList());
  }
}
