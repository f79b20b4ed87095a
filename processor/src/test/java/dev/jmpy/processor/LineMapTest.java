package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The line map written beside each module ({@code jmpy-linemaps/<module>.map}): each Python line of
 * translated code names the Java line it came from, through lowering (a function that got a
 * {@code global} statement) and statements made for one Java statement; helper lines are marked.
 */
class LineMapTest {
  private static final String APP = """
      package demo;
      import dev.jmpy.annotations.MicroPython;
      @MicroPython
      public class App {
        static int total = 0;
        static int ratio(int a, int b) {
          int q = a / b;
          total += q;
          if (q > 2) {
            return q;
          }
          return 0;
        }
        public static void main(String[] args) {
          System.out.println(ratio(7, 2));
        }
      }
      """;

  @Test
  void eachTranslatedLineNamesItsJavaLine() throws IOException {
    Compilation compilation = Jmpy.compile(JavaFileObjects.forSourceString("demo.App", APP));
    String python = Jmpy.generated(compilation, "demo/app.py").orElseThrow();
    String map = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "jmpy-linemaps/demo/app.py.map").orElseThrow().getCharContent(true).toString();
    List<String> lines = map.lines().toList();
    assertThat(lines.subList(0, 3)).containsExactly(
        "# jmpy line map 1", "module demo/app.py", "java demo/App.java").inOrder();
    Map<Integer, String> entries = new HashMap<>();
    for (String line : lines.subList(3, lines.size())) {
      int space = line.indexOf(' ');
      entries.put(Integer.parseInt(line.substring(0, space)), line.substring(space + 1));
    }
    List<String> py = python.lines().toList();
    assertThat(entryOf(py, entries, "q = _w32(_jdiv(a, b))")).isEqualTo("7 demo.App ratio");
    assertThat(entryOf(py, entries, "total = _w32(total + q)")).isEqualTo("8 demo.App ratio");
    assertThat(entryOf(py, entries, "if q > 2:")).isEqualTo("9 demo.App ratio");
    assertThat(entryOf(py, entries, "return q")).isEqualTo("10 demo.App ratio");
    assertThat(entryOf(py, entries, "print(")).isEqualTo("15 demo.App main");
    assertThat(entryOf(py, entries, "raise ZeroDivisionError")).isEqualTo("helper _jdiv");
    assertThat(entryOf(py, entries, "global total")).isNull();
  }

  /** The map's entry for the last Python line that starts with {@code start} (indent aside). */
  private static String entryOf(List<String> py, Map<Integer, String> entries, String start) {
    for (int i = py.size() - 1; i >= 0; i--) {
      if (py.get(i).strip().startsWith(start)) {
        return entries.get(i + 1);
      }
    }
    throw new AssertionError("no line starting with " + start);
  }
}
