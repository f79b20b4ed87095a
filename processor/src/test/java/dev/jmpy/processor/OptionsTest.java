package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's -A options are checked (a misspelled name or value is an error that says what to
 * write, and nothing is translated), it warns when a class got no module without an error saying
 * why, and it leaves a marker that it ran.
 */
class OptionsTest {
  private static final JavaFileObject APP = JavaFileObjects.forSourceLines("demo.App",
      "package demo;",
      "@dev.jmpy.annotations.MicroPython",
      "public class App { public static void main(String[] args) {} }");

  @Test
  void theOptionsInTheTableAreAccepted() {
    Compilation compilation = Jmpy.compile(List.of("-Ajmpy.main=demo.App",
        "-Ajmpy.asyncioModule=uasyncio", "-Ajmpy.intOverflow=python"), APP);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(0);
    assertThat(Jmpy.generated(compilation, "demo/app.py")).isPresent();
  }

  @Test
  void anotherProcessorsOptionIsNotJmpysBusiness() {
    Compilation compilation = Jmpy.compile(List.of("-Aimmutables.gradle=true"), APP);
    assertThat(compilation).succeeded();
    assertThat(Jmpy.generated(compilation, "demo/app.py")).isPresent();
  }

  @Test
  void withARejectedOptionNothingIsWritten(@TempDir Path work) throws IOException {
    Path source = Files.createDirectories(work.resolve("src/demo")).resolve("App.java");
    Files.writeString(source, APP.getCharContent(true));
    Path out = Files.createDirectories(work.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("--release", "21", "-proc:full", "-d", out.toString(),
              "-cp", System.getProperty("java.class.path"), "-Ajmpy.intOverflow=wrapp"),
          null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new JmpyProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics().get(0).getMessage(null)).startsWith("[JMPY071]");
    try (Stream<Path> written = Files.walk(out)) {
      assertThat(written.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
          .filter(p -> !p.endsWith(".class")).toList()).isEmpty();
    }
  }

  @Test
  void aMisspelledOptionNameIsAnErrorThatSuggestsTheNearestOne() {
    Compilation compilation = Jmpy.compile(
        List.of("-Ajmpy.asyncioModul=uasyncio", "-Ajmyp.main=demo.App", "-Ajmpy.intoverflow=wrap"),
        APP);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[JMPY070] -Ajmpy.asyncioModul is not one of "
        + "jmpy's options; did you mean -Ajmpy.asyncioModule? jmpy's options are -Ajmpy.main, "
        + "-Ajmpy.asyncioModule, -Ajmpy.intOverflow");
    assertThat(compilation).hadErrorContaining(
        "[JMPY070] -Ajmyp.main is not one of jmpy's options; did you mean -Ajmpy.main?");
    assertThat(compilation).hadErrorContaining(
        "[JMPY070] -Ajmpy.intoverflow is not one of jmpy's options; did you mean -Ajmpy.intOverflow?");
  }

  @Test
  void anUnknownJmpyNameFarFromEveryOptionListsThemAll() {
    Compilation compilation = Jmpy.compile(List.of("-Ajmpy.boardPort=/dev/ttyUSB0"), APP);
    assertThat(compilation).hadErrorContaining("[JMPY070] -Ajmpy.boardPort is not one of jmpy's "
        + "options; jmpy's options are -Ajmpy.main, -Ajmpy.asyncioModule, -Ajmpy.intOverflow");
  }

  @Test
  void aValueAnOptionDoesNotAcceptIsAnErrorNamingTheAcceptedValues() {
    Compilation compilation = Jmpy.compile(
        List.of("-Ajmpy.asyncioModule=uasycnio", "-Ajmpy.intOverflow=wrapp"), APP);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[JMPY071] -Ajmpy.asyncioModule=uasycnio is not a "
        + "value jmpy accepts; did you mean uasyncio? -Ajmpy.asyncioModule is asyncio (the "
        + "default) or uasyncio");
    assertThat(compilation).hadErrorContaining("[JMPY071] -Ajmpy.intOverflow=wrapp is not a value "
        + "jmpy accepts; did you mean wrap? -Ajmpy.intOverflow is wrap (the default) or python");
  }

  @Test
  void anOptionWithoutAValueSaysWhatToWrite() {
    Compilation compilation = Jmpy.compile(List.of("-Ajmpy.main"), APP);
    assertThat(compilation).hadErrorContaining(
        "[JMPY071] -Ajmpy.main= is not a value jmpy accepts; write -Ajmpy.main=<qualified class name>");
  }

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertThat(Options.distance("uasycnio", "uasyncio")).isEqualTo(1);
    assertThat(Options.distance("wrapp", "wrap")).isEqualTo(1);
    assertThat(Options.distance("", "abc")).isEqualTo(3);
    assertThat(Options.nearest("PYTHON", List.of("wrap", "python"), 2)).hasValue("python");
    assertThat(Options.nearest("saturate", List.of("wrap", "python"), 2)).isEmpty();
  }

  @Test
  void aClassJavacNeverAttributedGetsAWarningNotSilence() {
    Compilation compilation = Jmpy.compile(List.of("-proc:only"), APP);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[JMPY072] jmpy wrote no module for demo.App: "
        + "javac stopped before attributing it").inFile(APP).onLine(3);
    assertThat(Jmpy.allGenerated(compilation)).isEmpty();
  }

  @Test
  void noWarningWhenAnErrorAlreadyExplainsTheMissingModule() {
    JavaFileObject unresolved = JavaFileObjects.forSourceLines("demo.Other",
        "package demo;",
        "public class Other { Missing field; }");
    Compilation javacError = Jmpy.compile(APP, unresolved);
    assertThat(javacError).hadErrorContaining("cannot find symbol");
    assertThat(warnings(javacError)).isEmpty();

    JavaFileObject rejected = JavaFileObjects.forSourceLines("demo.Bad",
        "package demo;",
        "@dev.jmpy.annotations.MicroPython",
        "public class Bad { @dev.jmpy.annotations.Coroutine static void c() {}",
        "  static void plain() { c(); } }");
    Compilation jmpyError = Jmpy.compile(APP, rejected);
    assertThat(jmpyError).hadErrorContaining("[JMPY010]");
    assertThat(warnings(jmpyError)).isEmpty();
  }

  @Test
  void theProcessorLeavesAMarkerThatItRan() throws IOException {
    Compilation compilation = Jmpy.compile(APP);
    assertThat(marker(compilation)).hasValue("""
        # Written by jmpy's annotation processor at the end of each compilation it ran in.
        classes=demo.App
        modules=demo/app.py,main.py
        """);

    JavaFileObject plain = JavaFileObjects.forSourceLines("demo.Plain",
        "package demo;",
        "public class Plain {}");
    assertThat(marker(Jmpy.compile(plain))).hasValue("""
        # Written by jmpy's annotation processor at the end of each compilation it ran in.
        classes=
        modules=
        """);
  }

  private static Optional<String> marker(Compilation compilation) throws IOException {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, BuildMarker.PATH);
    return file.isPresent() ? Optional.of(file.get().getCharContent(true).toString()) : Optional.empty();
  }

  private static List<String> warnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null)).toList();
  }
}
