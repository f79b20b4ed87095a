package dev.jmpy.processor.translate;

import java.util.Locale;
import java.util.Set;

/** Java names to Python names: snake_case, and no clash with keywords or the builtins jmpy emits. */
final class Names {
  /** Python keywords, and builtins the generated code calls, which a user name must not shadow. */
  private static final Set<String> RESERVED = Set.of(
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
      "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield",
      "print", "len", "range", "str", "int", "float", "bool", "max", "min", "abs", "chr", "ord",
      "list", "dict", "set", "tuple", "isinstance", "super", "self", "object", "Exception",
      "BaseException", "ValueError", "TypeError", "ZeroDivisionError", "IndexError", "KeyError",
      "RuntimeError", "round", "type", "id", "hash", "iter", "next", "repr", "sorted", "sum", "any",
      "all", "map", "filter", "zip", "enumerate", "reversed", "open", "input", "format", "divmod",
      "pow", "hex", "bin", "oct", "asyncio", "uasyncio", "sys", "collections",
      // buffers and errors the board code uses, and the board's modules (a local named time
      // would hide the time module in its function)
      "bytes", "bytearray", "memoryview", "OSError", "machine", "time", "network", "esp32", "gc",
      "micropython", "errno", "json", "builtins",
      // the shared runtime module (a user module of that name becomes _jmpy_), and the helpers a
      // module may define
      "_jmpy",
      "_jdiv", "_jrem", "_w32", "_w64", "_jsplit", "_jcomparing", "_jsort", "_jstrcmp", "_jhash",
      "_jparse", "_jstr", "_jfloordiv", "_jfloormod", "_jfilled", "_jreadinto");

  private Names() {}

  /** {@code mainTask} → {@code main_task}, {@code HTTPServer} → {@code http_server}. */
  static String snake(String javaName) {
    if (javaName.equals(javaName.toUpperCase(Locale.ROOT))) {
      return javaName; // CONSTANT_NAMES stay as they are, as in Python.
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && (Character.isLowerCase(javaName.charAt(i - 1))
            || Character.isDigit(javaName.charAt(i - 1)));
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        boolean previousUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_'
            && (previousLower || (previousUpper && nextLower))) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code name}, with a trailing underscore if Python reserves it, or if it looks like one of
   * Python's special {@code __names__} ({@code __init__} is not a Java method's to take).
   */
  static String safe(String name) {
    boolean dunder = name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    return RESERVED.contains(name) || dunder ? name + "_" : name;
  }

  /** Whether {@code name} is reserved by Python or by the code jmpy emits. */
  static boolean reserved(String name) {
    return RESERVED.contains(name) || !safe(name).equals(name);
  }
}
