package io.witj.codegen.javamodel;

import com.palantir.javapoet.ClassName;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Java type generated for one side of a WIT interface, or for a world's own imports ({@code
 * <W>Imports}, then {@code interfaceId} is -1): the host interface (imports) or the class the glue
 * fills with typed calls (exports).
 *
 * @param witName how messages and comments name it: {@code ns:pkg/iface@ver}, or {@code ns:pkg/w#x}
 *     for an inline interface {@code x} of world {@code w}, or {@code ns:pkg/w} for world-level
 *     items
 * @param memberName unique name for the glue: builder setter (imports) or accessor on the world
 *     class (exports)
 * @param types declared types in WIT order (records, variants, enums, flags, resources)
 * @param functions free functions, constructors and static functions in WIT order
 * @param resourceMethods instance methods per resource type id, in WIT order
 * @param skipped one line per item left out under skip-unsupported
 * @param docs WIT docs, or null
 */
public record InterfaceModel(
    Side side,
    int interfaceId,
    String witName,
    ClassName className,
    String memberName,
    List<DeclaredType> types,
    List<FunctionModel> functions,
    Map<Integer, List<FunctionModel>> resourceMethods,
    List<String> skipped,
    @Nullable String docs,
    Stability stability) {

  /**
   * Whether the host has anything to implement here: functions, or resources (the guest's drops of
   * them reach the host). An imported interface of types only gets no builder setter.
   */
  public boolean hasHostSide() {
    return !functions.isEmpty() || !resources().isEmpty();
  }

  /** The resources declared here, in WIT order. */
  public List<DeclaredType> resources() {
    return types.stream().filter(t -> t.def().kind() instanceof TypeDefKind.ResourceType).toList();
  }

  /** Every function: the free ones, constructors and statics, then each resource's methods. */
  public List<FunctionModel> allFunctions() {
    List<FunctionModel> all = new ArrayList<>(functions);
    resourceMethods.values().forEach(all::addAll);
    return all;
  }

  /** Whether nothing at all is declared here. */
  public boolean isEmpty() {
    return types.isEmpty() && functions.isEmpty() && skipped.isEmpty();
  }
}
