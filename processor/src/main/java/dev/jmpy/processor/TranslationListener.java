package dev.jmpy.processor;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.emit.ModuleWriter;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.runtime.RuntimeSubset;
import dev.jmpy.processor.check.IntegerBoxes;
import dev.jmpy.processor.source.JavacIndex;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.source.UnicodeEscapes;
import dev.jmpy.processor.translate.ModuleTranslator;
import dev.jmpy.processor.translate.TranslatedModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Translates each collected class once javac has attributed it (its ANALYZE event), when every
 * expression has its type; writes {@code main.py} and the {@link BuildMarker} when the compilation
 * ends. Never throws at javac: an unexpected failure is an internal-error diagnostic on the class,
 * and its module is not written.
 */
final class TranslationListener implements TaskListener {
  private final Trees trees;
  private final Diagnostics diagnostics;
  private final ModuleTranslator translator;
  private final ModuleWriter writer;
  private final Options options;
  private final BuildMarker marker;
  private final ModuleIndex index;
  private final IntegerBoxes boxes;
  private final Set<TypeElement> pending = new LinkedHashSet<>();
  /** What the end of the compilation needs of each written module (not its Python tree: issue 11). */
  private final List<Written> translated = new ArrayList<>();
  private final Map<CompilationUnitTree, Parsed> parsed = new IdentityHashMap<>();
  private boolean anyFailed;
  private boolean mainWritten;
  private boolean javacErrorsExpected;
  private final List<String> classes = new ArrayList<>();
  private final List<String> mainCandidates = new ArrayList<>();

  TranslationListener(Trees trees, Diagnostics diagnostics, ModuleTranslator translator,
      ModuleWriter writer, Options options, BuildMarker marker, ModuleIndex index,
      IntegerBoxes boxes) {
    this.trees = trees;
    this.diagnostics = diagnostics;
    this.translator = translator;
    this.writer = writer;
    this.options = options;
    this.marker = marker;
    this.index = index;
    this.boxes = boxes;
  }

  /**
   * Told when annotation processing is over: true if javac has errors to report (in an earlier
   * round, or an unresolved type), which stop it before it attributes any class.
   */
  void expectJavacErrors(boolean expected) {
    javacErrorsExpected = expected;
  }

  /** Queues {@code type} for translation after javac attributes it. */
  void schedule(TypeElement type) {
    if (pending.add(type)) {
      classes.add(type.getQualifiedName().toString());
      index.add(type);
      boxes.compiling(type);
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null
        && pending.remove(event.getTypeElement())) {
      translate(event.getTypeElement(), event.getCompilationUnit());
      releaseIfDone(event.getCompilationUnit());
    } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
      writeMain();
      warnAboutUnanalysed();
      List<String> modules = new ArrayList<>(translated.stream().map(Written::path).toList());
      if (writeRuntime()) {
        modules.add(RUNTIME_FILE);
      }
      if (mainWritten) {
        modules.add("main.py");
      }
      marker.write(classes, modules);
      index.write();
      boxes.write();
      parsed.clear();
    }
  }

  /**
   * Forgets a unit's JavaParser tree and index once none of its classes waits for translation:
   * kept to the end, every unit's trees stayed live and the collector copied them (issue 11).
   */
  private void releaseIfDone(CompilationUnitTree unit) {
    for (Tree declaration : unit.getTypeDecls()) {
      if (trees.getElement(TreePath.getPath(unit, declaration)) instanceof TypeElement type
          && pending.contains(type)) {
        return;
      }
    }
    parsed.remove(unit);
  }

  /** The translation's stack: javac accepts expressions nested 400 deep, which recurse deeply. */
  private static final long TRANSLATION_STACK_BYTES = 512L << 20;

  /**
   * Translates {@code type} on a thread of its own with a large stack (javac's thread waits), so
   * code nested as deep as javac accepts does not overflow JavaParser's or jmpy's recursion.
   */
  private void translate(TypeElement type, CompilationUnitTree unit) {
    Throwable[] escaped = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        translateHere(type, unit);
      } catch (Throwable e) {
        escaped[0] = e;
      }
    }, "jmpy-translate", TRANSLATION_STACK_BYTES);
    worker.start();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // javac's thread must not go on while the worker uses its state
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (escaped[0] != null) {
      anyFailed = true;
      diagnostics.report(type, Message.INTERNAL_ERROR, type.getQualifiedName(), escaped[0]);
    }
  }

  private void translateHere(TypeElement type, CompilationUnitTree unit) {
    if (index.reportCollisions(type)) {
      anyFailed = true; // the module's path is the other class's: nothing written or deleted
      return;
    }
    try {
      Parsed source = parse(unit);
      if (source == null) {
        diagnostics.report(type, Message.PARSE_FAILED, "see the errors above");
        anyFailed = true;
        return;
      }
      Optional<TypeDeclaration<?>> declaration = source.cu().getTypes().stream()
          .filter(t -> t.getNameAsString().contentEquals(type.getSimpleName()))
          .findFirst();
      if (declaration.isEmpty()) {
        diagnostics.report(type, Message.SOURCE_UNAVAILABLE, type.getQualifiedName());
        anyFailed = true;
        return;
      }
      SourceUnit sourceUnit = new SourceUnit(type, unit, source.cu(), declaration.get(), source.index());
      Optional<TranslatedModule> module = translator.translate(sourceUnit);
      if (module.isPresent()) {
        String text = writer.write(module.get().file(), type, module.get().lines());
        translated.add(Written.of(module.get(), text));
      } else {
        anyFailed = true;
        writer.deleteStale(ModuleTranslator.modulePath(type));
      }
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      anyFailed = true;
      diagnostics.report(type, Message.INTERNAL_ERROR, type.getQualifiedName(), e);
      writer.deleteStale(ModuleTranslator.modulePath(type));
    }
  }

  /**
   * JavaParser's cheapest configuration for what the translation reads (issue 11): Java 21's
   * grammar ({@code yield} statements) and post-processing ({@code var} becomes a var type); no
   * comment attribution (the translation reads no comments); no line-separator detection (a
   * wrapper around every character read); and none of JavaParser's validators, which walk every
   * tree again to check what javac has already accepted (the processor translates only classes
   * javac has attributed without errors).
   */
  private static final ParserConfiguration PARSER = parserConfiguration();

  private static ParserConfiguration parserConfiguration() {
    ParserConfiguration configuration = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
        .setAttributeComments(false)
        .setDetectOriginalLineSeparator(false);
    // Its processors run the language level's post-processing and then its validators; keep
    // only the post-processing (the others do nothing with the settings above).
    Java21PostProcessor java21 = new Java21PostProcessor();
    Processor postProcessing = new Processor() {
      @Override
      public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
        java21.postProcess(result, config);
      }
    };
    configuration.getProcessors().clear();
    configuration.getProcessors().add(() -> postProcessing);
    return configuration;
  }

  /** One parser for the compilation (its generated parser is built once); used by one thread at a time. */
  private final JavaParser parser = new JavaParser(PARSER);

  private Parsed parse(CompilationUnitTree unit) {
    if (parsed.containsKey(unit)) {
      return parsed.get(unit);
    }
    Parsed result = null;
    try {
      String text = unit.getSourceFile().getCharContent(true).toString();
      // Unicode escapes are translated first, as javac's scanner does (an escaped backslash or
      // quote counts as one, an escaped line break ends a // comment).
      UnicodeEscapes escapes = UnicodeEscapes.of(text);
      ParseResult<CompilationUnit> parse = parser.parse(escapes == null ? text : escapes.text());
      if (escapes != null) {
        parse.getResult().ifPresent(escapes::restorePositions);
      }
      if (parse.isSuccessful() && parse.getResult().isPresent()) {
        result = new Parsed(parse.getResult().get(), JavacIndex.of(unit, trees));
      } else {
        diagnostics.report(null, Message.PARSE_FAILED, parse.getProblems().toString());
      }
    } catch (IOException e) {
      diagnostics.report(null, Message.PARSE_FAILED, e.getMessage());
    }
    parsed.put(unit, result);
    return result;
  }

  /**
   * Writes the shared runtime {@code _jmpy.py} beside {@code main.py} when a module translated in
   * this compilation imports it. It is never deleted here: in an incremental build a module not
   * recompiled may still import it (a clean build leaves it out when nothing uses it).
   *
   * <p>An application (this compilation wrote {@code main.py}) gets only the definitions its modules
   * use ({@link RuntimeSubset}), together with those of the {@code _jmpy.py} an earlier compilation
   * left in the output, which modules not recompiled may use. A library (no {@code main.py}) gets
   * the whole runtime and says so in {@value #WHOLE_RUNTIME}; an application that sees that file,
   * or another {@code micropython/_jmpy.py} than its own, on its class path (it uses a jmpy
   * library, whose copy a build merges into its image) gets the whole runtime too, so that no copy
   * lacks a definition a module of the image uses.
   */
  private boolean writeRuntime() {
    if (translated.stream().noneMatch(Written::usesRuntime)) {
      return false;
    }
    String text = Helper.RUNTIME.source();
    if (!mainWritten) {
      writer.writeOutputResource(WHOLE_RUNTIME, "A jmpy library: its micropython/_jmpy.py is the"
          + " whole runtime, which an application using it then writes too.\n");
    } else if (!libraryOnClassPath()) {
      Set<String> names = new TreeSet<>(earlierRuntimeNames());
      translated.forEach(m -> names.addAll(m.runtimeNames()));
      text = RuntimeSubset.runtime().text(names);
    }
    writer.writeText(RUNTIME_FILE, text, null);
    return true;
  }

  /** Says that the {@code _jmpy.py} beside it is the whole runtime (a jmpy library's output). */
  static final String WHOLE_RUNTIME = "META-INF/jmpy/whole-runtime";

  private Set<String> earlierRuntimeNames() {
    String earlier = writer.readText(StandardLocation.CLASS_OUTPUT, RUNTIME_FILE);
    return earlier == null ? Set.of() : RuntimeSubset.namesDefinedIn(earlier);
  }

  private boolean libraryOnClassPath() {
    if (writer.find(StandardLocation.CLASS_PATH, WHOLE_RUNTIME) != null) {
      return true;
    }
    java.net.URI runtime = writer.find(StandardLocation.CLASS_PATH, ModuleWriter.ROOT + RUNTIME_FILE);
    return runtime != null
        && !runtime.equals(writer.find(StandardLocation.CLASS_OUTPUT, ModuleWriter.ROOT + RUNTIME_FILE));
  }

  /** Writes {@code main.py} for the one module with a main (or the one -Ajmpy.main names). */
  private void writeMain() {
    List<Written> withMain = translated.stream()
        .filter(m -> m.main().isPresent()).toList();
    Optional<Written> chosen;
    if (options.mainClass().isPresent()) {
      chosen = withMain.stream()
          .filter(m -> m.type().getQualifiedName().contentEquals(options.mainClass().get()))
          .findFirst();
      if (chosen.isEmpty() && !anyFailed) {
        diagnostics.report(null, Message.UNKNOWN_MAIN, options.mainClass().get());
      }
    } else if (withMain.size() == 1) {
      chosen = Optional.of(withMain.get(0));
    } else {
      if (withMain.size() > 1) {
        diagnostics.report(null, Message.AMBIGUOUS_MAIN, String.join(", ",
            withMain.stream().map(m -> m.type().getQualifiedName().toString()).toList()));
      }
      chosen = Optional.empty();
    }
    if (chosen.isEmpty() || anyFailed) {
      if (anyFailed || withMain.size() > 1) {
        writer.deleteStale("main.py");
      }
      return;
    }
    Written main = chosen.get();
    PyExpr call = new PyExpr.Call(
        new PyExpr.Attribute(new PyExpr.Name(main.moduleName()), "main"),
        main.main().get().takesArgs()
            ? List.of(new PyExpr.ListExpr(List.of()))
            : List.of());
    PyStmt importStmt = main.importStatement();
    writer.writeText("main.py", dev.jmpy.processor.emit.PythonPrinter.print(
        new PyModuleFile("main.py", List.of(importStmt, new PyStmt.ExprStmt(call)))), null);
    mainWritten = true;
  }

  /**
   * A class still pending when the compilation ends was never attributed (-proc:only, or javac
   * stopped early): say so, unless an error already explains it.
   */
  private void warnAboutUnanalysed() {
    if (anyFailed || diagnostics.errorCount() > 0 || javacErrorsExpected) {
      return;
    }
    for (TypeElement type : pending) {
      diagnostics.report(type, Message.NO_MODULE_WRITTEN, type.getQualifiedName());
    }
  }

  private static final String RUNTIME_FILE = Helper.RUNTIME.pythonName() + ".py";

  private record Parsed(CompilationUnit cu, JavacIndex index) {}

  private record Written(TypeElement type, String path, boolean usesRuntime,
      Set<String> runtimeNames, Optional<TranslatedModule.MainFunction> main, String moduleName,
      PyStmt importStatement) {
    static Written of(TranslatedModule module, String text) {
      return new Written(module.type(), module.file().path(), module.usesRuntime(),
          module.usesRuntime() ? RuntimeSubset.namesUsedBy(text) : Set.of(), module.main(),
          module.moduleName(), module.importStatement());
    }
  }
}
