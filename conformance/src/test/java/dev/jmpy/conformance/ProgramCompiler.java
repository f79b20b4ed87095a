package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles one program in-process with javac and jmpy's processor, as a user's build would:
 * class files for the JVM run, and {@code micropython/} (the board image) beside them.
 */
final class ProgramCompiler {
  static final String PROCESSOR = "dev.jmpy.processor.JmpyProcessor";

  /**
   * What the compiler produced.
   *
   * @param classesDir class output: class files, and the board image in {@code micropython/}
   * @param diagnostics javac's and the processor's messages, formatted as javac prints them
   * @param succeeded javac reported no error
   */
  record Compiled(Path classesDir, String diagnostics, boolean succeeded) {
    Path boardImage() {
      return classesDir.resolve("micropython");
    }
  }

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final List<Path> classpath = List.of(locationOf(MicroPython.class), locationOf(Asyncio.class),
      locationOf(dev.jmpy.machine.Pin.class));

  Compiled compile(Path source, Path classesDir) {
    return compile(source, classesDir, List.of());
  }

  /** As {@link #compile(Path, Path)}, with processor options such as {@code -Ajmpy.intOverflow=python}. */
  Compiled compile(Path source, Path classesDir, List<String> processorOptions) {
    return compile(List.of(source), null, classesDir, processorOptions);
  }

  /**
   * Several sources compiled together; each message names its file by its path below
   * {@code sourceRoot} ({@code print/Hello.java}), so files of one name in different packages differ.
   */
  Compiled compile(List<Path> sources, Path sourceRoot, Path classesDir, List<String> processorOptions) {
    deleteRecursively(classesDir);
    try {
      Files.createDirectories(classesDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    boolean succeeded;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesDir));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
      JavaCompiler.CompilationTask task = javac.getTask(
          javacOutput,
          files,
          diagnostics,
          // JDK 23+ no longer runs processors found on the class path; this one is handed over explicitly.
          java.util.stream.Stream.concat(
              Stream.of("--release", "21", "-proc:full", "-encoding", "UTF-8"),
              processorOptions.stream()).toList(),
          null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(newProcessor()));
      succeeded = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // A processor that throws is a bug in the processor; report it as this program's failure.
      return new Compiled(classesDir, "javac or the processor threw:\n" + stackTrace(e), false);
    }
    String text = diagnostics.getDiagnostics().stream()
        .map(d -> format(d, sourceRoot))
        .collect(Collectors.joining("\n"));
    if (!javacOutput.toString().isBlank()) {
      text = text + "\n" + javacOutput;
    }
    return new Compiled(classesDir, text, succeeded);
  }

  private static String format(Diagnostic<? extends JavaFileObject> diagnostic, Path sourceRoot) {
    Path file = diagnostic.getSource() == null ? null : Path.of(diagnostic.getSource().toUri());
    String where = file == null
        ? ""
        : (sourceRoot == null ? file.getFileName() : sourceRoot.toAbsolutePath().relativize(file))
            + ":" + diagnostic.getLineNumber()
            + ":" + diagnostic.getColumnNumber() + ": ";
    return where + diagnostic.getKind().toString().toLowerCase(Locale.ROOT) + ": "
        + diagnostic.getMessage(Locale.ROOT);
  }

  private static Processor newProcessor() {
    try {
      return (Processor) Class.forName(PROCESSOR).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + PROCESSOR + " from the test class path", e);
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

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
