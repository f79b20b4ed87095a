package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness can fail, and says why: a translation broken on purpose, a wrong expected output,
 * a compile error, and the rules for recording and for documented differences.
 */
class HarnessSelfTest {
  private static final ConformanceRun.Settings SUITE = ConformanceRun.Settings.fromEnvironment();

  private static final String GREETING = """
      package lang;

      import dev.jmpy.annotations.MicroPython;

      @MicroPython
      public class Greeting {
        public static void main(String[] args) {
          System.out.println("hello");
          System.out.println("world");
        }
      }
      """;

  @Test
  void aTranslationBrokenOnPurposeFailsWithADiffNamingMicroPython(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Greeting", GREETING);
    write(program.sharedExpected(), "hello\nworld\n");

    Verdict verdict = runOne(program, SUITE.withWorkDir(temp.resolve("work")).withAfterCompile(HarnessSelfTest::breakWorld));

    assertEquals(Verdict.Status.FAILED, verdict.status(), verdict.message());
    assertEquals("lang/Greeting: MicroPython moved", verdict.headline(), verdict.message());
    assertContains(verdict.message(), program.source().toAbsolutePath().toString());
    assertContains(verdict.message(), """
        --- expected (Greeting.exp)
        +++ actual (MicroPython stdout)
        @@ -1,2 +1,2 @@
         hello
        -world
        +w0rld
        """);
    assertContains(verdict.message(), "# lang/greeting.py\n");
    assertContains(verdict.message(), " | ");
    assertContains(verdict.message(), "w0rld\")\n");
  }

  @Test
  void anIntegerDivisionEmittedAsPythonsSlashFailsWithADiff(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Halves", """
        package lang;

        import dev.jmpy.annotations.MicroPython;

        @MicroPython
        public class Halves {
          static int half(int a) {
            return a / 2;
          }

          public static void main(String[] args) {
            System.out.print("7 / 2 = ");
            System.out.println(half(7)); // print(x): "%d" % x would hide a float
            System.out.print("-7 / 2 = ");
            System.out.println(half(-7));
          }
        }
        """);
    write(program.sharedExpected(), "7 / 2 = 3\n-7 / 2 = -3\n");

    // The mistranslation the harness must catch: Java's int division as Python's true division.
    Verdict verdict = runOne(program, SUITE.withWorkDir(temp.resolve("work")).withAfterCompile(image -> {
      Path module = image.resolve("lang/halves.py");
      write(module, read(module).replace("a // 2 if a >= 0 else -(-a // 2)", "a / 2"));
    }));

    System.out.println(verdict.message()); // the readable failure, as the suite prints it
    assertEquals("lang/Halves: MicroPython moved", verdict.headline(), verdict.message());
    assertContains(verdict.message(), """
        -7 / 2 = 3
        --7 / 2 = -3
        +7 / 2 = 3.5
        +-7 / 2 = -3.5
        """);
    assertContains(verdict.message(), "return a / 2");
  }

  @Test
  void aWrongExpectedOutputFailsBothSides(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Greeting", GREETING);
    write(program.sharedExpected(), "hello\nearth\n");

    Verdict verdict = runOne(program, SUITE.withWorkDir(temp.resolve("work")));

    assertEquals("lang/Greeting: both moved", verdict.headline(), verdict.message());
    assertContains(verdict.message(), "== JVM moved ==");
    assertContains(verdict.message(), "== MicroPython moved ==");
    assertContains(verdict.message(), "-earth\n+world\n");
  }

  @Test
  void aMatchingProgramPasses(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Greeting", GREETING);
    write(program.sharedExpected(), "hello\nworld\n");

    Verdict verdict = runOne(program, SUITE.withWorkDir(temp.resolve("work")));

    assertEquals(Verdict.Status.PASSED, verdict.status(), verdict.message());
  }

  @Test
  void aStreamsProgramRunsOnCPythonAndAMovedCPythonSideIsNamed(@TempDir Path temp) {
    if (!BoardRunner.python3Available()) {
      ConformanceTestSupport.skipOrFailWithoutPython3("HarnessSelfTest: the streams path");
      return;
    }
    Program program = writeProgram(temp, Program.CPYTHON_AREA, "Greeting", GREETING.replace("package lang;", "package net;"));
    write(program.sharedExpected(), "hello\nworld\n");

    Verdict passing = runOne(program, SUITE.withWorkDir(temp.resolve("work")));
    Verdict broken = runOne(program, SUITE.withWorkDir(temp.resolve("work")).withAfterCompile(image -> {
      Path module = image.resolve("net/greeting.py");
      write(module, read(module).replace("\"world\"", "\"w0rld\""));
    }));

    assertEquals(Verdict.Status.PASSED, passing.status(), passing.message());
    assertEquals("streams/Greeting: CPython moved", broken.headline(), broken.message());
    assertContains(broken.message(), "+++ actual (CPython stdout)");
  }

  @Test
  void onlyTheJvmSideMovedWhenTheBoardStillPrintsTheExpectedOutput(@TempDir Path temp) {
    // No processor involved: a hand-written board image, and a JVM result that moved.
    Program program = writeProgram(temp, "lang", "Counting", "class Counting {}");
    write(program.sharedExpected(), "1\n2\n3\n");
    Path image = temp.resolve("image/micropython");
    write(image.resolve("main.py"), "for i in range(1, 4):\n    print(i)\n");
    RunResult board = BoardRunner.microPython(SUITE.conformanceDir(), Duration.ofSeconds(10))
        .run(List.of(new BoardRunner.Job("counting", image))).get("counting");
    RunResult jvm = new RunResult("1\n2\n4\n", "", null, 1);

    Verdict verdict = Verdict.judge(evidence(program, image.getParent(), jvm, board));

    assertEquals("lang/Counting: JVM moved", verdict.headline(), verdict.message());
    assertContains(verdict.message(), "@@ -1,3 +1,3 @@\n 1\n 2\n-3\n+4\n");
    assertContains(verdict.message(), "# main.py\n   1 | for i in range(1, 4):\n   2 |     print(i)\n");
  }

  @Test
  void anExceptionEscapingTheBoardProgramFailsEvenWithTheExpectedOutput(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Crash", "class Crash {}");
    write(program.sharedExpected(), "partial\n");
    Path image = temp.resolve("image/micropython");
    write(image.resolve("main.py"), "print('partial')\nraise OSError(5)\n");
    RunResult board = BoardRunner.microPython(SUITE.conformanceDir(), Duration.ofSeconds(10))
        .run(List.of(new BoardRunner.Job("crash", image))).get("crash");

    Verdict verdict = Verdict.judge(evidence(program, image.getParent(), new RunResult("partial\n", "", null, 1), board));

    assertEquals("lang/Crash: MicroPython moved", verdict.headline(), verdict.message());
    assertContains(verdict.message(), "stdout as expected\nMicroPython did not end normally:\n");
    assertContains(verdict.message(), "OSError: [Errno 5] EIO");
  }

  @Test
  void processorErrorsFailTheProgramWithTheDiagnostics(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Sleepy", """
        package lang;

        import dev.jmpy.annotations.MicroPython;

        @MicroPython
        public class Sleepy {
          public static void main(String[] args) throws InterruptedException {
            Thread.sleep(1);
            System.out.println("slept");
          }
        }
        """);
    write(program.sharedExpected(), "slept\n");

    Verdict verdict = runOne(program, SUITE.withWorkDir(temp.resolve("work")));

    assertEquals("lang/Sleepy: compile failed", verdict.headline(), verdict.message());
    assertContains(verdict.message(), "Sleepy.java:8:");
    assertContains(verdict.message(), "error: ");
    assertContains(verdict.message(), "[JMPY");
  }

  @Test
  void recordModeWritesTheExpectedOutputFromMicroPythonNotFromTheJvm(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Greeting", GREETING);

    Verdict verdict = runOne(program,
        SUITE.withWorkDir(temp.resolve("work")).withRecord(true).withAfterCompile(HarnessSelfTest::breakWorld));

    assertEquals("hello\nw0rld\n", read(program.sharedExpected()));
    assertEquals("lang/Greeting: JVM moved", verdict.headline(), verdict.message());
  }

  @Test
  void withoutExpectedOutputAndOutsideRecordModeTheProgramFailsShowingBothOutputs(@TempDir Path temp) {
    Program program = writeProgram(temp, "lang", "Greeting", GREETING);

    Verdict verdict = runOne(program, SUITE.withWorkDir(temp.resolve("work")));

    assertEquals("lang/Greeting: no expected output", verdict.headline(), verdict.message());
    assertContains(verdict.message(), "-Djmpy.record=true");
    assertContains(verdict.message(), "== MicroPython stdout ==\nhello\nworld\n");
  }

  @Test
  void perSideExpectedOutputNeedsTheDifferenceWrittenDownInTheProgramAndInSemanticsMd(@TempDir Path temp) {
    Program undocumented = writeProgram(temp, "lang", "Floats", "class Floats {}");
    write(undocumented.jvmExpected(), "0.1\n");
    write(undocumented.boardExpected(), "0.1\n");
    Path semantics = temp.resolve("semantics.md");
    write(semantics, "# semantics\n");
    assertTrue(Expectation.load(undocumented, semantics).problem().contains("Intended difference"));

    Program documented = writeProgram(temp, "lang", "Floats", "// Intended difference: float text.\nclass Floats {}");
    assertTrue(Expectation.load(documented, semantics).problem().contains("does not mention lang/Floats"));

    write(semantics, "# semantics\nFloat text differs; see lang/Floats.\n");
    write(documented.jvmExpected(), "0.30000000000000004\n");
    write(documented.boardExpected(), "0.3\n");
    Expectation expectation = Expectation.load(documented, semantics);
    assertEquals(null, expectation.problem());
    assertEquals("0.30000000000000004\n", expectation.jvm());
    assertEquals("0.3\n", expectation.board());

    write(documented.sharedExpected(), "0.3\n");
    assertTrue(Expectation.load(documented, semantics).problem().contains("keep one form"));
  }

  @Test
  void theUnifiedDiffMatchesDiffU() {
    assertEquals("", UnifiedDiff.diff("a\n", "a\n", "x", "y"));
    assertEquals("""
        --- x
        +++ y
        @@ -1,3 +1,3 @@
         a
        -b
        +B
         c
        """, UnifiedDiff.diff("a\nb\nc\n", "a\nB\nc\n", "x", "y"));
    assertEquals("""
        --- x
        +++ y
        @@ -0,0 +1 @@
        +new
        """, UnifiedDiff.diff("", "new\n", "x", "y"));
    assertEquals("""
        --- x
        +++ y
        @@ -1 +1 @@
        -end
        +end
        \\ No newline at end of file
        (the outputs differ only in white space or line ends)
        """, UnifiedDiff.diff("end\n", "end", "x", "y"));
    String longExpected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
    String longActual = "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nfourteen\n15\n";
    assertEquals("""
        --- x
        +++ y
        @@ -1,6 +1,6 @@
         1
         2
        -3
        +three
         4
         5
         6
        @@ -11,5 +11,5 @@
         11
         12
         13
        -14
        +fourteen
         15
        """, UnifiedDiff.diff(longExpected, longActual, "x", "y"));
  }

  private static Verdict runOne(Program program, ConformanceRun.Settings settings) {
    return ConformanceRun.start(List.of(program), settings).outcome(program).join().verdict();
  }

  private static Verdict.Evidence evidence(Program program, Path classesDir, RunResult jvm, RunResult board) {
    return new Verdict.Evidence(program, new ProgramCompiler.Compiled(classesDir, "", true), jvm, board,
        "MicroPython", Expectation.load(program, Path.of("no-semantics.md")));
  }

  /** The deliberate mistranslation: the generated module prints "w0rld". */
  private static void breakWorld(Path boardImage) {
    Path module = boardImage.resolve("lang/greeting.py");
    write(module, read(module).replace("\"world\"", "\"w0rld\""));
  }

  private static Program writeProgram(Path dir, String area, String name, String source) {
    Path file = dir.resolve("programs").resolve(area).resolve(name + ".java");
    write(file, source);
    return new Program(area, name, file);
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "expected to find\n" + part + "\nin\n" + text);
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
