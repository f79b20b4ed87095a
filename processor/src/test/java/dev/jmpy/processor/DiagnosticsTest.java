package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every rejection is a coded error at the exact line and column of the construct, and nothing is
 * written for a class that has one.
 */
class DiagnosticsTest {

  private static JavaFileObject app(String... body) {
    String[] lines = new String[body.length + 11];
    lines[0] = "package demo;";
    lines[1] = "";
    lines[2] = "import dev.jmpy.annotations.Coroutine;";
    lines[3] = "import dev.jmpy.annotations.MicroPython;";
    lines[4] = "import dev.jmpy.asyncio.Asyncio;";
    lines[5] = "";
    lines[6] = "@MicroPython";
    lines[7] = "public class App {";
    lines[8] = "  @Coroutine";
    lines[9] = "  static void count(String name, int n) {}";
    System.arraycopy(body, 0, lines, 10, body.length); // body starts on line 11
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("demo.App", lines);
  }

  @Test
  void coroutineCalledFromPlainMethodIsAnErrorAtTheCall() {
    JavaFileObject source = app(
        "  public static void main(String[] args) {",
        "    count(\"A\", 3);",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JMPY010] count(...) is a @Coroutine")
        .inFile(source).onLine(12).atColumn(5);
    assertThat(compilation).hadErrorContaining("Asyncio.run(() -> count(\"A\", 3))");
  }

  @Test
  void qualifiedCoroutineCallIsReportedWhereJavacPointsAtAMemberSelect() {
    JavaFileObject source = app(
        "  static void helper() {",
        "    int x = 1; App.count(\"A\", x);",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).hadErrorContaining("[JMPY010]").inFile(source).onLine(12).atColumn(19);
  }

  @Test
  void asyncioRunInsideACoroutineIsRejected() {
    JavaFileObject source = app(
        "  @Coroutine",
        "  static void outer() {",
        "    Asyncio.run(() -> count(\"A\", 1));",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).hadErrorContaining("[JMPY011]").inFile(source).onLine(13).atColumn(12);
  }

  @Test
  void coroutineObjectMustBeOneCallToAUserCoroutine() {
    JavaFileObject source = app(
        "  static int value = 3;",
        "  @Coroutine",
        "  static void outer() {",
        "    Asyncio.createTask(() -> Asyncio.sleepMs(5));",
        "    Asyncio.createTask(() -> count(\"A\", value));",
        "    Asyncio.waitForMs(() -> Asyncio.sleepMs(5), 10);",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("'sleepMs' is not a @Coroutine method of a translated class")
        .inFile(source).onLine(14).atColumn(37);
    assertThat(compilation).hadErrorContaining("copy 'value' into a local variable first")
        .inFile(source).onLine(15).atColumn(41);
    // wait_for(sleep_ms(5), ...) fails on the board: sleep_ms is not a coroutine there.
    assertThat(compilation).hadErrorContaining("'sleepMs' is not a @Coroutine method of a translated class")
        .inFile(source).onLine(16).atColumn(36);
  }

  @Test
  void threadsAndMonitorsAreRejectedWithTheAsyncioAlternative() {
    JavaFileObject source = app(
        "  static void work() throws Exception {",
        "    synchronized (App.class) {",
        "      Thread.sleep(10);",
        "    }",
        "  }",
        "  static synchronized void locked() {}");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).hadErrorContaining("[JMPY031] synchronized has no meaning")
        .inFile(source).onLine(12).atColumn(5);
    assertThat(compilation).hadErrorContaining("[JMPY030] Thread.sleep()")
        .inFile(source).onLine(13).atColumn(13);
    assertThat(compilation).hadErrorContaining("await Asyncio.sleepMs(ms)");
    assertThat(compilation).hadErrorContaining("[JMPY031] a synchronized method")
        .inFile(source).onLine(16).atColumn(28);
  }

  @Test
  void everyIndependentRejectionOfAFileIsReportedInOneCompilation() {
    // Checks that run before translation (threads, monitors, reflection) and rejections found while
    // translating, in two methods of one class and in a second class of the same file: one
    // compilation names them all, so a user fixes a file in one pass.
    JavaFileObject source = JavaFileObjects.forSourceLines("demo.Many",
        "package demo;",
        "",
        "import dev.jmpy.annotations.MicroPython;",
        "",
        "@MicroPython",
        "public class Many {",
        "  static void work() throws Exception {",
        "    Thread.sleep(10);",
        "  }",
        "  static synchronized void locked() {}",
        "  static int identity(Object o) {",
        "    return System.identityHashCode(o);",
        "  }",
        "  static String fields(Object o) {",
        "    return o.getClass().getDeclaredFields().toString();",
        "  }",
        "}",
        "",
        "@MicroPython",
        "class Other {",
        "  static int hash(Object o) {",
        "    return System.identityHashCode(o);",
        "  }",
        "}");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JMPY030]").inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("[JMPY031]").inFile(source).onLine(10);
    assertThat(compilation).hadErrorContaining("identityHashCode").inFile(source).onLine(12);
    assertThat(compilation).hadErrorContaining("[JMPY032]").inFile(source).onLine(15);
    assertThat(compilation).hadErrorContaining("identityHashCode").inFile(source).onLine(22);
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void unsupportedConstructsNameThemselvesAndTheAlternative() {
    JavaFileObject source = app(
        "  static int pick(int k) {",
        "    interface Local {} return 1;",
        "  }",
        "  @dev.jmpy.annotations.Coroutine static void hold(dev.jmpy.asyncio.Lock lock) {",
        "    lock.hold();",
        "  }",
        "  static String ratio(java.util.List<Character> a) {",
        "    return \"r=\" + a;",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).hadErrorContaining(
        "[JMPY023] a local interface is not supported")
        .inFile(source).onLine(12).atColumn(5);
    // javac's position for a call is the '.' before its method name.
    assertThat(compilation).hadErrorContaining("[JMPY018] Lock.hold() outside a try-with-resources")
        .inFile(source).onLine(15).atColumn(9);
    assertThat(compilation).hadErrorContaining("[JMPY026] converting a java.util.List<java.lang.Character> to text")
        .inFile(source).onLine(18).atColumn(19);
  }

  @Test
  void enumConstructorsWithTheSameNumberOfParametersAreRejected() {
    JavaFileObject source = app(
        "  enum Mode {",
        "    A(1), B(\"x\");",
        "    Mode(int x) {}",
        "    Mode(String s) {}",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    // javac's position for a constructor is its name.
    assertThat(compilation).hadErrorContaining("[JMPY024] the constructor is overloaded")
        .inFile(source).onLine(14).atColumn(5);
  }

  @Test
  void stringIdentityIsAWarningAndStillTranslates() {
    JavaFileObject source = app(
        "  static boolean same(String a, String b) {",
        "    return a == b;",
        "  }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[JMPY040]").inFile(source).onLine(12).atColumn(14);
    assertThat(Jmpy.generated(compilation, "demo/app.py")).isPresent();
  }

  @Test
  void twoMainsWithoutAChoiceWriteNoMainPy() {
    JavaFileObject a = JavaFileObjects.forSourceLines("A",
        "@dev.jmpy.annotations.MicroPython",
        "public class A { public static void main(String[] args) {} }");
    JavaFileObject b = JavaFileObjects.forSourceLines("B",
        "@dev.jmpy.annotations.MicroPython",
        "public class B { public static void main(String[] args) {} }");
    Compilation compilation = Jmpy.compile(a, b);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[JMPY050]");
    assertThat(Jmpy.generated(compilation, "main.py")).isEmpty();

    Compilation chosen = Jmpy.compile(List.of("-Ajmpy.main=B"), a, b);
    assertThat(chosen).succeeded();
    assertThat(Jmpy.generated(chosen, "main.py")).hasValue("import b\n\nb.main()\n");

    Compilation unknown = Jmpy.compile(List.of("-Ajmpy.main=C"), a, b);
    assertThat(unknown).hadErrorContaining("[JMPY051] -Ajmpy.main=C");
  }

  @Test
  void aPackageNamedLikeAMicroPythonModuleIsRejected() {
    JavaFileObject source = JavaFileObjects.forSourceLines("asyncio.Demo",
        "package asyncio;",
        "@dev.jmpy.annotations.MicroPython",
        "public class Demo { static int one() { return 1; } }");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).hadErrorContaining(
        "[JMPY028] the generated package asyncio would hide MicroPython's own 'asyncio' module")
        .inFile(source).onLine(1).atColumn(1);
  }
}
