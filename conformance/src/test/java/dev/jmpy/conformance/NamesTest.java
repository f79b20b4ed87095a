package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import dev.jmpy.processor.translate.ReservedNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9, acceptance 3: every Python keyword, every MicroPython 1.27 builtin and every module
 * name of the ESP32 and unix ports, as a local, a field, a method, a class, a nested class and a
 * package of a Java program. The names are asked of real MicroPython where it is here ({@code
 * dir(builtins)} of the WebAssembly port, and {@code dir(builtins)} and {@code help('modules')}
 * of the unix port in {@code shared/tools/micropython} when present); the ESP32's modules are derived from
 * MicroPython's sources ({@code names/esp32-modules.txt}, which says how). One program per position
 * holds every name that is Java there (a Java keyword such as {@code class} is javac's to refuse).
 *
 * <p>Each program is compiled once with all names: jmpy may reject a name only with a coded
 * message of the names rules (JMPY028 a module of the board, JMPY091-099 issue 9's) at that name's
 * line and column, never with a crash or an internal error, and writes no module for a rejected
 * class. The program is then compiled again with the names jmpy accepted, and run on the JVM and on
 * real MicroPython (WebAssembly, and the unix port where present): both must print what the
 * program's own text says it prints, line for line, and end normally.
 */
class NamesTest {
  private static final Path MODULE = ConformanceRun.Settings.fromEnvironment().conformanceDir();
  private static final Path WORK = MODULE.resolve("target/names");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** Python 3's keywords, as MicroPython 1.27's compiler knows them (py/lexer.c tok_kw). */
  static final List<String> PYTHON_KEYWORDS = List.of("False", "None", "True", "and", "as",
      "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
      "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  /** Codes a name may be rejected with: a board module's name, or issue 9's name rules. */
  private static final Pattern NAME_CODES = Pattern.compile("JMPY(028|09[0-9])");
  private static final Pattern ERROR = Pattern.compile(
      "(?m)^(\\S+\\.java):(\\d+):(\\d+): error: (?:\\[(JMPY\\d+)\\] )?(.*)$");

  private static Map<String, String> names;

  /** What one compilation and run of a position's program found. */
  record Outcome(List<String> accepted, Map<String, String> rejected, List<String> notJava) {}

  @BeforeAll
  static void deriveNames() throws IOException {
    Map<String, String> all = new TreeMap<>();
    PYTHON_KEYWORDS.forEach(n -> all.put(n, "keyword"));
    Path dir = Files.createDirectories(WORK.resolve("ask"));
    Files.writeString(dir.resolve("main.py"), ASK, UTF_8);
    RunResult wasm = BoardRunner.microPython(MODULE, TIMEOUT)
        .run(List.of(new BoardRunner.Job("ask", dir))).get("ask");
    assertNull(wasm.exception(), wasm::stderr);
    // The WebAssembly port's own modules (js, jsffi, pyscript's frozen library) are no board's.
    addAsked(all, wasm.stdout(), null);
    RunResult unix = unixRunner() == null ? null
        : unixRunner().run(List.of(new BoardRunner.Job("ask", dir))).get("ask");
    if (unix != null) {
      assertNull(unix.exception(), unix::stderr);
      addAsked(all, unix.stdout(), "unix port");
    } else {
      System.out.println("names: no unix MicroPython in " + unixBinary() + ", its names not asked");
    }
    try (InputStream in = NamesTest.class.getResourceAsStream("/names/esp32-modules.txt")) {
      new String(in.readAllBytes(), UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(n -> all.putIfAbsent(n.trim(), "ESP32 module"));
    }
    // The figures the derivation must reach, so a runner that printed nothing cannot pass.
    assertTrue(all.keySet().containsAll(Set.of("getattr", "bytes", "print",
        "asyncio", "machine", "websocket", "utime", "None", "lambda")), all.toString());
    // only the unix port has the viper emitter's builtin; without it that side is skipped above
    assertTrue(unix == null || all.containsKey("ViperTypeError"), all.toString());
    names = all;
    System.out.printf("names: %d names (%d keywords, %d builtins, %d modules)%n", all.size(),
        count(all, "keyword"), count(all, "builtin"), all.size() - count(all, "keyword")
            - count(all, "builtin"));
  }

  /**
   * Every module of the ESP32 and unix ports is a reserved name (so no local, field, method or
   * class takes it, and a module of the user's named so gets a trailing underscore), and a
   * top-level package named so is rejected (JMPY028, the PACKAGE position shows it): websocket
   * among them. main and boot are the board's files, not modules: only a module or package may
   * not take them (JMPY028).
   */
  @Test
  void everyModuleOfTheEsp32AndUnixPortsIsReserved() {
    assertTrue(ReservedNames.modules().contains("websocket"), "websocket is not reserved");
    assertTrue(ReservedNames.contains("websocket") && ReservedNames.contains("utime"));
    Set<String> missing = new TreeSet<>();
    names.forEach((name, kind) -> {
      if (kind.contains("module") && !Set.of("main", "boot").contains(name)
          && !ReservedNames.modules().contains(name)) {
        missing.add(name + " (" + kind + ")");
      }
    });
    assertEquals(Set.of(), missing, "board modules a user's name could hide");
  }

  /** Prints the board's builtins and modules between markers. */
  private static final String ASK = """
      import builtins
      print('builtins:', ' '.join(dir(builtins)))
      print('modules:')
      help('modules')
      """;

  private static void addAsked(Map<String, String> into, String output, String port) {
    int modules = output.indexOf("modules:");
    assertTrue(output.startsWith("builtins:") && modules > 0, output);
    for (String name : output.substring("builtins:".length(), modules).trim().split("\\s+")) {
      boolean dunder = name.startsWith("__") && name.endsWith("__") && !name.equals("__main__");
      if (!dunder) {
        into.putIfAbsent(name, "builtin");
      }
    }
    if (port == null) {
      return;
    }
    for (String line : output.substring(modules + "modules:".length()).lines().toList()) {
      if (line.startsWith("Plus any modules")) {
        continue;
      }
      for (String entry : line.trim().split("\\s+")) {
        if (!entry.isEmpty()) {
          into.putIfAbsent(entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry,
              "module of the " + port);
        }
      }
    }
  }

  private static long count(Map<String, String> all, String kind) {
    return all.values().stream().filter(kind::equals).count();
  }

  /** Where a name stands in a Java program. */
  enum Position {
    LOCAL, FIELD, METHOD, CLASS, NESTED_CLASS, PACKAGE;

    /** Whether javac takes {@code name} here (a type cannot be named yield, var, record...). */
    boolean isJava(String name) {
      if (!SourceVersion.isName(name, SourceVersion.RELEASE_21)) {
        return false;
      }
      boolean type = this == CLASS || this == NESTED_CLASS;
      return !(type && Set.of("var", "yield", "record", "sealed", "permits").contains(name));
    }
  }

  @ParameterizedTest
  @EnumSource(Position.class)
  void everyNameCompilesToCodeThatRunsAlikeOrIsRejectedWithACode(Position position)
      throws IOException {
    List<String> candidates = new ArrayList<>();
    List<String> notJava = new ArrayList<>();
    names.keySet().forEach(n -> (position.isJava(n) ? candidates : notJava).add(n));
    Path work = WORK.resolve(position.name().toLowerCase());

    // 1. all names at once: each rejection coded and in its place, nothing else wrong.
    Generated first = Generated.of(position, candidates);
    ProgramCompiler.Compiled compiled = first.compile(work.resolve("all"));
    Map<String, String> rejected = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    String text = compiled.diagnostics();
    if (text.contains("javac or the processor threw") || text.contains("[JMPY001]")) {
      fail(position + ": the processor crashed:\n" + text);
    }
    Matcher error = ERROR.matcher(text);
    while (error.find()) {
      String where = error.group(1) + ":" + error.group(2) + ":" + error.group(3);
      String name = first.nameAt(error.group(1), Integer.parseInt(error.group(2)));
      String code = error.group(4);
      if (name == null) {
        wrong.add("an error at no name's line: " + error.group());
      } else if (code == null) {
        // javac's own (not jmpy's): a name Java does not take here, though SourceVersion did.
        notJava.add(name);
        rejected.put(name, "javac: " + error.group(5));
      } else if (!NAME_CODES.matcher(code).matches()) {
        wrong.add(name + ": rejected with " + code + ", not a names code: " + error.group());
      } else if (!where.equals(first.expectedPlace(name))) {
        wrong.add(name + ": " + code + " at " + where + ", expected at " + first.expectedPlace(name)
            + ": " + error.group());
      } else {
        rejected.putIfAbsent(name, code);
      }
    }
    assertEquals(List.of(), wrong, () -> position + ":\n" + String.join("\n", wrong)
        + "\n\nall diagnostics:\n" + text);
    if (!rejected.isEmpty()) {
      assertTrue(!compiled.succeeded(), text);
      for (String name : rejected.keySet()) {
        for (String module : first.modulesOf(name)) {
          assertTrue(!Files.exists(compiled.boardImage().resolve(module)),
              () -> name + " was rejected, yet " + module + " was written");
        }
      }
    }
    notJava.forEach(n -> rejected.remove(n));
    Set<String> javacRefused = new TreeSet<>(notJava);
    javacRefused.removeAll(names.keySet().stream().filter(n -> !position.isJava(n)).toList());

    // 2. the accepted names: they compile cleanly and run alike on every side.
    List<String> accepted = candidates.stream()
        .filter(n -> !rejected.containsKey(n) && !javacRefused.contains(n)).toList();
    boolean allAccepted = compiled.succeeded() && accepted.equals(candidates);
    // When every name was accepted the first compilation is the program to run.
    Generated second = allAccepted ? first : Generated.of(position, accepted);
    ProgramCompiler.Compiled clean = allAccepted ? compiled : second.compile(work.resolve("accepted"));
    assertTrue(clean.succeeded(), () -> position + ": the accepted names do not compile:\n"
        + clean.diagnostics());
    Path main = clean.boardImage().resolve("main.py");
    assertTrue(Files.exists(main), "no main.py in " + clean.boardImage());
    String expected = second.expectedOutput();

    RunResult jvm = new JvmRunner(TIMEOUT).run(clean.classesDir(), second.mainClass());
    Map<String, RunResult> sides = new LinkedHashMap<>();
    sides.put("JVM", jvm);
    sides.put("MicroPython (WebAssembly)", BoardRunner.microPython(MODULE, TIMEOUT)
        .run(List.of(new BoardRunner.Job("names", clean.classesDir()))).get("names"));
    if (unixRunner() != null) {
      sides.put("MicroPython (unix)", unixRunner()
          .run(List.of(new BoardRunner.Job("names", clean.classesDir()))).get("names"));
    }
    List<String> moved = new ArrayList<>();
    sides.forEach((side, result) -> {
      if (!result.endedNormally() || !result.stdout().equals(expected)) {
        moved.add(side + (result.endedNormally() ? "" : " ended with:\n" + result.exception()
            + "\n" + result.stderr()) + "\n" + UnifiedDiff.diff(expected, result.stdout(), "expected", side));
      }
    });
    if (!moved.isEmpty()) {
      fail(position + ": " + String.join("\n", moved) + "\n\ngenerated Python:\n"
          + generatedPython(clean.boardImage()));
    }
    System.out.printf("names %s: %d names, %d accepted and run alike on %s (%d lines), %d rejected"
        + " with a code (%s), %d not Java here%n", position, names.size(), accepted.size(),
        String.join(", ", sides.keySet()), expected.lines().count(), rejected.size(),
        rejected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")), notJava.size());
  }

  private static String generatedPython(Path image) {
    StringBuilder out = new StringBuilder();
    try (var files = Files.walk(image)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
        out.append("--- ").append(image.relativize(file)).append('\n')
            .append(Files.readString(file));
      }
    } catch (IOException e) {
      out.append(e);
    }
    return out.toString();
  }

  private static Path unixBinary() {
    return MicroPythonTools.locate(MODULE).singlePrecision().resolveSibling("micropython");
  }

  private static BoardRunner unixRunner() {
    Path binary = unixBinary();
    return Files.isExecutable(binary) ? BoardRunner.unixMicroPython(MODULE, binary, TIMEOUT) : null;
  }

  /**
   * The sources of one position's program: which line and column each name's declaration has, the
   * modules each name's classes become, and what the program prints.
   */
  static final class Generated {
    private final Position position;
    private final String mainClass;
    /** file (relative to the source root) → text. */
    private final Map<String, String> files = new LinkedHashMap<>();
    /** "file:line" → name declared there. */
    private final Map<String, String> lines = new LinkedHashMap<>();
    /** name → "file:line:column" where a rejection of it belongs. */
    private final Map<String, String> places = new LinkedHashMap<>();
    private final Map<String, List<String>> modules = new LinkedHashMap<>();
    private final StringBuilder expected = new StringBuilder();

    private Generated(Position position, String mainClass) {
      this.position = position;
      this.mainClass = mainClass;
    }

    static Generated of(Position position, List<String> names) {
      return switch (position) {
        case LOCAL -> locals(names);
        case FIELD -> fields(names);
        case METHOD -> methods(names);
        case CLASS -> classes(names);
        case NESTED_CLASS -> nestedClasses(names);
        case PACKAGE -> packages(names);
      };
    }

    String mainClass() {
      return mainClass;
    }

    String expectedOutput() {
      return expected.toString();
    }

    String nameAt(String file, int line) {
      return lines.get(file + ":" + line);
    }

    String expectedPlace(String name) {
      return places.get(name);
    }

    List<String> modulesOf(String name) {
      return modules.getOrDefault(name, List.of());
    }

    ProgramCompiler.Compiled compile(Path dir) throws IOException {
      Path root = dir.resolve("src");
      ProgramCompiler.deleteRecursively(root);
      List<Path> sources = new ArrayList<>();
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), UTF_8);
        sources.add(path);
      }
      // javac stops reporting after 100 errors by default; every rejection is to be seen.
      return new ProgramCompiler().compile(sources, root, dir.resolve("classes"),
          List.of("-Xmaxerrs", "100000"));
    }

    /** A Java source being written: lines counted, names' places recorded. */
    private final class Source {
      private final String file;
      private final StringBuilder text = new StringBuilder();
      private int line = 1;

      Source(String file) {
        this.file = file;
      }

      Source line(String code) {
        text.append(code).append('\n');
        line++;
        return this;
      }

      /** A line declaring {@code name}; a rejection belongs at {@code column}'s text. */
      Source declare(String name, String code, String at) {
        lines.put(file + ":" + line, name);
        places.putIfAbsent(name, file + ":" + line + ":" + (code.indexOf(at) + 1));
        return line(code);
      }

      void done() {
        files.put(file, text.toString());
      }
    }

    private void print(String line) {
      expected.append(line).append('\n');
    }

    private static String header(String pkg) {
      return "package " + pkg + ";\n\n"
          + "import dev.jmpy.annotations.Coroutine;\n"
          + "import dev.jmpy.annotations.MicroPython;\n";
    }

    /** Work that makes the generated module call builtins, helpers and modules a name could hide. */
    private void workload(Source s, String mainClass) {
      s.line("    java.util.List<Integer> wList = new java.util.ArrayList<>();");
      s.line("    for (int wK = 0; wK < 5; wK++) { wList.add(wK * wK - 3 * wK); }");
      s.line("    java.util.Collections.sort(wList);");
      s.line("    java.util.Map<String, Integer> wMap = new java.util.HashMap<>();");
      s.line("    wMap.put(\"size\", wList.size());");
      s.line("    StringBuilder wText = new StringBuilder();");
      s.line("    for (int wV : wList) { wText.append(wV).append(','); }");
      s.line("    Object wAny = \"any\";");
      s.line("    int[] wInts = {3, 1, 2};");
      s.line("    java.util.Arrays.sort(wInts);");
      s.line("    byte[] wBytes = \"h\\u00e9\".getBytes(java.nio.charset.StandardCharsets.UTF_8);");
      s.line("    System.out.println(\"workload \" + wText + \" \" + wMap.get(\"size\") + \" \""
          + " + (wAny instanceof String) + \" \" + (-7 / 2) + \" \" + (-7 % 3) + \" \""
          + " + Math.abs(-5) + \" \" + Integer.parseInt(\"42\") + \" \" + \"abc\".length() + \" \""
          + " + Math.max(3, 9) + \" \" + Integer.toHexString(255) + \" \" + (char) ('a' + 1)"
          + " + \" \" + (Integer.MAX_VALUE + wList.size()) + \" \" + java.util.Arrays.toString(wInts)"
          + " + \" \" + wBytes.length + \" \" + String.join(\"-\", \"a\", \"b\"));");
      print("workload -2,-2,0,0,4, 5 true -3 -1 5 42 3 9 ff b -2147483644 [1, 2, 3] 3 a-b");
      s.line("    try {");
      s.line("      System.out.println(10 / (wList.size() - 5));");
      s.line("    } catch (ArithmeticException wE) {");
      s.line("      System.out.println(\"caught\");");
      s.line("    }");
      print("caught");
      s.line("    dev.jmpy.asyncio.Asyncio.run(" + mainClass + "::wTick);");
      print("tick 2");
    }

    private void tick(Source s) {
      s.line("  @Coroutine");
      s.line("  static void wTick() {");
      s.line("    dev.jmpy.asyncio.Asyncio.sleepMs(1);");
      s.line("    int wN = dev.jmpy.asyncio.Asyncio.gather(() -> wOne(), () -> wOne()).size();");
      s.line("    System.out.println(\"tick \" + wN);");
      s.line("  }");
      s.line("  @Coroutine");
      s.line("  static int wOne() {");
      s.line("    dev.jmpy.asyncio.Asyncio.sleepMs(0);");
      s.line("    return 1;");
      s.line("  }");
    }

    private static Generated locals(List<String> names) {
      Generated g = new Generated(Position.LOCAL, "Locals");
      Source s = g.new Source("names/Locals.java");
      s.line(header("names")).line("@MicroPython").line("public class Locals {");
      g.tick(s);
      s.line("  public static void main(String[] args) {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "    int " + n + " = " + (1000 + i) + ";", n);
      }
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("    System.out.println(\"local " + n + " \" + " + n + ");");
        g.print("local " + n + " " + (1000 + i));
      }
      g.workload(s, "Locals");
      // each local again, in a lambda that captures it
      s.line("    int wSum = 0;");
      for (int i = 0; i < names.size(); i++) {
        s.line("    wSum += ((java.util.function.IntSupplier) () -> " + names.get(i)
            + ").getAsInt();");
      }
      s.line("    System.out.println(\"sum \" + wSum);");
      long sum = 0;
      for (int i = 0; i < names.size(); i++) {
        sum += 1000 + i;
      }
      g.print("sum " + sum);
      s.line("  }").line("}").done();
      return g;
    }

    private static Generated fields(List<String> names) {
      Generated g = new Generated(Position.FIELD, "Fields");
      Source s = g.new Source("names/Fields.java");
      s.line(header("names")).line("@MicroPython").line("public class Fields {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "  static int " + n + " = " + (1000 + i) + ";", n);
      }
      s.line("  static class Holder {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "    int " + n + " = " + (2000 + i) + ";", n);
      }
      s.line("  }");
      g.tick(s);
      s.line("  static void bump() {");
      for (String n : names) {
        s.line("    " + n + " += 1;");
      }
      s.line("  }");
      s.line("  public static void main(String[] args) {");
      s.line("    bump();");
      s.line("    Holder wHolder = new Holder();");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("    wHolder." + n + " += " + n + ";");
        s.line("    System.out.println(\"field " + n + " \" + " + n + " + \" \" + wHolder." + n
            + ");");
        g.print("field " + n + " " + (1001 + i) + " " + (3001 + 2 * i));
      }
      g.workload(s, "Fields");
      s.line("  }").line("}").done();
      return g;
    }

    private static Generated methods(List<String> names) {
      Generated g = new Generated(Position.METHOD, "Methods");
      Source s = g.new Source("names/Methods.java");
      s.line(header("names")).line("@MicroPython").line("public class Methods {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "  static int " + n + "(int wX) { return wX + " + (1000 + i) + "; }", n);
      }
      s.line("  static class Holder {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "    int " + n + "() { return " + (2000 + i) + "; }", n);
      }
      s.line("  }");
      s.line("  static class Sub extends Holder {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "    @Override int " + n + "() { return super." + n + "() + 1; }", n);
      }
      s.line("  }");
      g.tick(s);
      s.line("  public static void main(String[] args) {");
      s.line("    Holder wHolder = new Sub();");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("    System.out.println(\"method " + n + " \" + Methods." + n + "(1) + \" \" + wHolder." + n
            + "());");
        g.print("method " + n + " " + (1001 + i) + " " + (2001 + i));
      }
      g.workload(s, "Methods");
      s.line("  }").line("}").done();
      return g;
    }

    private static Generated classes(List<String> names) {
      Generated g = new Generated(Position.CLASS, "Classes");
      Source s = g.new Source("names/Classes.java");
      s.line(header("names")).line("@MicroPython").line("public class Classes {");
      g.tick(s);
      s.line("  public static void main(String[] args) {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("    Object wObject" + i + " = new " + n + "(" + i + ");");
        s.line("    System.out.println(\"class " + n + " \" + ((" + n + ") wObject" + i
            + ").value() + \" \" + (wObject" + i + " instanceof " + n + "));");
        g.print("class " + n + " " + (1000 + i) + " true");
      }
      g.workload(s, "Classes");
      s.line("  }").line("}");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("");
        s.line("@MicroPython");
        s.declare(n, "class " + n + " {", "class " + n);
        s.line("  private final int wI;");
        s.line("  " + n + "(int wI) { this.wI = wI; }");
        s.line("  int value() { return 1000 + wI; }");
        s.line("}");
        g.modules.put(n, List.of("names/" + moduleName(n) + ".py"));
      }
      s.done();
      return g;
    }

    private static Generated nestedClasses(List<String> names) {
      Generated g = new Generated(Position.NESTED_CLASS, "Nested");
      Source s = g.new Source("names/Nested.java");
      s.line(header("names")).line("@MicroPython").line("public class Nested {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.declare(n, "  static class " + n + " { int value() { return " + (1000 + i) + "; } }",
            "static class");
      }
      g.tick(s);
      s.line("  public static void main(String[] args) {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("    Object wObject" + i + " = new " + n + "();");
        s.line("    System.out.println(\"nested class " + n + " \" + ((" + n + ") wObject" + i
            + ").value() + \" \" + (wObject" + i + " instanceof " + n + "));");
        g.print("nested class " + n + " " + (1000 + i) + " true");
      }
      g.workload(s, "Nested");
      s.line("  }").line("}").done();
      g.modules.clear();
      return g;
    }

    private static Generated packages(List<String> names) {
      Generated g = new Generated(Position.PACKAGE, "Packages");
      Source s = g.new Source("names/Packages.java");
      s.line(header("names"));
      for (int i = 0; i < names.size(); i++) {
        s.line("import " + names.get(i) + ".Hello" + i + ";");
      }
      s.line("@MicroPython").line("public class Packages {");
      g.tick(s);
      s.line("  public static void main(String[] args) {");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        s.line("    System.out.println(Hello" + i + ".greet());");
        g.print("package " + n + " " + i);
      }
      g.workload(s, "Packages");
      s.line("  }").line("}").done();
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        Source p = g.new Source(n + "/Hello" + i + ".java");
        p.declare(n, "package " + n + ";", "package");
        p.line("");
        p.line("import dev.jmpy.annotations.MicroPython;");
        p.line("");
        p.line("@MicroPython");
        p.line("public class Hello" + i + " {");
        p.line("  public static String greet() { return \"package " + n + " " + i + "\"; }");
        p.line("}");
        p.done();
        g.modules.put(n, List.of(n + "/hello" + i + ".py"));
      }
      return g;
    }

    /** The module file of a top-level class as jmpy names it, for the no-module check. */
    private static String moduleName(String className) {
      Function<String, String> snake = n -> n.equals(n.toUpperCase()) ? n
          : n.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
      return snake.apply(className).toLowerCase();
    }
  }
}
