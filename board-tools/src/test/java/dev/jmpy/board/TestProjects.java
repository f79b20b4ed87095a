package dev.jmpy.board;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.processor.JmpyProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a jmpy project's sources in-process with javac and jmpy's processor, as its Maven build
 * does (class files, {@code micropython/} and {@code jmpy-linemaps/} in the class output), and runs
 * its main on the JVM.
 */
final class TestProjects {
  private TestProjects() {}

  static Path compile(List<Path> sourceRoots, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Files.createDirectories(classes);
    List<Path> sources = new ArrayList<>();
    for (Path root : sourceRoots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(
          location(dev.jmpy.annotations.MicroPython.class), location(Asyncio.class)));
      StringWriter out = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(out, files, diagnostics,
          List.of("--release", "21", "-proc:full", "-encoding", "UTF-8", "-g"), null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new JmpyProcessor()));
      if (!task.call()) {
        throw new AssertionError("compilation failed:\n" + diagnostics.getDiagnostics() + out);
      }
    }
    return classes;
  }

  static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a main printed on the JVM, and the exception that ended it (null if none). */
  record JvmRun(String out, String err, Throwable exception) {}

  /**
   * Runs {@code mainClass}'s main on the JVM (classes loaded afresh from {@code classes}) in virtual
   * time, as users' tests and the conformance suite do, with its output captured.
   */
  static JvmRun runOnJvm(Path classes, String mainClass) throws Exception {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Throwable thrown = null;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        TestProjects.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, UTF_8));
      System.setErr(new PrintStream(err, true, UTF_8));
      Asyncio.newEventLoop();
      dev.jmpy.asyncio.internal.EventLoop.useVirtualTime();
      loader.loadClass(mainClass).getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } catch (java.lang.reflect.InvocationTargetException e) {
      thrown = e.getCause();
    } finally {
      dev.jmpy.asyncio.internal.EventLoop.useRealTime();
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new JvmRun(out.toString(UTF_8), err.toString(UTF_8), thrown);
  }

  /** Copies a folder tree. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
