package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import io.witj.codegen.javamodel.JavaTypes;

/** The runtime-support and Chicory classes that generated glue refers to. */
final class RuntimeNames {
  private static final String RT = JavaTypes.RUNTIME_PACKAGE;
  private static final String INTERNAL = RT + ".internal";
  private static final String CHICORY = "com.dylibso.chicory.runtime";
  private static final String WASM = "com.dylibso.chicory.wasm";
  private static final String COMPONENT_PACKAGE = RT + ".component";
  private static final String LINK_PACKAGE = INTERNAL + ".link";

  static final ClassName CANON_CONTEXT = ClassName.get(INTERNAL, "CanonContext");
  static final ClassName STRING_CODEC = ClassName.get(INTERNAL, "StringCodec");
  static final ClassName LIST_CODEC = ClassName.get(INTERNAL, "ListCodec");
  static final ClassName FLAT = ClassName.get(INTERNAL, "Flat");
  static final ClassName FLAT_VALUES = ClassName.get(INTERNAL, "FlatValues");
  static final ClassName PTR_LEN = ClassName.get(INTERNAL, "PtrLen");
  static final ClassName CALL_SCOPE = ClassName.get(INTERNAL, "CallScope");
  static final ClassName LIFT_TRANSACTION = ClassName.get(INTERNAL, "LiftTransaction");
  static final ClassName GUEST_INSTANCE = ClassName.get(INTERNAL, "GuestInstance");
  static final ClassName GUEST_ABI = ClassName.get(INTERNAL, "GuestAbi");
  static final ClassName GUEST_BLOCKS = ClassName.get(INTERNAL, "GuestBlocks");
  static final ClassName WIT_TRAP_EXCEPTION = ClassName.get(RT, "WitTrapException");
  static final ClassName GUEST_LOAD_EXCEPTION = ClassName.get(RT, "GuestLoadException");
  static final ClassName GUEST_FUNCTION = ClassName.get(INTERNAL, "GuestFunction");
  static final ClassName GUEST_RESOURCE = ClassName.get(INTERNAL, "GuestResource");
  static final ClassName RESOURCE_TYPE = ClassName.get(INTERNAL, "ResourceType");
  static final ClassName STRING_ENCODING = ClassName.get(RT, "StringEncoding");
  static final ClassName ARRAY_BACKED_MEMORY = ClassName.get(RT + ".memory", "ArrayBackedMemory");
  static final ClassName HOST_IMPORT = ClassName.get(INTERNAL, "HostImport");
  static final ClassName HANDLE_TABLE = ClassName.get(INTERNAL, "HandleTable");
  static final ClassName INSTANCE_OPTIONS = ClassName.get(INTERNAL, "InstanceOptions");
  static final ClassName MODULE_GUEST = ClassName.get(INTERNAL, "ModuleGuest");
  static final ClassName RESULT_OK = JavaTypes.RESULT.nestedClass("Ok");
  static final ClassName RESULT_ERR = JavaTypes.RESULT.nestedClass("Err");

  static final ClassName INSTANCE = ClassName.get(CHICORY, "Instance");
  static final ClassName HOST_FUNCTION = ClassName.get(CHICORY, "HostFunction");
  static final ClassName MACHINE = ClassName.get(CHICORY, "Machine");
  static final ClassName MEMORY = ClassName.get(CHICORY, "Memory");
  static final ClassName MEMORY_LIMITS = ClassName.get(WASM + ".types", "MemoryLimits");
  static final ClassName WASM_MODULE = ClassName.get(WASM, "WasmModule");
  static final ClassName GUEST_MODULE = ClassName.get(COMPONENT_PACKAGE, "GuestModule");
  static final ClassName COMPONENT = ClassName.get(COMPONENT_PACKAGE, "Component");
  static final ClassName COMPONENT_LINKER = ClassName.get(LINK_PACKAGE, "ComponentLinker");
  static final ClassName HOST_INTERFACES = ClassName.get(COMPONENT_PACKAGE, "HostInterfaces");
  static final ClassName FUNCTION_TYPE = ClassName.get(WASM + ".types", "FunctionType");
  static final ClassName VAL_TYPE = ClassName.get(WASM + ".types", "ValType");

  private RuntimeNames() {}
}
