package io.witj.codegen.glue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.HashSet;
import java.util.Set;

/**
 * An upper estimate of the constants javac puts into one class file, from the source text of the
 * class's members, accumulated member by member. Each distinct dotted name ({@code
 * io.witj.runtime.internal.ListCodec.checkRange}, {@code v.name}, {@code cx.loadInt}) may cost a
 * class, a member reference, a name-and-type and their UTF-8 names and descriptor ({@value
 * #PER_NAME} entries), as may a plain name that is called; any other plain name is a local variable
 * ({@value #PER_LOCAL}: its name in the local variable table and a spare) or one of the few fields
 * helpers read unqualified (flag tables, whose references the field's own {@value #PER_MEMBER}
 * cover); each distinct string literal, and each number javac cannot push as an immediate {@code
 * short}, costs {@value #PER_LITERAL} (its constant and UTF-8 text, a {@code long}'s two slots, a
 * concatenation recipe); each member {@value #PER_MEMBER} (name, descriptor, generic signatures),
 * each lambda {@value #PER_LAMBDA} (its bootstrap, handle and synthetic method); what javac adds
 * once per class (bootstrap methods, boxing) is {@link #CLASS_RESERVE}.
 */
final class ConstantPoolEstimate {
  static final int PER_NAME = 6;
  static final int PER_LOCAL = 2;
  static final int PER_LITERAL = 4;
  static final int PER_MEMBER = 4;
  static final int PER_LAMBDA = 8;

  /** Constants javac adds once per class, beyond what the members' text names. */
  static final int CLASS_RESERVE = 2_000;

  private final Set<String> names = new HashSet<>();
  private final Set<String> locals = new HashSet<>();
  private final Set<String> literals = new HashSet<>();
  private int members;
  private int lambdas;

  /** The estimate so far. */
  int constants() {
    return CLASS_RESERVE
        + PER_NAME * names.size()
        + PER_LOCAL * locals.size()
        + PER_LITERAL * literals.size()
        + PER_MEMBER * members
        + PER_LAMBDA * lambdas;
  }

  void add(MethodSpec method) {
    members++;
    scan(method.parameters() + " " + method.returnType() + " " + method.code());
  }

  void add(FieldSpec field) {
    members++;
    scan(field.type() + " " + field.initializer());
  }

  /** Collects the string and number literals and the dotted names of {@code code}. */
  private void scan(String code) {
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < n && code.charAt(end) != '"') {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, n);
        literals.add(code.substring(i, end));
        i = end;
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < n
            && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.')) {
          end++;
        }
        String number = code.substring(i, end);
        if (!isShort(number)) {
          literals.add(number);
        }
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        StringBuilder name = new StringBuilder();
        int end = identifier(code, i, name);
        int next = skipSpaces(code, end);
        while (next < n && code.charAt(next) == '.') {
          int segment = skipSpaces(code, next + 1);
          if (segment >= n || !Character.isJavaIdentifierStart(code.charAt(segment))) {
            break;
          }
          name.append('.');
          end = identifier(code, segment, name);
          next = skipSpaces(code, end);
        }
        boolean call = next < n && code.charAt(next) == '(';
        (call || name.indexOf(".") >= 0 ? names : locals).add(name.toString());
        i = end;
      } else {
        if (c == '-' && i + 1 < n && code.charAt(i + 1) == '>') {
          lambdas++;
        }
        i++;
      }
    }
  }

  /** Whether {@code number} is an {@code int} javac pushes without a constant (bipush, sipush). */
  private static boolean isShort(String number) {
    try {
      int value = Integer.parseInt(number);
      return value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static int identifier(String code, int from, StringBuilder into) {
    int end = from;
    while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
      into.append(code.charAt(end));
      end++;
    }
    return end;
  }

  private static int skipSpaces(String code, int from) {
    int i = from;
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i;
  }
}
