package dev.jmpy.bench.device;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A benchmark program compiled as a user's build compiles it: javac with jmpy's processor, class
 * files and the board image ({@code micropython/}) in one folder. Its {@code main} can also run on
 * the JVM (in a class loader of its own, standard output captured).
 */
final class BoardImage {
  final Path classes;

  private BoardImage(Path classes) {
    this.classes = classes;
  }

  Path micropython() {
    return classes.resolve("micropython");
  }

  /** Compiles {@code source} into {@code out} (emptied first); fails with javac's messages. */
  static BoardImage compile(Path source, Path out) {
    deleteRecursively(out);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(jarOf(MicroPython.class), jarOf(Asyncio.class)));
      JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics,
          List.of("--release", "21", "-proc:full", "-encoding", "UTF-8"), null,
          files.getJavaFileObjects(source));
      task.setProcessors(List.of(newProcessor()));
      ok = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!ok) {
      throw new IllegalStateException("jmpy rejected " + source + ":\n" + diagnostics.getDiagnostics() + output);
    }
    return new BoardImage(out);
  }

  static Processor newProcessor() {
    try {
      return (Processor) Class.forName("dev.jmpy.processor.JmpyProcessor").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code mainClass.main} on the JVM and returns what it printed. With {@code virtualTime},
   * under the virtual clock as in a VirtualTime test (the MicroPython side runs in real time; the
   * programs keep their deadlines far apart).
   */
  String runOnJvm(String mainClass, boolean virtualTime) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        BoardImage.class.getClassLoader())) {
      Method main = loader.loadClass(mainClass).getMethod("main", String[].class);
      dev.jmpy.asyncio.internal.EventLoop.newEventLoop();
      if (virtualTime) {
        dev.jmpy.asyncio.internal.EventLoop.useVirtualTime();
      }
      System.setOut(new PrintStream(captured, true, UTF_8));
      try {
        main.invoke(null, (Object) new String[0]);
      } finally {
        System.setOut(saved);
        dev.jmpy.asyncio.internal.EventLoop.newEventLoop();
        if (virtualTime) {
          dev.jmpy.asyncio.internal.EventLoop.useRealTime();
        }
      }
    }
    return captured.toString(UTF_8);
  }

  static void deleteRecursively(Path dir) {
    dev.jmpy.bench.Dirs.deleteRecursively(dir);
  }

}
