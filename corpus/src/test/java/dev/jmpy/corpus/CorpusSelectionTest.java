package dev.jmpy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.corpus.CorpusSelection.CorpusFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSelectionTest {
  @TempDir Path root;

  @Test
  void aFileIsPlainJdkOnlyWhenEveryImportIsInJava() throws IOException {
    write("com/x/a/Plain.java", "package com.x.a;\nimport java.util.List;\nimport static java.lang.Math.max;\n"
        + "public class Plain {}\n");
    write("com/x/a/UsesJavax.java", "package com.x.a;\nimport javax.crypto.Cipher;\nclass UsesJavax {}\n");
    write("com/x/a/UsesCorpus.java", "package com.x.a;\nimport com.x.b.Other;\nclass UsesCorpus {}\n");
    write("com/x/a/sub/Nested.java", "package com.x.a.sub;\nclass Nested {}\nenum Second { A }\n");
    write("com/x/b/Other.java", "package com.x.b;\npublic class Other {}\n");

    List<CorpusFile> files = CorpusSelection.scan(root, List.of("com/x/a", "com/x/missing"));

    assertEquals(List.of("com/x/a/Plain.java", "com/x/a/UsesCorpus.java", "com/x/a/UsesJavax.java",
        "com/x/a/sub/Nested.java"), files.stream().map(f -> f.file().toString()).toList());
    assertEquals(List.of("com.x.a.Plain", "com.x.a.sub.Nested", "com.x.a.sub.Second"),
        files.stream().filter(CorpusFile::plain).flatMap(f -> f.types().stream())
            .map(CorpusSelection.CorpusType::qualifiedName).toList());
    assertEquals(List.of("com.x.b.Other"), files.get(1).foreignImports());
    assertEquals(List.of("javax.crypto.Cipher"), files.get(2).foreignImports());
  }

  @Test
  void annotatingKeepsEveryLineNumber() {
    String source = """
        package com.x;

        import java.util.List;

        /** Doc. */
        @SuppressWarnings("all")
        public final class A {
          int f() { return 1; }
        }

        interface B {}
        """;

    String annotated = CorpusSelection.annotate(source);

    List<String> lines = annotated.lines().toList();
    assertEquals(source.lines().count(), lines.size());
    assertEquals("package com.x; import dev.jmpy.annotations.MicroPython;", lines.get(0));
    assertEquals("@MicroPython @SuppressWarnings(\"all\")", lines.get(5));
    assertEquals("  int f() { return 1; }", lines.get(7));
    assertEquals("@MicroPython interface B {}", lines.get(10));
    CorpusFile reparsed = CorpusSelection.scanFile(write("com/x/A.java", annotated), Path.of("com/x/A.java"));
    assertEquals(List.of("com.x.A", "com.x.B"),
        reparsed.types().stream().map(CorpusSelection.CorpusType::qualifiedName).toList());
    assertEquals(List.of(CorpusSelection.ANNOTATION), reparsed.foreignImports());
  }

  @Test
  void aFileJavaParserCannotReadIsLeftOutWithItsProblem() throws IOException {
    write("com/x/Broken.java", "package com.x;\nclass Broken { void f( }\n");
    CorpusFile file = CorpusSelection.scanFile(root, Path.of("com/x/Broken.java"));
    assertFalse(file.plain());
    assertTrue(file.parseProblem() != null && !file.parseProblem().isEmpty());
  }

  private Path write(String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return root;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
