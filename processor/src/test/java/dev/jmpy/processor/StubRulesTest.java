package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What stub annotations say, for a user's own stubs as for jmpy's: a blocking call inside a
 * coroutine (JMPY015), arithmetic on tick counts (JMPY016), a computed keyword argument that
 * would be evaluated after a positional one, and the forms a call takes: attributes
 * ({@code @PyAttribute}), builtins, class constants. The golden case {@code user_stubs} shows
 * the three forms that were once miscompiled (class constants, keywords on constructors,
 * {@code byte[]} buffers).
 */
class StubRulesTest {
  /** A user's stub of the time module with the annotations jmpy-esp32's Time carries. */
  private static final JavaFileObject CLOCK = JavaFileObjects.forSourceLines("demo.Clock",
      "package demo;",
      "",
      "import dev.jmpy.annotations.Blocking;",
      "import dev.jmpy.annotations.PyModule;",
      "import dev.jmpy.annotations.Ticks;",
      "",
      "@PyModule(\"time\")",
      "public final class Clock {",
      "  private Clock() {}",
      "  @Ticks public static int ticksMs() { return 0; }",
      "  @Ticks public static int ticksAdd(int t, int d) { return 0; }",
      "  public static int ticksDiff(int a, int b) { return 0; }",
      "  @Blocking(\"Asyncio.sleepMs(ms)\") public static void sleepMs(int ms) {}",
      "}");

  private static JavaFileObject app(String... body) {
    String[] lines = new String[body.length + 10];
    lines[0] = "package demo;";
    lines[1] = "";
    lines[2] = "import dev.jmpy.annotations.Coroutine;";
    lines[3] = "import dev.jmpy.annotations.MicroPython;";
    lines[4] = "import dev.jmpy.asyncio.Asyncio;";
    lines[5] = "";
    lines[6] = "@MicroPython";
    lines[7] = "public class App {";
    lines[8] = "  static int last;";
    System.arraycopy(body, 0, lines, 9, body.length); // body starts on line 10
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("demo.App", lines);
  }

  @Test
  void aStubModuleIsImportedUnderAnotherNameWhenTheModuleHasANameLikeIt() {
    JavaFileObject stub = JavaFileObjects.forSourceLines("demo.Sensors",
        "package demo;",
        "@dev.jmpy.annotations.PyModule(\"sensors\")",
        "public final class Sensors {",
        "  private Sensors() {}",
        "  public static int read() { return 0; }",
        "}");
    JavaFileObject source = app(
        "  static int sensors = 2;",
        "  static int total() { return sensors + Sensors.read(); }");
    Compilation compilation = Jmpy.compile(stub, source);
    assertThat(compilation).succeeded();
    String module = Jmpy.generated(compilation, "demo/app.py").orElseThrow();
    assertThat(module).contains("import sensors as _sensors\n");
    assertThat(module).contains("sensors = 2\n");
    assertThat(module).contains("return _w32(sensors + _sensors.read())");
  }

  @Test
  void aBlockingSleepInsideACoroutineIsRejectedNamingTheAwaitableOne() {
    JavaFileObject source = app(
        "  @Coroutine",
        "  static void blink() {",
        "    Clock.sleepMs(100);",
        "  }",
        "  static void plain() {",
        "    Clock.sleepMs(100);",
        "  }");
    Compilation compilation = Jmpy.compile(CLOCK, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JMPY015] Clock.sleepMs() blocks the whole board")
        .inFile(source).onLine(12).atColumn(10);
    assertThat(compilation).hadErrorContaining("write Asyncio.sleepMs(ms) instead");
  }

  @Test
  void arithmeticOnTickCountsIsRejectedAndTicksDiffIsNot() {
    JavaFileObject source = app(
        "  static int measure() {",
        "    int start = Clock.ticksMs();",
        "    int deadline = Clock.ticksAdd(start, 500);",
        "    last = Clock.ticksMs();",
        "    int elapsed = Clock.ticksMs() - start;",
        "    boolean late = last > deadline;",
        "    deadline += 10;",
        "    int ok = Clock.ticksDiff(Clock.ticksMs(), start) + 1;",
        "    boolean same = last == start;",
        "    int plain = ok * 2;",
        "    String text = \"at \" + Clock.ticksMs() + last;",
        "    return elapsed;",
        "  }");
    Compilation compilation = Jmpy.compile(CLOCK, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3); // at the operator, where javac points
    assertThat(compilation).hadErrorContaining("[JMPY016] 'Clock.ticksMs() - start' computes with a tick count")
        .inFile(source).onLine(14).atColumn(35);
    assertThat(compilation).hadErrorContaining("[JMPY016] 'last > deadline'")
        .inFile(source).onLine(15).atColumn(25);
    assertThat(compilation).hadErrorContaining("[JMPY016] 'deadline += 10'")
        .inFile(source).onLine(16).atColumn(14);
  }

  @Test
  void aComputedKeywordArgumentBeforeAPositionalOneIsRejected() {
    JavaFileObject stub = JavaFileObjects.forSourceLines("demo.Gather",
        "package demo;",
        "import dev.jmpy.annotations.PyKeyword;",
        "import dev.jmpy.annotations.PyModule;",
        "@PyModule(\"things\")",
        "public class Gather {",
        "  public Gather(@PyKeyword(\"flag\") boolean flag, int n) {}",
        "}");
    JavaFileObject source = app(
        "  static boolean flag() { return true; }",
        "  static void make(int n) {",
        "    new Gather(flag(), n);",
        "    boolean f = flag();",
        "    new Gather(f, n);",
        "  }");
    Compilation compilation = Jmpy.compile(stub, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("a computed flag argument before a positional one")
        .inFile(source).onLine(12).atColumn(16);
  }

  @Test
  void attributesBuiltinsAndClassConstantsOfStubs() {
    JavaFileObject error = JavaFileObjects.forSourceLines("demo.BoardError",
        "package demo;",
        "import dev.jmpy.annotations.PyAttribute;",
        "import dev.jmpy.annotations.PyModule;",
        "import dev.jmpy.annotations.PyName;",
        "@PyModule(\"builtins\") @PyName(\"OSError\")",
        "public class BoardError extends java.io.IOException {",
        "  public BoardError(int errno) {}",
        "  @PyAttribute(\"errno\") public int errno() { return 0; }",
        "}");
    JavaFileObject source = app(
        "  static void check() throws BoardError {",
        "    try {",
        "      throw new BoardError(19);",
        "    } catch (BoardError e) {",
        "      System.out.println(e.errno());",
        "    }",
        "  }");
    Compilation compilation = Jmpy.compile(error, source);
    assertThat(compilation).succeeded();
    String module = Jmpy.generated(compilation, "demo/app.py").orElseThrow();
    assertThat(module).contains("raise OSError(19)");
    assertThat(module).contains("except OSError as e:");
    assertThat(module).contains("print(e.errno)");
    assertThat(module).doesNotContain("import builtins");
  }
}
