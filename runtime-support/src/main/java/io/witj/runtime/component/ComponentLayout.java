package io.witj.runtime.component;

import java.util.List;

/**
 * The raw structure {@link ComponentScanner} read from a component: its core modules in order and
 * how often each is instantiated by the component's core instance sections.
 *
 * @param modules the core modules (section id 1), in order
 * @param instantiations per module index, how many {@code (instantiate m ...)} name it
 * @param coreInstances the number of core instances the component defines
 * @param nestedComponents the number of (type-only) nested components, at any depth
 */
record ComponentLayout(
    List<Module> modules, List<Integer> instantiations, int coreInstances, int nestedComponents) {

  /** A core module section: the module's byte offset in the component and its scan. */
  record Module(int offset, CoreModuleInfo info) {}
}
