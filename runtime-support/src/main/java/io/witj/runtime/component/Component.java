package io.witj.runtime.component;

import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A component ready to be linked and run as it is: its {@link ComponentGraph} and every core module
 * parsed by Chicory. Parsing is the costly step (seconds for a 12 MB componentize-js guest): read a
 * component once and link it as often as needed, e.g. once per world instance.
 *
 * <pre>{@code
 * Component component = Component.fromPath(Path.of("app.component.wasm"));
 * try (App app = App.builder(component).hostInterfaces(wasi).build()) { ... }
 * }</pre>
 */
public final class Component {
  private final ComponentGraph graph;
  private final List<WasmModule> modules;

  private Component(ComponentGraph graph, List<WasmModule> modules) {
    this.graph = graph;
    this.modules = List.copyOf(modules);
  }

  /**
   * Reads the component in {@code bytes} and parses its core modules.
   *
   * @throws ComponentReadException if the bytes are not a component this runtime can link
   */
  public static Component fromBytes(byte[] bytes) {
    ComponentGraph graph = ComponentGraphReader.read(bytes);
    List<WasmModule> modules = new ArrayList<>();
    for (ComponentGraph.ModuleDef def : graph.modules()) {
      byte[] module =
          java.util.Arrays.copyOfRange(bytes, def.offset(), def.offset() + def.info().size());
      if (EmptyImportNames.needed(def.info())) {
        module = EmptyImportNames.rename(module);
      }
      modules.add(CoreModuleParser.parse(module, "core module #" + def.index()));
    }
    return new Component(graph, modules);
  }

  /**
   * Reads the component in the file at {@code path}.
   *
   * @throws IOException if the file cannot be read
   * @throws ComponentReadException if it is not a component this runtime can link
   */
  public static Component fromPath(Path path) throws IOException {
    return fromBytes(Files.readAllBytes(path));
  }

  /** The instantiation graph. */
  public ComponentGraph graph() {
    return graph;
  }

  /** Core module {@code index}, parsed (with empty import names renamed, see below). */
  public WasmModule module(int index) {
    return modules.get(index);
  }

  /**
   * The field name an import of core module {@code index} has in the component, for one Chicory
   * parsed: {@code ("", "")} imports appear in the parsed module as {@code ("",
   * "<witj:empty-name>")} (Chicory 1.6.1 rejects imports whose module and field are both empty).
   */
  public static String originalImportName(String module, String field) {
    Objects.requireNonNull(field, "field");
    return module.isEmpty() && field.equals(EmptyImportNames.PLACEHOLDER) ? "" : field;
  }

  /** A summary: {@link ComponentGraph#describe()}. */
  public String describe() {
    return graph.describe();
  }

  @Override
  public String toString() {
    return describe();
  }
}
