package dev.jmpy.processor;

import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.translate.ReservedNames;
import dev.jmpy.processor.types.Stubs;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * JMPY095: a {@code @PyName} value is pasted into the module as a name, so it must be one: a
 * Python identifier (dotted names only on a type, {@code Pin.IRQ}), not a keyword. On a member of a
 * translated class, which defines it, a static member or class may not take a reserved name either:
 * {@code @PyName("print")} would make {@code def print} that calls itself forever.
 */
final class PyNameValues {
  /** As MicroPython's lexer reads a name: a letter, _ or any non-ASCII char, then digits too. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_\\u0080-\\uFFFF][A-Za-z0-9_\\u0080-\\uFFFF]*");

  private PyNameValues() {}

  static void check(Element element, Diagnostics diagnostics) {
    String value = Stubs.value(element, Stubs.PY_NAME).orElse(null);
    if (value == null) {
      return;
    }
    boolean type = element.getKind().isClass() || element.getKind().isInterface();
    String[] parts = type ? value.split("\\.", -1) : new String[] {value};
    for (String part : parts) {
      if (!IDENTIFIER.matcher(part).matches() || isKeyword(part)) {
        diagnostics.report(element, Message.PY_NAME_VALUE, quoted(value),
            type ? "a Python name, or dotted names (Pin.IRQ)" : "a Python name (ticks_ms)");
        return;
      }
    }
    if (definedByTranslation(element) && ReservedNames.contains(value)) {
      diagnostics.report(element, Message.PY_NAME_VALUE, quoted(value),
          "a name that is not a Python builtin, keyword or a module jmpy imports (the module "
              + "defines it, and would hide " + value + ")");
    }
  }

  private static boolean isKeyword(String name) {
    return ReservedNames.isKeyword(name);
  }

  /** A static member or nested class of a translated class: a module-level name jmpy writes. */
  private static boolean definedByTranslation(Element element) {
    if (!(element.getEnclosingElement() instanceof TypeElement owner) || !Stubs.isTranslated(owner)) {
      return false;
    }
    return element.getKind().isClass() || element.getKind().isInterface()
        || element.getModifiers().contains(Modifier.STATIC);
  }

  private static String quoted(String value) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
