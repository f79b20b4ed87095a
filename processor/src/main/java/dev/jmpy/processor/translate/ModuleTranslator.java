package dev.jmpy.processor.translate;

import com.sun.source.util.Trees;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.library.LibraryRegistry;
import dev.jmpy.processor.lower.Passes;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.types.TypeOracle;
import java.util.Optional;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * One top-level Java class to one MicroPython module: translation ({@link ClassTranslation}), then
 * the lowering passes. Returns nothing when any construct was rejected, so a half-translated module
 * is never written.
 */
public final class ModuleTranslator {
  private final Diagnostics diagnostics;
  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final String asyncioModule;
  private final boolean wrapIntegers;
  private final boolean doublePrecision;

  public ModuleTranslator(Diagnostics diagnostics, Trees trees, Types types, Elements elements,
      String asyncioModule, boolean wrapIntegers, boolean doublePrecision) {
    this.wrapIntegers = wrapIntegers;
    this.doublePrecision = doublePrecision;
    this.diagnostics = diagnostics;
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.asyncioModule = asyncioModule;
  }

  /** MicroPython's built-in and frozen modules, which a board-image name must not hide. */
  private static final java.util.Set<String> MICROPYTHON_MODULES = java.util.Set.of(
      "asyncio", "uasyncio", "machine", "time", "sys", "os", "gc", "micropython", "network",
      "socket", "select", "struct", "json", "re", "math", "cmath", "random", "collections", "io",
      "array", "binascii", "hashlib", "heapq", "errno", "esp", "esp32", "neopixel", "framebuf",
      "btree", "bluetooth", "cryptolib", "deflate", "ssl", "uctypes", "vfs", "platform", "espnow",
      "onewire", "ds18x20", "dht", "webrepl", "ntptime", "requests", "mip", "builtins", "main",
      "boot", "_thread");

  private void checkShadowing(SourceUnit unit) {
    String path = ClassNames.of(unit.element()).path();
    String top = path.contains("/") ? path.substring(0, path.indexOf('/'))
        : path.substring(0, path.length() - ".py".length());
    if (MICROPYTHON_MODULES.contains(top)) {
      boolean isPackage = path.contains("/");
      com.github.javaparser.ast.Node at = isPackage && unit.parsed().getPackageDeclaration().isPresent()
          ? unit.parsed().getPackageDeclaration().get() : unit.declaration();
      diagnostics.report(unit, at, dev.jmpy.processor.diag.Message.SHADOWS_MICROPYTHON_MODULE,
          isPackage ? "package " + top : "module " + top + ".py", top,
          isPackage ? "Java package" : "class");
    }
  }

  /** The path below {@code micropython/} of {@code type}'s module. */
  public static String modulePath(javax.lang.model.element.TypeElement type) {
    return ClassNames.of(type).path();
  }

  public Optional<TranslatedModule> translate(SourceUnit unit) {
    int errorsBefore = diagnostics.errorCount();
    checkShadowing(unit);
    TypeOracle oracle = new TypeOracle(trees, unit.index());
    dev.jmpy.processor.check.FloatPrecision.check(oracle, diagnostics, unit, unit.declaration(),
        doublePrecision);
    TranslationEnv env = new TranslationEnv(unit, oracle, diagnostics, types, elements,
        Analyses.of(oracle, types, elements), LibraryRegistry.standard());
    ModuleContext module = new ModuleContext(unit.element(), asyncioModule,
        FunctionContext.possibleLocals(unit.declaration()), wrapIntegers, doublePrecision,
        new InnerClasses(env));
    ClassTranslation translation = new ClassTranslation(env, module);
    PyModuleFile file = translation.run();
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    file = Passes.lower(file, translation.moduleVariables());
    ClassNames names = module.names();
    String importStatement = names.packageName().isEmpty()
        ? "import " + names.moduleName()
        : "from " + names.packageName() + " import " + names.moduleName();
    return Optional.of(new TranslatedModule(unit.element(), file, importStatement,
        names.moduleName(), translation.main()));
  }
}
