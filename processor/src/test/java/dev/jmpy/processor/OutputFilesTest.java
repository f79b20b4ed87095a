package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor leaves on disk, with the real javac writing to a real directory (as {@code
 * javac -d out} and Maven do): never half a module, never a stale one.
 */
class OutputFilesTest {
  @TempDir Path work;

  private static final String GOOD_APP = """
      package demo;
      import dev.jmpy.annotations.Coroutine;
      import dev.jmpy.annotations.MicroPython;
      import dev.jmpy.asyncio.Asyncio;
      @MicroPython
      public class App {
        @Coroutine static void count(String name, int n) {}
        public static void main(String[] args) { Asyncio.run(() -> count("A", 3)); }
      }
      """;

  private static final String BROKEN_APP = GOOD_APP.replace(
      "Asyncio.run(() -> count(\"A\", 3));", "count(\"A\", 3);");

  private static final String OTHER = """
      package demo;
      @dev.jmpy.annotations.MicroPython
      public class Other { static int one() { return 1; } }
      """;

  @Test
  void aFailingClassWritesNothingWhileOthersTranslate() throws IOException {
    Result result = compile(work.resolve("out"), BROKEN_APP, OTHER);
    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).contains("[JMPY010]");
    assertThat(pythonFiles(work.resolve("out"))).containsExactly(
        "micropython/demo/__init__.py", "micropython/demo/other.py");
  }

  @Test
  void aClassThatStopsTranslatingLeavesNoStaleModuleOrMainPy() throws IOException {
    Path out = work.resolve("out");
    Result first = compile(out, GOOD_APP, OTHER);
    assertThat(first.success()).isTrue();
    assertThat(pythonFiles(out)).containsExactly("micropython/demo/__init__.py",
        "micropython/demo/app.py", "micropython/demo/other.py", "micropython/main.py");

    assertThat(Files.exists(out.resolve("jmpy-linemaps/demo/app.py.map"))).isTrue();

    Result second = compile(out, BROKEN_APP, OTHER);
    assertThat(second.success()).isFalse();
    assertThat(pythonFiles(out)).containsExactly("micropython/demo/__init__.py",
        "micropython/demo/other.py");
    assertThat(Files.exists(out.resolve("jmpy-linemaps/demo/app.py.map"))).isFalse();
  }

  private static String plain(String pkg, String name, String body) {
    return "package " + pkg + ";\n@dev.jmpy.annotations.MicroPython\npublic class " + name
        + " {\n" + body + "\n}\n";
  }

  private static final String MAIN = "public static void main(String[] args) { System.out.println(1); }";

  @Test
  void classesWhoseModulesCollideAreRejectedNamingBothAndNoMainPyIsLeft() throws IOException {
    Path out = work.resolve("out");
    Result first = compile(out, plain("demo", "Other", MAIN));
    assertThat(first.success()).isTrue();
    assertThat(pythonFiles(out)).contains("micropython/main.py");

    Result result = compile(out, plain("demo", "FooBar", MAIN), plain("demo", "Foo_Bar", "static int x;"),
        plain("demo", "Other", ""));
    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).doesNotContain("reopen");
    assertThat(result.diagnostics()).contains("[JMPY093] demo.FooBar becomes the MicroPython module "
        + "micropython/demo/foo_bar.py, which collides with the module of demo.Foo_Bar "
        + "(micropython/demo/foo_bar.py)");
    assertThat(result.diagnostics()).contains("[JMPY093] demo.Foo_Bar becomes the MicroPython "
        + "module micropython/demo/foo_bar.py, which collides with the module of demo.FooBar");
    assertThat(pythonFiles(out)).containsExactly("micropython/demo/__init__.py",
        "micropython/demo/other.py");
  }

  @Test
  void aModuleBesideAPackageFolderOfItsNameIsRejected() throws IOException {
    Result result = compile(work.resolve("out"), plain("app", "Util", ""),
        plain("app.util", "Strings", ""));
    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).contains("[JMPY093] app.Util becomes the MicroPython module "
        + "micropython/app/util.py, which collides with the module of app.util.Strings "
        + "(micropython/app/util/strings.py)");
  }

  @Test
  void anIncrementalBuildIntoTheSameFolderIsCheckedAgainstTheClassesCompiledBefore()
      throws IOException {
    Path out = work.resolve("out");
    Result first = compile(out, plain("demo", "HttpServer", MAIN));
    assertThat(first.success()).isTrue();
    String before = Files.readString(out.resolve("micropython/demo/http_server.py"));

    // An IDE recompiles only the class that changed, with the output folder on the class path.
    Result second = compileWithOutputOnClassPath(out, plain("demo", "HTTPServer", "static int x;"));
    assertThat(second.success()).isFalse();
    assertThat(second.diagnostics()).contains("[JMPY093] demo.HTTPServer becomes the MicroPython "
        + "module micropython/demo/http_server.py, which collides with the module of "
        + "demo.HttpServer (micropython/demo/http_server.py, compiled earlier into this folder)");
    assertThat(Files.readString(out.resolve("micropython/demo/http_server.py"))).isEqualTo(before);

    // Once the first class is gone (its class file deleted), its module name is free again.
    Files.delete(out.resolve("demo/HttpServer.class"));
    Result third = compileWithOutputOnClassPath(out, plain("demo", "HTTPServer", "static int x;"));
    assertThat(third.diagnostics()).doesNotContain("JMPY093");
    assertThat(third.success()).isTrue();
    assertThat(Files.readString(out.resolve(ModuleIndex.PATH)))
        .contains("demo/http_server.py=demo.HTTPServer");
  }

  private static final String TESTS_INTEGER =
      "static boolean isInt(Object o) { return o instanceof Integer; }";
  private static final String LONG_AS_OBJECT =
      "static java.util.Map<String, Object> m = new java.util.HashMap<>();\n"
          + "static void put() { m.put(\"n\", 5L); }";

  @Test
  void anIntegerTestAndALongSeenAsObjectInTwoClassesAreRejectedInTheSecond() throws IOException {
    Result result = compile(work.resolve("out"), plain("demo", "Tests", TESTS_INTEGER),
        plain("demo", "Json", LONG_AS_OBJECT));
    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).contains("[JMPY181]");
    assertThat(result.diagnostics()).containsMatch("this program tests instanceof Integer "
        + "\\(Tests.java:4:\\d+\\), and this class lets the long 5L be seen as Object"
        + "|instanceof Integer, and this program lets the long 5L be seen as Object \\(Json.java");
  }

  @Test
  void anIncrementalBuildSeesTheIntegerBoxesOfTheClassesCompiledBefore() throws IOException {
    Path out = work.resolve("out");
    Result first = compile(out, plain("demo", "Tests", TESTS_INTEGER));
    assertThat(first.success()).isTrue();
    assertThat(Files.readString(out.resolve(dev.jmpy.processor.check.IntegerBoxes.PATH)))
        .contains("INT\ttest\tdemo.Tests\tTests.java:4:");

    // An IDE compiles only the new class, with the output folder on the class path.
    Result second = compileWithOutputOnClassPath(out, plain("demo", "Json", LONG_AS_OBJECT));
    assertThat(second.success()).isFalse();
    assertThat(second.diagnostics()).contains("[JMPY181] this program tests instanceof Integer "
        + "(Tests.java:4:");
    assertThat(pythonFiles(out)).doesNotContain("micropython/demo/json.py");

    // Recompiling the testing class alone replaces its facts: without the test, Json compiles.
    Result third = compileWithOutputOnClassPath(out, plain("demo", "Tests", "static int x;"));
    assertThat(third.success()).isTrue();
    Result fourth = compileWithOutputOnClassPath(out, plain("demo", "Json", LONG_AS_OBJECT));
    assertThat(fourth.diagnostics()).doesNotContain("JMPY181");
    assertThat(fourth.success()).isTrue();
  }

  private static final String THROWS = "static void check(int v) { if (v < 0) throw new"
      + " IllegalArgumentException(\"negative\"); }";

  @Test
  void anApplicationsRuntimeHoldsWhatItsModulesUseAndWhatAnEarlierBuildsModulesUsed()
      throws IOException {
    Path out = work.resolve("out");
    assertThat(compile(out, plain("demo", "App", MAIN + THROWS)).success()).isTrue();
    String runtime = Files.readString(out.resolve("micropython/_jmpy.py"));
    assertThat(runtime).contains("class IllegalArgumentException(ValueError):");
    assertThat(runtime).doesNotContain("class NumberFormatException");
    assertThat(runtime).doesNotContain("def print_trace");

    // Built again with the output on the class path (as Maven does), the application now throws
    // another exception: the runtime keeps what the earlier build's modules may still use.
    Result again = compileWithOutputOnClassPath(out, plain("demo", "App", MAIN
        + "static void check(int v) { if (v < 0) throw new IllegalStateException(\"no\"); }"));
    assertThat(again.success()).isTrue();
    runtime = Files.readString(out.resolve("micropython/_jmpy.py"));
    assertThat(runtime).contains("class IllegalStateException(RuntimeError):");
    assertThat(runtime).contains("class IllegalArgumentException(ValueError):");
    assertThat(runtime).doesNotContain("class NumberFormatException");
  }

  @Test
  void aLibraryAndAnApplicationUsingOneWriteTheWholeRuntime() throws IOException {
    Path lib = work.resolve("lib");
    assertThat(compile(lib, plain("lib", "Checks", THROWS)).success()).isTrue();
    assertThat(Files.readString(lib.resolve("micropython/_jmpy.py")))
        .isEqualTo(dev.jmpy.processor.runtime.Helper.RUNTIME.source());
    assertThat(Files.exists(lib.resolve(TranslationListener.WHOLE_RUNTIME))).isTrue();

    // The application's image will hold the library's modules and its copy of _jmpy.py.
    Path app = work.resolve("app");
    Result result = compileOn(app, lib + java.io.File.pathSeparator
        + System.getProperty("java.class.path"), plain("demo", "App", MAIN + THROWS));
    assertThat(result.success()).isTrue();
    assertThat(Files.readString(app.resolve("micropython/_jmpy.py")))
        .isEqualTo(dev.jmpy.processor.runtime.Helper.RUNTIME.source());
  }

  private Result compileWithOutputOnClassPath(Path out, String... sources) throws IOException {
    return compileOn(out, out.toString() + java.io.File.pathSeparator
        + System.getProperty("java.class.path"), sources);
  }

  private record Result(boolean success, String diagnostics) {}

  private Result compile(Path out, String... sources) throws IOException {
    return compileOn(out, System.getProperty("java.class.path"), sources);
  }

  private Result compileOn(Path out, String classPath, String... sources) throws IOException {
    Path src = Files.createDirectories(work.resolve("src" + System.nanoTime()));
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*public class (\\w+).*", "$1");
      String pkg = source.replaceAll("(?s)^package ([\\w.]+);.*", "$1");
      Path file = Files.createDirectories(src.resolve(pkg.replace('.', '/'))).resolve(name + ".java");
      Files.writeString(file, source);
      files.add(file);
    }
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics,
          List.of("--release", "21", "-d", out.toString(),
              "-cp", classPath),
          null, fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new JmpyProcessor()));
      boolean ok = task.call();
      StringBuilder text = new StringBuilder();
      diagnostics.getDiagnostics().forEach(d -> text.append(d.getMessage(null)).append('\n'));
      return new Result(ok, text.toString());
    }
  }

  private static List<String> pythonFiles(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(p -> p.toString().endsWith(".py"))
          .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
