package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.jmpy.processor.source.UnicodeEscapes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor never crashes on user code: every corpus program, with one random statement
 * deleted or duplicated (fixed seed), compiles to a translation or to diagnostics; no exception
 * escapes javac or the processor, no internal error (JMPY001) is reported, a top-level class with
 * a jmpy error in it has no module (the other classes of its file may have theirs), and every
 * module written is complete Python (CPython compiles it).
 */
class ProcessorRobustnessTest {
  private static final long SEED = 20261126L;
  /** At least this many variants in all, however small the corpus. */
  private static final int MIN_VARIANTS = 300;

  @Test
  void mutatedProgramsCompileToATranslationOrToDiagnostics(@TempDir Path work) throws Exception {
    ConformanceRun.Settings settings = ConformanceRun.Settings.fromEnvironment();
    List<Program> programs = ProgramCorpus.find(settings.programsDir(), "");
    Random random = new Random(SEED);
    JavaParser parser = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
    ProgramCompiler compiler = new ProgramCompiler();
    List<Path> modules = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int perProgram = Math.max(3, (MIN_VARIANTS + programs.size() - 1) / Math.max(1, programs.size()));
    int variants = 0;
    int translated = 0;
    int rejected = 0;
    List<String> tooDeepToMutate = new ArrayList<>();
    for (Program program : programs) {
      // Unicode escapes translated first, as javac reads the file (JavaParser does not).
      String raw = Files.readString(program.source());
      UnicodeEscapes escapes = UnicodeEscapes.of(raw);
      String original = escapes == null ? raw : escapes.text();
      for (int v = 0; v < perProgram; v++) {
        CompilationUnit unit;
        try {
          unit = parser.parse(original).getResult().orElseThrow();
        } catch (StackOverflowError tooDeep) {
          // lang/DeepExpression: as deep as javac accepts, deeper than this thread's stack lets
          // JavaParser read (jmpy itself translates on a large stack); not mutated here.
          tooDeepToMutate.add(program.id());
          break;
        }
        List<Statement> statements = unit.findAll(Statement.class,
            s -> !(s instanceof BlockStmt) && s.getParentNode().orElse(null) instanceof BlockStmt);
        if (statements.isEmpty()) {
          continue;
        }
        Statement chosen = statements.get(random.nextInt(statements.size()));
        BlockStmt block = (BlockStmt) chosen.getParentNode().orElseThrow();
        boolean delete = random.nextBoolean();
        if (delete) {
          block.getStatements().remove(chosen);
        } else {
          block.getStatements().addAfter(chosen.clone(), chosen);
        }
        String id = program.id() + "#" + v + (delete ? " (deleted " : " (duplicated ")
            + chosen.toString().lines().findFirst().orElse("") + ")";
        Path dir = work.resolve(program.area() + "-" + program.name() + "-" + v);
        Path source = Files.createDirectories(dir.resolve("src")).resolve(program.name() + ".java");
        Files.writeString(source, unit.toString());
        ProgramCompiler.Compiled compiled = compiler.compile(source, dir.resolve("classes"));
        variants++;
        if (compiled.succeeded()) {
          translated++;
        } else {
          rejected++;
        }
        String text = compiled.diagnostics();
        if (text.contains("javac or the processor threw") || text.contains("[JMPY001]")) {
          failures.add(id + ":\n" + text);
        }
        // A file may declare several top-level classes, each its own module: the one holding
        // the error must not be written.
        CompilationUnit written = parser.parse(Files.readString(source)).getResult().orElseThrow();
        List<Integer> errorLines = jmpyErrorLines(text, program.name());
        Path mainModule = compiled.boardImage().resolve(program.area())
            .resolve(snake(program.name()) + ".py");
        int allErrors = text.split("error: \\[JMPY", -1).length - 1;
        if (allErrors > errorLines.size() && Files.exists(mainModule)) {
          failures.add(id + ": a module was written although jmpy reported an error:\n" + text);
        }
        for (int line : errorLines) {
          for (var type : written.getTypes()) {
            boolean holds = type.getRange().map(r -> r.begin.line <= line && line <= r.end.line)
                .orElse(false);
            Path module = compiled.boardImage().resolve(program.area())
                .resolve(snake(type.getNameAsString()) + ".py");
            if (holds && Files.exists(module)) {
              failures.add(id + ": module " + module.getFileName()
                  + " was written although jmpy reported an error in it:\n" + text);
            }
          }
        }
        if (Files.isDirectory(compiled.boardImage())) {
          try (Stream<Path> files = Files.walk(compiled.boardImage())) {
            files.filter(p -> p.toString().endsWith(".py")).forEach(modules::add);
          }
        }
      }
    }
    System.out.printf("robustness: %d variants of %d programs: %d translated, %d rejected with "
        + "diagnostics, %d modules checked by CPython; not mutated (too deep for this thread's "
        + "parser): %s%n", variants, programs.size(), translated, rejected, modules.size(),
        tooDeepToMutate);
    assertTrue(tooDeepToMutate.size() <= 1, "too deep to mutate: " + tooDeepToMutate);
    assertTrue(variants >= 200, "too few variants: " + variants);
    assertEquals(List.of(), failures, () -> String.join("\n\n", failures));
    assertCompletePython(modules, work);
  }

  /** CPython's compiler accepts every module: none is cut off or malformed. */
  private static void assertCompletePython(List<Path> modules, Path work) throws Exception {
    String python = System.getProperty("jmpy.python3", "python3");
    Path list = work.resolve("modules.txt");
    Files.write(list, modules.stream().map(Path::toString).toList());
    Process process;
    try {
      process = new ProcessBuilder(python, "-c",
          "import sys, py_compile\n"
              + "bad = 0\n"
              + "for p in open(sys.argv[1]).read().split('\\n'):\n"
              + "    if p:\n"
              + "        try:\n"
              + "            py_compile.compile(p, cfile=p + 'c', doraise=True)\n"
              + "        except py_compile.PyCompileError as e:\n"
              + "            bad += 1\n"
              + "            print(e.msg)\n"
              + "sys.exit(1 if bad else 0)\n",
          list.toString()).redirectErrorStream(true).start();
    } catch (IOException missing) {
      assertFalse(System.getenv("CI") != null, "python3 is needed in CI: " + missing);
      System.out.println("robustness: python3 not found, modules not checked by CPython");
      return;
    }
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "py_compile did not finish");
    assertEquals(0, process.exitValue(), () -> "modules that are not valid Python:\n" + output);
  }

  /** The lines of the jmpy errors reported in {@code Name.java}. */
  private static List<Integer> jmpyErrorLines(String diagnostics, String name) {
    List<Integer> lines = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^" + java.util.regex.Pattern.quote(name) + "\\.java:(\\d+):\\d+: error: \\[JMPY")
        .matcher(diagnostics);
    while (m.find()) {
      lines.add(Integer.parseInt(m.group(1)));
    }
    return lines;
  }

  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2").toLowerCase();
  }
}
