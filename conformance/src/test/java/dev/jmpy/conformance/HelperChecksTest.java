package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.runtime.RuntimeSubset;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every jmpy helper ({@code processor/src/main/resources/dev/jmpy/processor/runtime/*.py}) runs on
 * real MicroPython 1.27 with the checks written under its definition: each {@code # >>> python}
 * line, and the {@code # java: ...} line under it run on the JVM. Both sides print each value as
 * Java prints it, and an exception as the Python class jmpy maps the Java one to (docs/semantics.md,
 * Exceptions) with its message; the outputs must be equal, so the expected values are Java's own,
 * computed here, never written by hand. A {@code java:} line ending in {@code ;} is a statement
 * (its Python line is executed, nothing printed); {@code kind(...)} / {@code _kind(...)} compare
 * only an exception's class, where the JDK's message changed between versions. A helper whose
 * checks start with {@code # Checks (single precision)} (float arithmetic and text) runs on the
 * single-precision unix build instead ({@link MicroPythonTools}), where the ESP32's floats are;
 * without it those helpers are skipped with a message (failed when {@code CI} is set).
 */
class HelperChecksTest {
  private static final Path MODULE = ConformanceRun.Settings.fromEnvironment().conformanceDir();
  private static final Path WORK = MODULE.resolve("target/helper-checks");

  /** A check: its line in the helper file, the Python and the Java it runs. */
  record Check(int line, String python, String java) {
    boolean statement() {
      return java.endsWith(";");
    }
  }

  private static final Map<Helper, String> JVM = new EnumMap<>(Helper.class);
  private static final Map<Helper, RunResult> MICRO_PYTHON = new EnumMap<>(Helper.class);

  @BeforeAll
  static void runEveryHelpersChecksOnBothSides() throws Exception {
    Files.createDirectories(WORK);
    StringBuilder java = new StringBuilder(JAVA_PRELUDE);
    List<BoardRunner.Job> jobs = new ArrayList<>();
    List<BoardRunner.Job> singlePrecisionJobs = new ArrayList<>();
    for (Helper helper : Helper.values()) {
      List<Check> checks = checks(helper);
      java.append(javaMethod(helper, checks));
      Path dir = Files.createDirectories(WORK.resolve("board").resolve(helper.pythonName()));
      String script = pythonScript(helper, checks);
      Files.writeString(dir.resolve("main.py"), script, UTF_8);
      // the shared runtime is a module of its own, beside main.py as in the board image, and holds
      // what an application's image holds: the definitions the code names (RuntimeSubset)
      Files.writeString(dir.resolve(Helper.RUNTIME.pythonName() + ".py"), helper == Helper.RUNTIME
          ? Helper.RUNTIME.source()
          : RuntimeSubset.runtime().text(RuntimeSubset.namesUsedBy(script)), UTF_8);
      (singlePrecision(helper) ? singlePrecisionJobs : jobs).add(new BoardRunner.Job(helper.name(), dir));
    }
    java.append("}\n");
    runJava(java.toString());
    Map<String, RunResult> results = new java.util.HashMap<>(
        BoardRunner.microPython(MODULE, Duration.ofSeconds(20)).run(jobs));
    if (TOOLS.singlePrecisionMissing() == null) {
      results.putAll(BoardRunner.unixMicroPython(MODULE, TOOLS.singlePrecision(), Duration.ofSeconds(60))
          .run(singlePrecisionJobs));
    }
    for (Helper helper : Helper.values()) {
      MICRO_PYTHON.put(helper, results.get(helper.name()));
    }
  }

  private static final MicroPythonTools TOOLS = MicroPythonTools.locate(MODULE);

  /** Whether the helper's checks run on single-precision MicroPython (its floats are the board's). */
  static boolean singlePrecision(Helper helper) {
    String text = helper.resourceText();
    return text.startsWith(Helper.CHECKS_MARKER + " (single precision)")
        || text.contains("\n" + Helper.CHECKS_MARKER + " (single precision)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Helper.class)
  void printsOnMicroPythonWhatJavaPrints(Helper helper) {
    assertFalse(checks(helper).isEmpty(), helper.pythonName() + ".py has no checks");
    if (singlePrecision(helper) && TOOLS.singlePrecisionMissing() != null) {
      assertFalse(ConformanceRun.Settings.runningInCi(), TOOLS.singlePrecisionMissing() + ", and CI is set");
      org.junit.jupiter.api.Assumptions.abort(helper.pythonName() + ".py: " + TOOLS.singlePrecisionMissing());
    }
    RunResult board = MICRO_PYTHON.get(helper);
    assertNull(board.exception(), () -> helper.pythonName() + ".py failed on MicroPython:\n"
        + board.exception() + "\n" + board.stderr());
    assertEquals(JVM.get(helper), board.stdout(), () -> helper.pythonName()
        + ".py: MicroPython (actual) differs from Java (expected), lines are <helper>:<line>");
  }

  /** The checks under a helper's definition. */
  static List<Check> checks(Helper helper) {
    List<String> lines = helper.resourceText().lines().toList();
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("# >>> ")) {
        assertTrue(i + 1 < lines.size() && lines.get(i + 1).startsWith("# java: "),
            helper.pythonName() + ".py line " + (i + 2) + ": a '# java: ' line must follow");
        checks.add(new Check(i + 1, lines.get(i).substring(6), lines.get(i + 1).substring(8)));
      }
    }
    return checks;
  }

  /** The helper's definition after those it uses, a printer of Java's text, and the checks. */
  private static String pythonScript(Helper helper, List<Check> checks) {
    Set<Helper> definitions = new LinkedHashSet<>();
    addWithRequirements(helper, definitions);
    StringBuilder py = new StringBuilder();
    for (Helper h : definitions) {
      py.append(h.shared() ? "import " + h.pythonName() + "\n" : h.source()).append("\n\n");
    }
    py.append(PYTHON_PRELUDE);
    for (Check check : checks) {
      py.append(check.statement() ? check.python()
          : "_show(\"" + id(helper, check) + "\", lambda: " + check.python() + ")").append('\n');
    }
    return py.toString();
  }

  private static void addWithRequirements(Helper helper, Set<Helper> out) {
    for (Helper required : helper.requires()) {
      addWithRequirements(required, out);
    }
    out.add(helper);
  }

  private static String javaMethod(Helper helper, List<Check> checks) {
    StringBuilder java = new StringBuilder("  public static String check" + helper.pythonName()
        + "() {\n    OUT.setLength(0);\n");
    for (Check check : checks) {
      java.append(check.statement() ? "    " + check.java()
          : "    show(\"" + id(helper, check) + "\", () -> " + check.java() + ");").append('\n');
    }
    return java.append("    return OUT.toString();\n  }\n").toString();
  }

  private static String id(Helper helper, Check check) {
    return helper.pythonName() + ":" + check.line();
  }

  /** Compiles the checks' Java and runs each helper's method, keeping what it printed. */
  private static void runJava(String source) throws Exception {
    Path dir = Files.createDirectories(WORK.resolve("java"));
    Path file = dir.resolve("HelperChecks.java");
    Files.writeString(file, source, UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-d", dir.toString(), "-Xlint:none",
        file.toString());
    assertEquals(0, status, () -> "the checks' Java does not compile:\n" + errors.toString(UTF_8));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        HelperChecksTest.class.getClassLoader())) {
      Class<?> checks = loader.loadClass("HelperChecks");
      for (Helper helper : Helper.values()) {
        Method method = checks.getMethod("check" + helper.pythonName());
        JVM.put(helper, (String) method.invoke(null));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String JAVA_PRELUDE = """
      import java.util.*;
      import java.util.stream.*;
      import java.util.concurrent.Callable;

      public class HelperChecks {
        static final StringBuilder OUT = new StringBuilder();

        static void show(String id, Callable<?> value) {
          String text;
          try {
            Object result = value.call();
            // A float by its bits (NaN as Java's canonical one), exact on both sides.
            text = result instanceof Float f ? String.format("f%08x", Float.floatToIntBits(f))
                : text(result);
          } catch (Exception e) {
            text = "!" + python(e) + (e.getMessage() == null ? "" : ": " + e.getMessage());
          }
          OUT.append(id).append(' ').append(text).append('\\n');
        }

        /** A value as Java prints it; an array as Arrays.toString does. */
        static String text(Object v) {
          if (v != null && v.getClass().isArray()) {
            return switch (v) {
              case int[] a -> Arrays.toString(a);
              case long[] a -> Arrays.toString(a);
              case short[] a -> Arrays.toString(a);
              case byte[] a -> Arrays.toString(a);
              case boolean[] a -> Arrays.toString(a);
              case float[] a -> Arrays.toString(a);
              case double[] a -> Arrays.toString(a);
              case char[] a -> Arrays.toString(a);
              default -> Arrays.deepToString((Object[]) v);
            };
          }
          return String.valueOf(v);
        }

        /** The code points of bytes decoded as Java's new String(bytes, UTF_8) decodes them. */
        static List<Integer> cps(byte[] bytes) {
          return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).codePoints().boxed()
              .toList();
        }

        /** The Python class jmpy raises and catches for a Java exception (semantics.md). */
        static String python(Exception e) {
          return switch (e.getClass().getSimpleName()) {
            case "ArithmeticException" -> "ZeroDivisionError";
            case "IllegalArgumentException" -> "ValueError";
            case "NumberFormatException", "NegativeArraySizeException", "IllegalStateException",
                "UnsupportedOperationException", "ClassCastException", "BufferUnderflowException",
                "BufferOverflowException", "InputMismatchException" -> e.getClass().getSimpleName();
            case "IndexOutOfBoundsException", "StringIndexOutOfBoundsException",
                "ArrayIndexOutOfBoundsException" -> "IndexError";
            case "NoSuchElementException" -> "KeyError";
            case "NullPointerException" -> "AttributeError";
            default -> "Java:" + e.getClass().getName();
          };
        }

        static int zero() {
          return 0;
        }

        /** Float/Double.toString's decimal as "f e" (f * 10^e, at least two digits in f). */
        static String decimal(String javaText) {
          java.math.BigDecimal d = new java.math.BigDecimal(javaText).stripTrailingZeros();
          java.math.BigInteger f = d.unscaledValue();
          int e = -d.scale();
          if (d.precision() < 2) {
            f = f.multiply(java.math.BigInteger.TEN);
            e -= 1;
          }
          return f + " " + e;
        }

        static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
          List<T> copy = new ArrayList<>(values);
          copy.sort(order);
          return copy;
        }

        static Object run(Runnable action) {
          action.run();
          return null;
        }

        /** The value, or only the Python class of the exception (where messages vary by JDK). */
        static Object kind(Callable<?> value) {
          try {
            return value.call();
          } catch (Exception e) {
            return "!" + python(e);
          }
        }

      """;

  private static final String PYTHON_PRELUDE = """
      import struct
      from array import array


      def _text(v):
          # a value as Java prints it: null, true, [a, b], {k=v}, an entry (k, v) as k=v
          if v is None:
              return "null"
          if v is True:
              return "true"
          if v is False:
              return "false"
          if isinstance(v, str):
              return v
          if isinstance(v, float):
              return "f7fc00000" if v != v else "f%08x" % struct.unpack("<I", struct.pack("<f", v))[0]
          if isinstance(v, tuple) and len(v) == 2:
              return _text(v[0]) + "=" + _text(v[1])
          if isinstance(v, dict):
              return "{" + ", ".join([_text(k) + "=" + _text(v[k]) for k in v]) + "}"
          if isinstance(v, bytearray):
              return "[" + ", ".join(["true" if x else "false" for x in v]) + "]"
          if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, array) or type(v).__name__ == "dict_view":
              return "[" + ", ".join([_text(x) for x in v]) + "]"
          return str(v)


      def _show(id, value):
          try:
              text = _text(value())
          except Exception as e:
              text = "!" + type(e).__name__ + (": " + str(e.args[0]) if e.args else "")
          print(id + " " + text)


      def _kind(value):
          try:
              return value()
          except Exception as e:
              return "!" + type(e).__name__


      """;
}
