package dev.jmpy.processor.translate;

import com.sun.source.util.Trees;
import dev.jmpy.processor.check.CheckContext;
import dev.jmpy.processor.check.Checks;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.library.LibraryRegistry;
import dev.jmpy.processor.lower.Passes;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
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
  private final dev.jmpy.processor.check.IntegerBoxes boxes;
  private final boolean doublePrecision;

  public ModuleTranslator(Diagnostics diagnostics, Trees trees, Types types, Elements elements,
      String asyncioModule, boolean wrapIntegers, boolean doublePrecision,
      dev.jmpy.processor.check.IntegerBoxes boxes) {
    this.boxes = boxes;
    this.wrapIntegers = wrapIntegers;
    this.doublePrecision = doublePrecision;
    this.diagnostics = diagnostics;
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.asyncioModule = asyncioModule;
  }

  /**
   * The board's modules ({@link ReservedNames#MODULES}) and the files a board runs on its own: a
   * board-image name must not hide one.
   */
  private static final java.util.Set<String> MICROPYTHON_MODULES = micropythonModules();

  private static java.util.Set<String> micropythonModules() {
    java.util.Set<String> all = new java.util.HashSet<>(ReservedNames.MODULES);
    all.addAll(java.util.List.of("main", "boot"));
    return java.util.Set.copyOf(all);
  }

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
    NameRules.check(unit, diagnostics);
    TypeOracle oracle = new TypeOracle(trees, unit.index());
    int checked = diagnostics.errorRangeMark();
    int beforeChecks = diagnostics.errorCount();
    dev.jmpy.processor.check.FloatPrecision.check(oracle, diagnostics, unit, unit.declaration(),
        doublePrecision);
    boolean floatsPass = diagnostics.errorCount() == beforeChecks;
    if (!Checks.pass(new CheckContext(unit, oracle, elements, types, diagnostics, boxes)) || !floatsPass) {
      // Rejected before translation, so nothing is written; translating still reports the
      // rejections elsewhere in the class, so that one compilation names them all.
      diagnostics.quietOver(diagnostics.errorRangesSince(checked), () -> {
        try {
          return translateChecked(unit, oracle, errorsBefore);
        } catch (RuntimeException | StackOverflowError e) {
          return Optional.empty(); // the checks' errors come first; fixing them shows the rest
        }
      });
      return Optional.empty();
    }
    return translateChecked(unit, oracle, errorsBefore);
  }

  private Optional<TranslatedModule> translateChecked(SourceUnit unit, TypeOracle oracle,
      int errorsBefore) {
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
    PyModuleFile translated = file;
    java.util.Set<dev.jmpy.processor.python.PyStmt> helpers =
        java.util.Set.copyOf(module.helperDefinitions());
    file = Passes.lower(file, translation.moduleVariables());
    module.lineOrigins().carryOver(translated.body(), file.body());
    ClassNames names = module.names();
    PyStmt importStatement = names.packageName().isEmpty()
        ? new PyStmt.Import(names.moduleName(), null)
        : new PyStmt.ImportFrom(names.packageName(), names.moduleName());
    return Optional.of(new TranslatedModule(unit.element(), file, importStatement,
        names.moduleName(), translation.main(), new dev.jmpy.processor.python.LineMapSource(
            javaFile(unit), module.lineOrigins(), helpers)));
  }

  /** The Java source's path below its source root: the package's folders and the file name. */
  private static String javaFile(SourceUnit unit) {
    String name = unit.javacUnit().getSourceFile().getName();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String pkg = unit.parsed().getPackageDeclaration()
        .map(p -> p.getNameAsString().replace('.', '/') + "/").orElse("");
    return pkg + name;
  }
}
