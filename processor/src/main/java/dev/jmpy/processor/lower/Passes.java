package dev.jmpy.processor.lower;

import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.util.Set;

/**
 * The lowering passes, in order, over a translated module. Each pass does one thing and is tested on
 * its own.
 */
public final class Passes {
  private Passes() {}

  /** Runs every pass over {@code file}, whose module-level variables are {@code moduleVariables}. */
  public static PyModuleFile lower(PyModuleFile file, Set<String> moduleVariables) {
    return lower(file, moduleVariables, Set.of());
  }

  /**
   * Runs every pass over {@code file}, leaving the top-level statements {@code helpers} (jmpy's
   * helper definitions, whose locals are their own, whatever the module's variables are called)
   * as they are.
   */
  public static PyModuleFile lower(PyModuleFile file, Set<String> moduleVariables,
      Set<PyStmt> helpers) {
    return GlobalDeclarations.apply(file, moduleVariables, helpers);
  }
}
