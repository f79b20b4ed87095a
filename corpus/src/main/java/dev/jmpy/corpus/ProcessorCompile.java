package dev.jmpy.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.processor.JmpyProcessor;
import dev.jmpy.processor.translate.ModuleTranslator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM, as a user's build does: {@code --release 21}, the annotations and the
 * runtime stubs on the class path, and (for {@link #translate}) jmpy's processor.
 */
final class ProcessorCompile {
  /** The option the corpus is measured with, passed only when the processor declares it. */
  static final String FLOAT_PRECISION = "jmpy.floatPrecision";

  /** One javac or processor message; {@code file} is null for a message about no file. */
  record Diag(Diagnostic.Kind kind, Path file, long line, long column, String message) {
    boolean isError() {
      return kind == Diagnostic.Kind.ERROR;
    }

    String location() {
      return (file == null ? "(no file)" : file.getFileName() + ":" + line + ":" + column);
    }
  }

  /**
   * What one javac run produced.
   *
   * @param modulePaths qualified name of each top-level type javac analysed → its module's path
   *     under {@code micropython/}, as the processor names it
   * @param crash a throwable that escaped javac itself (then nothing else is reliable), or null
   */
  record Result(Path classesDir, List<Diag> diagnostics, Map<String, String> modulePaths, String crash) {
    Path boardImage() {
      return classesDir.resolve("micropython");
    }
  }

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  /** The annotations and runtime stubs: what a user's project has on its class path. */
  static List<Path> userClasspath() {
    return List.of(locationOf(MicroPython.class), locationOf(Asyncio.class));
  }

  /** Whether the processor of this build accepts {@code -A<name>}. */
  static boolean processorSupports(String option) {
    Set<String> supported = new JmpyProcessor().getSupportedOptions();
    return supported.contains(option);
  }

  /**
   * Compiles {@code sources} with jmpy's processor into {@code classesDir} (emptied first); other
   * classes they use are found in {@code sourcePath} and compiled without processing.
   */
  Result translate(List<Path> sources, Path sourcePath, Path classesDir, List<String> processorOptions) {
    List<String> options = new ArrayList<>(List.of(
        "--release", "21", "-proc:full", "-encoding", "UTF-8",
        // Keep attributing (and so translating) every class after the first error; this is
        // javac's default today, spelled out so that a per-class count never depends on it.
        "-XDshould-stop.ifError=FLOW",
        "-implicit:none", "-Xmaxerrs", "1000000", "-Xmaxwarns", "1000000"));
    options.addAll(processorOptions);
    return run(sources, sourcePath, classesDir, options, true);
  }

  /** Compiles {@code sources} to class files for the JVM, without the processor. */
  Result compileForJvm(List<Path> sources, Path sourcePath, Path classesDir) {
    return run(sources, sourcePath, classesDir,
        List.of("--release", "21", "-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xmaxerrs", "1000000"),
        false);
  }

  private Result run(List<Path> sources, Path sourcePath, Path classesDir, List<String> options,
      boolean withProcessor) {
    deleteRecursively(classesDir);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    Map<String, String> modulePaths = new HashMap<>();
    String crash = null;
    StringWriter javacOutput = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, UTF_8)) {
      Files.createDirectories(classesDir);
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesDir));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, userClasspath());
      if (sourcePath != null) {
        files.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of(sourcePath));
      }
      JavacTask task = (JavacTask) javac.getTask(javacOutput, files, collector, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      if (withProcessor) {
        // JDK 23+ no longer runs processors found on the class path; hand it over explicitly.
        task.setProcessors(List.of(new JmpyProcessor()));
        task.addTaskListener(new ModulePathRecorder(modulePaths));
      }
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      crash = stackTrace(e);
    }
    List<Diag> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
      diagnostics.add(new Diag(d.getKind(), file, d.getLineNumber(), d.getColumnNumber(),
          d.getMessage(Locale.ROOT)));
    }
    if (!javacOutput.toString().isBlank()) {
      diagnostics.add(new Diag(Diagnostic.Kind.OTHER, null, 0, 0, javacOutput.toString().strip()));
    }
    return new Result(classesDir, diagnostics, modulePaths, crash);
  }

  /** Records the module path of each top-level type once javac has analysed it. */
  private record ModulePathRecorder(Map<String, String> paths) implements TaskListener {
    @Override
    public void finished(TaskEvent event) {
      TypeElement type = event.getTypeElement();
      if (event.getKind() != TaskEvent.Kind.ANALYZE || type == null
          || type.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
        return;
      }
      try {
        paths.put(type.getQualifiedName().toString(), ModuleTranslator.modulePath(type));
      } catch (RuntimeException e) {
        paths.put(type.getQualifiedName().toString(), "(module path unknown: " + e + ")");
      }
    }
  }

  static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
