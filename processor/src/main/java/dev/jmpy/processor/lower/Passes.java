package dev.jmpy.processor.lower;

import dev.jmpy.processor.python.PyModuleFile;
import java.util.Set;

/**
 * The lowering passes, in order, over a translated module. Each pass does one thing and is tested on
 * its own.
 */
public final class Passes {
  private Passes() {}

  /**
   * Runs every pass over {@code file}, whose module-level variables are {@code moduleVariables}.
   * jmpy's helper definitions are verbatim source, which no pass changes.
   */
  public static PyModuleFile lower(PyModuleFile file, Set<String> moduleVariables) {
    return GlobalDeclarations.apply(file, moduleVariables);
  }
}
