package io.witj.codegen.declarations;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.WorldModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wraps a generated top-level type into its file: the {@link FileHeader} comment, two-space indent,
 * and fully qualified {@code java.lang} types wherever a generated type of the same package has the
 * same simple name (a same-package type would otherwise shadow {@code java.lang.String} and friends
 * silently), and {@code @SuppressWarnings("deprecation")} when the world has deprecated items
 * (generated code must mention them across top-level types; the host's own uses still warn).
 */
public final class JavaFiles {

  /**
   * Whether {@code java.lang.<name>} exists, by simple name: every file of a package asks about
   * every top-level name of the package, and a failed class lookup costs an exception.
   */
  private static final Map<String, Boolean> JAVA_LANG = new ConcurrentHashMap<>();

  private JavaFiles() {}

  /**
   * The file for {@code type}, declared as {@code className}, headed by {@code header} (a {@link
   * FileHeader} text).
   */
  public static JavaFile of(ClassName className, TypeSpec type, String header, WorldModel world) {
    String[] javaLang =
        world.topLevelNames(className.packageName()).stream()
            .filter(JavaFiles::isJavaLang)
            .sorted()
            .toArray(String[]::new);
    TypeSpec.Builder builder = type.toBuilder().alwaysQualify(javaLang);
    if (world.hasDeprecated()) {
      builder.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    TypeSpec qualified = builder.build();
    return JavaFile.builder(className.packageName(), qualified)
        .addFileComment("$L", header)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static boolean isJavaLang(String simpleName) {
    return JAVA_LANG.computeIfAbsent(simpleName, JavaFiles::existsInJavaLang);
  }

  private static boolean existsInJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
