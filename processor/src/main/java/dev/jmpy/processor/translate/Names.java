package dev.jmpy.processor.translate;

import java.util.Locale;

/** Java names to Python names: snake_case, and no clash with keywords or the builtins jmpy emits. */
final class Names {

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
    return reserved(name) ? name + "_" : name;
  }

  /** Whether {@code name} is reserved by Python or by the code jmpy emits. */
  static boolean reserved(String name) {
    return ReservedNames.contains(name) || special(name);
  }

  /**
   * {@code __main__}, {@code __init__}: Python's shape for its own names. {@code __main___}, the
   * name such a name is renamed to, is not (else renaming never ends).
   */
  private static boolean special(String name) {
    return name.length() > 4 && name.startsWith("__") && name.endsWith("__")
        && name.charAt(name.length() - 3) != '_';
  }
}
