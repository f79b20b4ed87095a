package dev.jmpy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.corpus.Attribution.Outcome;
import dev.jmpy.corpus.Attribution.Outcomes;
import dev.jmpy.corpus.Attribution.TypeResult;
import dev.jmpy.corpus.CorpusSelection.CorpusFile;
import dev.jmpy.corpus.CorpusSelection.CorpusType;
import dev.jmpy.corpus.ProcessorCompile.Diag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurement on a small made-up corpus, with the real javac and processor. */
class AttributionTest {
  @TempDir Path dir;

  @Test
  void oneCompilationForAllGivesEachTypeItsOwnVerdict() throws IOException {
    Path original = dir.resolve("original");
    write(original, "com/x/a/Good.java", """
        package com.x.a;

        public class Good {
          public static int quadruple(int v) {
            return Helper.twice(Helper.twice(v));
          }
        }
        """);
    write(original, "com/x/a/Helper.java", """
        package com.x.a;

        class Helper {
          static int twice(int v) {
            synchronized (Helper.class) {
              return v * 2;
            }
          }
        }
        """);
    write(original, "com/x/a/Pair.java", """
        package com.x.a;

        class Pair {
          static int first() {
            synchronized (Pair.class) {
              return 1;
            }
          }
        }

        class Clean {
          static int second() {
            return 2;
          }
        }
        """);
    write(original, "com/x/a/Broken.java", """
        package com.x.a;

        class Broken {
          static String f(int v) {
            String s = v;
            return s;
          }
        }
        """);
    write(original, "com/x/a/Foreign.java", """
        package com.x.a;

        import javax.crypto.Cipher;

        class Foreign {}
        """);

    List<CorpusFile> files = CorpusSelection.scan(original, List.of("com/x/a"));
    List<CorpusFile> plain = files.stream().filter(CorpusFile::plain).toList();
    Path annotated = dir.resolve("annotated");
    for (CorpusFile f : files) {
      String text = CorpusSelection.read(original.resolve(f.file()));
      write(annotated, f.file().toString(), f.plain() ? CorpusSelection.annotate(text) : text);
    }
    List<CorpusType> types = plain.stream().flatMap(f -> f.types().stream()).toList();
    ProcessorCompile.Result result = new ProcessorCompile().translate(
        plain.stream().map(f -> annotated.resolve(f.file())).toList(), annotated, dir.resolve("classes"), List.of());

    Outcomes outcomes = Attribution.attribute(types, annotated, result);

    assertNull(result.crash());
    Map<String, Outcome> verdicts = outcomes.types().stream()
        .collect(Collectors.toMap(t -> t.type().simpleName(), TypeResult::outcome));
    assertEquals(Map.of("Good", Outcome.TRANSLATED, "Helper", Outcome.REJECTED, "Pair", Outcome.REJECTED,
        "Clean", Outcome.TRANSLATED, "Broken", Outcome.REJECTED), verdicts);
    assertEquals(List.of("JMPY031"), codes(outcomes, "Helper"));
    assertEquals(List.of("JMPY031"), codes(outcomes, "Pair"));
    assertEquals("javac", codes(outcomes, "Broken").get(0));
    TypeResult pair = result(outcomes, "Pair");
    assertEquals(5, pair.errors().get(0).line());

    // Good translated, but its module imports Helper's, which was not written.
    ModuleImports imports = new ModuleImports(result.boardImage());
    String good = result(outcomes, "Good").modulePath();
    assertEquals(Set.of("com/x/a/helper.py"), imports.direct(good));
    assertEquals(Set.of("com/x/a/helper.py"), imports.missing(good));
    assertEquals(Set.of(), imports.missing(result(outcomes, "Clean").modulePath()));
  }

  @Test
  void aCrashOrASilentSkipIsToldApartFromARejection() {
    CorpusType crashed = new CorpusType("p.Crashed", Path.of("p/Crashed.java"), 1, 10);
    CorpusType skipped = new CorpusType("p.Skipped", Path.of("p/Skipped.java"), 1, 10);
    Path source = dir.resolve("p/Crashed.java");
    ProcessorCompile.Result result = new ProcessorCompile.Result(dir.resolve("none"), List.of(
        new Diag(Diagnostic.Kind.ERROR, source, 3, 1, "[JMPY001] jmpy could not translate p.Crashed ..."),
        new Diag(Diagnostic.Kind.WARNING, null, -1, -1, "[JMPY050] no main.py was written")),
        Map.of("p.Skipped", "p/skipped.py"), null);

    Outcomes outcomes = Attribution.attribute(List.of(crashed, skipped), dir, result);

    assertEquals(List.of(Outcome.CRASHED, Outcome.SILENTLY_SKIPPED),
        outcomes.types().stream().map(TypeResult::outcome).toList());
    assertEquals(1, outcomes.elsewhere().size());
    assertTrue(outcomes.elsewhere().get(0).message().contains("JMPY050"));
  }

  private static TypeResult result(Outcomes outcomes, String simpleName) {
    return outcomes.types().stream().filter(t -> t.type().simpleName().equals(simpleName)).findFirst().orElseThrow();
  }

  private static List<String> codes(Outcomes outcomes, String simpleName) {
    return result(outcomes, simpleName).errors().stream().map(Attribution::code).distinct().toList();
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
