package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDK library calls of issue 14 that stay rejected, each with its code at its line and column
 * and a message that says why and what works instead (never "not supported by jmpy yet"); no
 * module is written.
 */
class LibraryRejectionsTest {

  /** Cases: a name, the class body (line 4 on), the code, a part of the message, line, column. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("regex with a group", """
            static String[] f(String s) { return s.split("(,|;)"); }
            """, "JMPY063", "split(\"(,|;)\") uses a group (...), beyond the regular expressions", 4, 48),
        Arguments.of("regex with alternation", """
            static String f(String s) { return s.replaceAll("cat|dog", "pet"); }
            """, "JMPY063", "replaceAll(\"cat|dog\") uses alternation (|)", 4, 51),
        Arguments.of("regex with an anchor", """
            static boolean f(String s) { return s.matches("^\\\\d+$"); }
            """, "JMPY063", "matches(\"^\\\\d+$\") uses the anchor ^", 4, 49),
        Arguments.of("regex with a lazy quantifier", """
            static String f(String s) { return s.replaceFirst("a+?", ""); }
            """, "JMPY063", "replaceFirst(\"a+?\") uses a lazy quantifier (+?)", 4, 53),
        Arguments.of("regex with a back reference", """
            static String[] f(String s) { return s.split("(.)\\\\1"); }
            """, "JMPY063", "split(\"(.)\\\\1\") uses a group (...)", 4, 48),
        Arguments.of("regex with a word boundary", """
            static String[] f(String s) { return s.split("\\\\b"); }
            """, "JMPY063", "split(\"\\\\b\") uses the escape \\\\b", 4, 48),
        Arguments.of("regex known only at run time", """
            static String[] f(String s, String sep) { return s.split(sep); }
            """, "JMPY063", "split() uses a pattern that is not a compile-time constant", 4, 60),
        Arguments.of("subList kept for later", """
            static java.util.List<Integer> f(java.util.List<Integer> xs) { return xs.subList(0, 2); }
            """, "JMPY064", "xs.subList(0, 2) is a live view of the list in Java", 4, 75),
        Arguments.of("subList stored", """
            static void f(java.util.List<Integer> xs) { var head = xs.subList(0, 2); head.set(0, 1); }
            """, "JMPY064", "xs.subList(0, 2) is a live view", 4, 60),
        Arguments.of("hash code of a list of enums", """
            enum E { A }
            static int f(java.util.List<E> es) { return es.hashCode(); }
            """, "JMPY065", "hashCode() needs Java's hash code of java.util.List<App.E>", 5, 49),
        Arguments.of("hash code of a list of records", """
            record R(int x) {}
            static int f(java.util.List<R> rs) { return rs.hashCode(); }
            """, "JMPY065", "hashCode() needs Java's hash code of java.util.List<App.R>", 5, 49),
        Arguments.of("hash code of a list of longs", """
            static int f(java.util.List<Long> xs) { return xs.hashCode(); }
            """, "JMPY065", "hashCode() needs Java's hash code of java.util.List<java.lang.Long>", 4, 52));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsCodeAtItsPosition(String name, String body, String code, String message,
      int line, int column) {
    JavaFileObject source = JavaFileObjects.forSourceString("App", """
        @dev.jmpy.annotations.MicroPython
        public class App {
          // line 4 follows
        """ + body.indent(2) + "}\n");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + code + "] " + message)
        .inFile(source).onLine(line).atColumn(column);
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("not supported by jmpy yet");
    }
  }
}
