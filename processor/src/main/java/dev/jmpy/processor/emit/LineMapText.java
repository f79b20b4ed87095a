package dev.jmpy.processor.emit;

import dev.jmpy.processor.python.JavaOrigin;
import dev.jmpy.processor.python.LineMapSource;
import dev.jmpy.processor.python.LineOrigins;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a module's line map, {@code jmpy-linemaps/<module>.py.map} in the class output, read by
 * jmpy's traceback decoder on the host (never copied to the board). One line per Python statement:
 *
 * <pre>
 * # jmpy line map 1
 * module garden/plant_app.py
 * java garden/PlantApp.java
 * 199 148 garden.PlantApp execute
 * 230 helper _jdiv
 * </pre>
 *
 * {@code <python line> <java line> <class> <method>} for a statement translated from Java (a
 * statement made for a Java expression, such as a temporary, has that expression's statement's
 * line); {@code <python line> helper <name>} for a line of one of jmpy's helper functions, whose
 * Java line is the caller's. Lines not listed (imports, blank lines, definitions) ran no Java code.
 */
final class LineMapText {
  static final String HEADER = "# jmpy line map 1";

  private LineMapText() {}

  static String of(PyModuleFile file, LineMapSource source, Map<PyStmt, Integer> printedAt) {
    Map<Integer, String> entries = new TreeMap<>();
    for (PyStmt stmt : file.body()) {
      String helper = isHelper(stmt, source.helpers()) ? name(stmt) : null;
      collect(stmt, helper, source.origins(), printedAt, entries);
    }
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("module ").append(file.path()).append('\n');
    text.append("java ").append(source.javaFile()).append('\n');
    entries.forEach((line, entry) -> text.append(line).append(' ').append(entry).append('\n'));
    return text.toString();
  }

  /**
   * Whether {@code stmt} is one of the module's helper definitions. Compared by equals, not looked
   * up in the set: a hash lookup first hashes the whole statement, a class's whole body (issue 11).
   */
  private static boolean isHelper(PyStmt stmt, java.util.Set<PyStmt> helpers) {
    for (PyStmt helper : helpers) {
      if (helper.equals(stmt)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(PyStmt stmt, String helper, LineOrigins origins,
      Map<PyStmt, Integer> printedAt, Map<Integer, String> entries) {
    Integer line = printedAt.get(stmt);
    if (line != null && stmt instanceof PyStmt.Verbatim verbatim) {
      verbatimHelper(verbatim, line, entries);
      return;
    }
    if (line != null) {
      if (helper != null) {
        if (!(stmt instanceof PyStmt.FunctionDef) && !(stmt instanceof PyStmt.ClassDef)) {
          entries.put(line, "helper " + helper);
        }
      } else {
        JavaOrigin origin = origins.get(stmt);
        if (origin != null && origin.line() > 0) {
          entries.put(line, origin.line() + " " + origin.className() + " " + origin.method());
        }
      }
    }
    for (List<PyStmt> body : LineOrigins.bodies(stmt)) {
      for (PyStmt inner : body) {
        collect(inner, helper, origins, printedAt, entries);
      }
    }
  }

  /** A helper printed from its Python source: each line names the definition it is in. */
  private static void verbatimHelper(PyStmt.Verbatim helper, int first,
      Map<Integer, String> entries) {
    String name = "helper";
    List<String> lines = helper.source().stripTrailing().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      java.util.regex.Matcher definition = DEFINITION.matcher(text);
      if (definition.lookingAt()) {
        name = definition.group(1);
      } else if (!text.isBlank() && !text.strip().startsWith("#")) {
        entries.put(first + i, "helper " + name);
      }
    }
  }

  private static final java.util.regex.Pattern DEFINITION =
      java.util.regex.Pattern.compile("(?:def|class)\\s+(\\w+)");

  private static String name(PyStmt stmt) {
    return switch (stmt) {
      case PyStmt.FunctionDef def -> def.name();
      case PyStmt.ClassDef cls -> cls.name();
      default -> "helper";
    };
  }
}
