package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyModuleFile;
import javax.lang.model.element.TypeElement;

/**
 * A class translated without errors.
 *
 * @param type the Java class
 * @param file the module
 * @param importStatement how another module imports it, e.g. {@code from seed import seed_asyncio}
 * @param moduleName the name the import binds, e.g. {@code seed_asyncio}
 * @param main the module's {@code main} function, if the class has a Java main method
 * @param lines what the module's line map (Python line to Java line) is made from
 */
public record TranslatedModule(
    TypeElement type, PyModuleFile file, dev.jmpy.processor.python.PyStmt importStatement,
    String moduleName,
    java.util.Optional<MainFunction> main, dev.jmpy.processor.python.LineMapSource lines) {

  /**
   * Whether the module imports the shared runtime {@code _jmpy}, which the image then holds: at
   * its top, or inside a helper's definition where that helper raises ({@code _jparse}).
   */
  public boolean usesRuntime() {
    String runtime = dev.jmpy.processor.runtime.Helper.RUNTIME.pythonName();
    return file.body().stream().anyMatch(s -> s instanceof dev.jmpy.processor.python.PyStmt.Import i
        && i.module().equals(runtime)
        || s instanceof dev.jmpy.processor.python.PyStmt.Verbatim v
        && v.source().contains("import " + runtime + "\n"));
  }

  /** A translated {@code public static void main(String[] args)}. */
  public record MainFunction(boolean takesArgs) {}
}
