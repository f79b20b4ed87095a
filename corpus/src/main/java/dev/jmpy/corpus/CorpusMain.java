package dev.jmpy.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.corpus.Attribution.Outcome;
import dev.jmpy.corpus.Attribution.Outcomes;
import dev.jmpy.corpus.Attribution.TypeResult;
import dev.jmpy.corpus.CorpusSelection.CorpusFile;
import dev.jmpy.corpus.CorpusSelection.CorpusType;
import dev.jmpy.corpus.ProcessorCompile.Diag;
import dev.jmpy.corpus.ProgramRuns.Run;
import dev.jmpy.corpus.ReasonTable.Reason;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The measurement's command line (see {@code corpus/README.md}).
 *
 * <pre>
 * corpus &lt;checkout of TheAlgorithms/Java&gt; [--packages a,b] [--per-class] [--top N] [--examples N]
 *        [--drivers dir] [--no-drivers] [--work dir] [--markdown file]
 * trials &lt;source folder&gt; [--work dir]
 * </pre>
 *
 * Run from the repository's root (Maven's {@code -Djmpy.corpus=...} does that).
 */
public final class CorpusMain {
  /** The packages of issue 14's acceptance 3, under {@code com/thealgorithms/}. */
  static final List<String> DEFAULT_PACKAGES = List.of("bitmanipulation", "conversions", "strings",
      "sorts", "searches", "maths", "stacks", "ciphers", "dynamicprogramming", "queues", "lists",
      "others", "scheduling", "greedyalgorithms", "backtracking", "matrix");
  static final String CORPUS_PACKAGE_DIR = "com/thealgorithms/";

  private final PrintStream out = System.out;
  private final Path root = Path.of("").toAbsolutePath();
  private final ProcessorCompile javac = new ProcessorCompile();
  private final StringBuilder markdown = new StringBuilder();

  private CorpusMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !(args[0].equals("corpus") || args[0].equals("trials"))) {
      System.err.println("usage: corpus <checkout> [options] | trials <source folder> (see corpus/README.md)");
      System.exit(2);
    }
    Map<String, String> options = options(args);
    CorpusMain main = new CorpusMain();
    if (args[0].equals("corpus")) {
      main.corpus(Path.of(args[1]).toAbsolutePath(), options);
    } else {
      main.trials(Path.of(args[1]).toAbsolutePath(), options);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + name);
      }
      boolean flag = name.equals("--per-class") || name.equals("--no-drivers");
      options.put(name.substring(2), flag ? "true" : args[++i]);
    }
    return options;
  }

  // ---------------------------------------------------------------- corpus

  private void corpus(Path checkout, Map<String, String> options) throws IOException {
    Path sourceRoot = checkout.resolve("src/main/java");
    if (!Files.isDirectory(sourceRoot.resolve(CORPUS_PACKAGE_DIR))) {
      throw new IllegalArgumentException(checkout + " is not a checkout of TheAlgorithms/Java (no src/main/java/"
          + CORPUS_PACKAGE_DIR + ")");
    }
    List<String> packages = options.containsKey("packages")
        ? List.of(options.get("packages").split(","))
        : DEFAULT_PACKAGES;
    Path work = Path.of(options.getOrDefault("work", "corpus/target/corpus-run")).toAbsolutePath();
    int top = Integer.parseInt(options.getOrDefault("top", "20"));
    int examples = Integer.parseInt(options.getOrDefault("examples", "3"));
    boolean perClass = options.containsKey("per-class");

    out.println("corpus: " + checkout + revision(checkout));
    List<String> missing = packages.stream()
        .filter(p -> !Files.isDirectory(sourceRoot.resolve(CORPUS_PACKAGE_DIR + p))).toList();
    if (!missing.isEmpty()) {
      out.println("note: no package " + String.join(", ", missing) + " directly under " + CORPUS_PACKAGE_DIR
          + " (name nested ones as e.g. --packages datastructures/queues)");
    }
    List<CorpusFile> files = CorpusSelection.scan(sourceRoot,
        packages.stream().map(p -> CORPUS_PACKAGE_DIR + p).toList());
    List<CorpusFile> plain = files.stream().filter(CorpusFile::plain).toList();
    List<CorpusType> selected = plain.stream().flatMap(f -> f.types().stream()).toList();
    files.stream().filter(f -> f.parseProblem() != null)
        .forEach(f -> out.println("note: JavaParser cannot parse " + f.file() + "; left out"));
    out.printf("selected: %d top-level types in %d plain-JDK files (of %d files; %d import beyond java.*)%n",
        selected.size(), plain.size(), files.size(), files.size() - plain.size());

    Path annotatedRoot = work.resolve("src");
    copyAnnotated(sourceRoot, annotatedRoot, plain);

    List<String> processorOptions = new ArrayList<>();
    if (ProcessorCompile.processorSupports(ProcessorCompile.FLOAT_PRECISION)) {
      processorOptions.add("-A" + ProcessorCompile.FLOAT_PRECISION + "=double");
      out.println("processor options: " + processorOptions);
    } else {
      out.println("note: this processor does not declare -A" + ProcessorCompile.FLOAT_PRECISION
          + "; measured without it");
    }

    boolean withDrivers = !options.containsKey("no-drivers") && !perClass;
    Path driversRoot = Path.of(options.getOrDefault("drivers", "corpus/drivers/src")).toAbsolutePath();
    List<CorpusType> drivers = withDrivers ? driverTypes(driversRoot) : List.of();
    List<Path> driverFiles = drivers.stream().map(t -> driversRoot.resolve(t.file())).distinct().toList();

    long started = System.nanoTime();
    Outcomes outcomes;
    Outcomes driverOutcomes = null;
    ProcessorCompile.Result batch = null;
    if (perClass) {
      outcomes = perClass(plain, annotatedRoot, work, processorOptions);
    } else {
      List<Path> sources = new ArrayList<>(plain.stream().map(f -> annotatedRoot.resolve(f.file())).toList());
      sources.addAll(driverFiles);
      batch = javac.translate(sources, annotatedRoot, work.resolve("classes"), processorOptions);
      if (batch.crash() != null) {
        out.println("javac itself threw; falling back to one compilation per class:\n" + batch.crash());
        outcomes = perClass(plain, annotatedRoot, work, processorOptions);
        batch = null;
      } else {
        outcomes = Attribution.attribute(selected, annotatedRoot, batch);
        driverOutcomes = Attribution.attribute(drivers, driversRoot, batch);
      }
    }
    out.printf("compiled in %.0f s (%s)%n", (System.nanoTime() - started) / 1e9,
        perClass ? "one javac run per file" : "one javac run for all, diagnostics attributed by file and line");

    report(outcomes, top, examples);
    if (batch != null) {
      dependencies(outcomes, new ModuleImports(batch.boardImage()));
    }
    writeTypeList(outcomes, work.resolve("types.tsv"));
    if (batch != null && !drivers.isEmpty()) {
      drivers(drivers, driversRoot, driverOutcomes, outcomes, batch, annotatedRoot, work);
    }
    Path markdownFile = Path.of(options.getOrDefault("markdown", work.resolve("report.md").toString()));
    Files.createDirectories(markdownFile.toAbsolutePath().getParent());
    Files.writeString(markdownFile, markdown.toString(), UTF_8);
    out.println();
    out.println("markdown tables written to " + markdownFile);
  }

  private static String revision(Path checkout) {
    Path head = checkout.resolve(".git/HEAD");
    if (!Files.exists(head)) {
      return "";
    }
    try {
      String ref = Files.readString(head, UTF_8).strip();
      if (ref.startsWith("ref: ")) {
        Path refFile = checkout.resolve(".git").resolve(ref.substring(5));
        return Files.exists(refFile) ? " @ " + Files.readString(refFile, UTF_8).strip() : " @ " + ref.substring(5);
      }
      return " @ " + ref;
    } catch (IOException e) {
      return "";
    }
  }

  /** The whole source tree copied (so every class the selection uses resolves), the selection annotated. */
  private static void copyAnnotated(Path sourceRoot, Path annotatedRoot, List<CorpusFile> plain) throws IOException {
    ProcessorCompile.deleteRecursively(annotatedRoot);
    Set<Path> toAnnotate = plain.stream().map(CorpusFile::file).collect(Collectors.toSet());
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path relative = sourceRoot.relativize(file);
        Path target = annotatedRoot.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        if (toAnnotate.contains(relative)) {
          Files.writeString(target, CorpusSelection.annotate(CorpusSelection.read(file)), UTF_8);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private Outcomes perClass(List<CorpusFile> plain, Path annotatedRoot, Path work, List<String> processorOptions) {
    List<TypeResult> types = new ArrayList<>();
    List<Diag> elsewhere = new ArrayList<>();
    int n = 0;
    for (CorpusFile file : plain) {
      ProcessorCompile.Result result = javac.translate(List.of(annotatedRoot.resolve(file.file())), annotatedRoot,
          work.resolve("classes-one"), processorOptions);
      if (result.crash() != null) {
        List<Diag> crash = List.of(new Diag(javax.tools.Diagnostic.Kind.ERROR, annotatedRoot.resolve(file.file()),
            0, 0, "javac threw: " + result.crash().lines().findFirst().orElse("")));
        file.types().forEach(t -> types.add(new TypeResult(t, Outcome.CRASHED, crash, List.of(), null)));
      } else {
        Outcomes one = Attribution.attribute(file.types(), annotatedRoot, result);
        types.addAll(one.types());
        elsewhere.addAll(one.elsewhere());
      }
      if (++n % 50 == 0) {
        out.println("  ... " + n + " of " + plain.size() + " files");
      }
    }
    return new Outcomes(types, elsewhere);
  }

  private void report(Outcomes outcomes, int top, int examples) {
    int total = outcomes.types().size();
    long translated = outcomes.count(Outcome.TRANSLATED);
    out.println();
    String share = String.format(Locale.ROOT, "translated: %d of %d types (%.1f%%); rejected %d, processor crash (JMPY001) %d, "
        + "skipped without a message %d", translated, total, total == 0 ? 0.0 : 100.0 * translated / total,
        outcomes.count(Outcome.REJECTED), outcomes.count(Outcome.CRASHED), outcomes.count(Outcome.SILENTLY_SKIPPED));
    out.println(share);
    markdown.append(share).append("\n\n");

    Map<String, int[]> byPackage = new TreeMap<>();
    for (TypeResult t : outcomes.types()) {
      String pkg = t.type().qualifiedName().substring(0, t.type().qualifiedName().lastIndexOf('.'))
          .replace("com.thealgorithms.", "");
      int[] counts = byPackage.computeIfAbsent(pkg, k -> new int[2]);
      counts[1]++;
      if (t.outcome() == Outcome.TRANSLATED) {
        counts[0]++;
      }
    }
    out.println();
    out.println("by package (translated / types):");
    markdown.append("| package | translated | types |\n|---|---:|---:|\n");
    byPackage.forEach((pkg, c) -> {
      out.printf("  %-36s %4d / %4d%n", pkg, c[0], c[1]);
      markdown.append("| ").append(pkg).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" |\n");
    });
    markdown.append('\n');

    List<TypeResult> failed = outcomes.types().stream().filter(t -> !t.errors().isEmpty()).toList();
    List<Reason> reasons = ReasonTable.of(failed, examples, t -> t.type().file().toString());
    out.println();
    out.printf("top rejection reasons (%d distinct; types = types it stops, sole = types it alone stops):%n",
        reasons.size());
    markdown.append("| # | code | reason (normalized) | types | sole | errors | examples |\n|---:|---|---|---:|---:|---:|---|\n");
    for (int i = 0; i < Math.min(top, reasons.size()); i++) {
      Reason r = reasons.get(i);
      out.printf("%3d. [%s] %s%n      types %d, sole %d, errors %d; e.g. %s%n", i + 1, r.code(), r.message(),
          r.types(), r.sole(), r.errors(), String.join(", ", r.examples()));
      markdown.append("| ").append(i + 1).append(" | ").append(r.code()).append(" | ")
          .append(r.message().replace("|", "\\|")).append(" | ").append(r.types()).append(" | ").append(r.sole())
          .append(" | ").append(r.errors()).append(" | ")
          .append(r.examples().stream().map(e -> "`" + e.replace(CORPUS_PACKAGE_DIR, "") + "`")
              .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    markdown.append('\n');
    List<Reason> families = ReasonTable.byLibraryClass(failed, examples, t -> t.type().file().toString());
    out.println();
    out.println("the same, each library class's missing members taken together (top " + top + "):");
    markdown.append("The same, each library class's missing members taken together:\n\n")
        .append("| # | code | reason | types | sole | errors |\n|---:|---|---|---:|---:|---:|\n");
    for (int i = 0; i < Math.min(top, families.size()); i++) {
      Reason r = families.get(i);
      out.printf("%3d. [%s] %s: types %d, sole %d, errors %d%n", i + 1, r.code(), r.message(), r.types(), r.sole(),
          r.errors());
      markdown.append("| ").append(i + 1).append(" | ").append(r.code()).append(" | ")
          .append(r.message().replace("|", "\\|")).append(" | ").append(r.types()).append(" | ").append(r.sole())
          .append(" | ").append(r.errors()).append(" |\n");
    }
    markdown.append('\n');
    Map<String, Integer> byCode = new TreeMap<>();
    failed.forEach(t -> t.errors().stream().map(Attribution::code).distinct()
        .forEach(code -> byCode.merge(code, 1, Integer::sum)));
    out.println("types stopped, by code: " + byCode);
    markdown.append("Types stopped, by code: ").append(byCode).append("\n\n");

    out.println();
    List<TypeResult> crashed = outcomes.types().stream().filter(t -> t.outcome() == Outcome.CRASHED).toList();
    out.println("processor crashes (JMPY001): " + crashed.size());
    markdown.append("Processor crashes (JMPY001): ").append(crashed.size()).append("\n\n");
    for (TypeResult t : crashed) {
      for (Diag d : t.errors()) {
        if ("JMPY001".equals(Attribution.code(d))) {
          String line = "  " + t.type().file() + ":" + d.line() + ":" + d.column() + ": " + d.message();
          out.println(line);
          markdown.append("- `").append(t.type().file()).append(':').append(d.line()).append("`: ")
              .append(d.message()).append('\n');
        }
      }
    }
    markdown.append('\n');
    List<TypeResult> skipped = outcomes.types().stream().filter(t -> t.outcome() == Outcome.SILENTLY_SKIPPED).toList();
    if (!skipped.isEmpty()) {
      out.println("skipped without a message (no error, no module): " + skipped.stream()
          .map(t -> t.type().qualifiedName()).toList());
    }
    Map<String, Long> elsewhere = outcomes.elsewhere().stream()
        .collect(Collectors.groupingBy(d -> d.kind() + " " + Attribution.code(d), TreeMap::new, Collectors.counting()));
    if (!elsewhere.isEmpty()) {
      out.println("messages outside the selected types (classes the selection uses, or no file): " + elsewhere);
      outcomes.elsewhere().stream().filter(Diag::isError).limit(5)
          .forEach(d -> out.println("  e.g. " + d.location() + ": " + d.message().lines().findFirst().orElse("")));
    }
    long warnings = outcomes.types().stream().mapToLong(t -> t.warnings().size()).sum();
    Map<String, Long> warningCodes = outcomes.types().stream().flatMap(t -> t.warnings().stream())
        .collect(Collectors.groupingBy(Attribution::code, TreeMap::new, Collectors.counting()));
    out.println("warnings on selected types: " + warnings + " " + warningCodes);
  }

  /**
   * Translated types whose modules import (directly or not) a module that was never written: they
   * count as translated, but fail with ImportError on the board until those translate too.
   */
  private void dependencies(Outcomes outcomes, ModuleImports imports) {
    Map<String, String> typeByModule = new LinkedHashMap<>();
    outcomes.types().forEach(t -> {
      if (t.modulePath() != null) {
        typeByModule.put(t.modulePath(), t.type().qualifiedName());
      }
    });
    Map<String, Integer> blockers = new TreeMap<>();
    int incomplete = 0;
    for (TypeResult t : outcomes.types()) {
      if (t.outcome() != Outcome.TRANSLATED) {
        continue;
      }
      Set<String> missing = imports.missing(t.modulePath());
      if (!missing.isEmpty()) {
        incomplete++;
        missing.forEach(m -> blockers.merge(typeByModule.getOrDefault(m, m), 1, Integer::sum));
      }
    }
    long translated = outcomes.count(Outcome.TRANSLATED);
    String line = String.format(Locale.ROOT, "of the %d translated, %d import (directly or not) a module that was not "
        + "written, so %d (%.1f%% of all) also load on a board", translated, incomplete, translated - incomplete,
        outcomes.types().isEmpty() ? 0.0 : 100.0 * (translated - incomplete) / outcomes.types().size());
    out.println();
    out.println(line);
    markdown.append(line).append("\n\n");
    if (!blockers.isEmpty()) {
      String list = blockers.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(e -> e.getKey().replace("com.thealgorithms.", "") + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", "));
      out.println("  untranslated modules they need (translated types needing each): " + list);
      markdown.append("Untranslated modules they need (translated types needing each): ").append(list).append("\n\n");
    }
  }

  /** One line per type: name, outcome, error count, first error; for looking up a class's verdict. */
  private void writeTypeList(Outcomes outcomes, Path file) throws IOException {
    StringBuilder tsv = new StringBuilder("type\toutcome\terrors\tfirst error\n");
    for (TypeResult t : outcomes.types()) {
      String first = t.errors().isEmpty() ? "" : t.errors().get(0).location() + " "
          + t.errors().get(0).message().lines().findFirst().orElse("");
      tsv.append(t.type().qualifiedName()).append('\t').append(t.outcome()).append('\t')
          .append(t.errors().size()).append('\t').append(first).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, tsv.toString(), UTF_8);
    out.println("per-type verdicts written to " + file);
    // every error of every type, for finding what else stands behind a type's first error
    StringBuilder all = new StringBuilder("type\tlocation\terror\n");
    for (TypeResult t : outcomes.types()) {
      for (var error : t.errors()) {
        all.append(t.type().qualifiedName()).append('\t').append(error.location()).append('\t')
            .append(error.message().lines().findFirst().orElse("")).append('\n');
      }
    }
    Path errorsFile = file.resolveSibling("errors.tsv");
    Files.writeString(errorsFile, all.toString(), UTF_8);
    out.println("every error of every type written to " + errorsFile);
  }

  // ---------------------------------------------------------------- drivers

  private List<CorpusType> driverTypes(Path driversRoot) throws IOException {
    if (!Files.isDirectory(driversRoot)) {
      return List.of();
    }
    List<CorpusType> types = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(driversRoot)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        CorpusFile scanned = CorpusSelection.scanFile(driversRoot, driversRoot.relativize(file));
        types.addAll(scanned.types());
      }
    }
    return types;
  }

  /** The corpus types whose modules the driver's module imports: the classes it exercises. */
  private static List<String> exercisedClasses(TypeResult driver, ModuleImports imports, Outcomes corpus) {
    if (driver.modulePath() == null) {
      return List.of();
    }
    Set<String> imported = imports.direct(driver.modulePath());
    return corpus.types().stream().filter(t -> imported.contains(t.modulePath()))
        .map(t -> t.type().qualifiedName()).toList();
  }

  /**
   * Class files of the translated drivers and the corpus classes they use: one javac run for all,
   * or one per driver when that fails, so that one broken driver does not stop the others. A
   * driver that does not compile maps to null.
   */
  private Map<String, Path> jvmBuilds(Outcomes driverOutcomes, Path driversRoot, Path annotatedRoot, Path work) {
    List<TypeResult> translated = driverOutcomes.types().stream()
        .filter(d -> d.outcome() == Outcome.TRANSLATED).toList();
    Map<String, Path> classes = new LinkedHashMap<>();
    ProcessorCompile.Result all = javac.compileForJvm(
        translated.stream().map(d -> driversRoot.resolve(d.type().file())).distinct().toList(),
        annotatedRoot, work.resolve("jvm-classes"));
    if (all.crash() == null && all.diagnostics().stream().noneMatch(Diag::isError)) {
      translated.forEach(d -> classes.put(d.type().qualifiedName(), all.classesDir()));
      return classes;
    }
    for (TypeResult d : translated) {
      ProcessorCompile.Result one = javac.compileForJvm(List.of(driversRoot.resolve(d.type().file())),
          annotatedRoot, work.resolve("jvm-classes-" + d.type().simpleName()));
      List<Diag> errors = one.diagnostics().stream().filter(Diag::isError).toList();
      if (one.crash() == null && errors.isEmpty()) {
        classes.put(d.type().qualifiedName(), one.classesDir());
      } else {
        out.println(d.type().qualifiedName() + " does not compile for the JVM:");
        errors.forEach(e -> out.println("  " + e.location() + ": " + e.message()));
        classes.put(d.type().qualifiedName(), null);
      }
    }
    return classes;
  }

  private void drivers(List<CorpusType> drivers, Path driversRoot, Outcomes driverOutcomes, Outcomes corpus,
      ProcessorCompile.Result batch, Path annotatedRoot, Path work) {
    out.println();
    out.println("drivers: " + drivers.size());
    Set<String> translatedCorpus = corpus.types().stream().filter(t -> t.outcome() == Outcome.TRANSLATED)
        .map(t -> t.type().qualifiedName()).collect(Collectors.toSet());
    Map<String, Path> jvmClasses = jvmBuilds(driverOutcomes, driversRoot, annotatedRoot, work);
    ProgramRuns runs = new ProgramRuns(root);
    ModuleImports imports = new ModuleImports(batch.boardImage());
    Map<String, String> typeByModule = new LinkedHashMap<>();
    corpus.types().forEach(t -> typeByModule.put(t.modulePath(), t.type().qualifiedName()));
    Map<String, List<String>> blockedBy = new LinkedHashMap<>();
    Map<String, Path> jobs = new LinkedHashMap<>();
    for (TypeResult d : driverOutcomes.types()) {
      Set<String> missing = d.modulePath() == null ? Set.of() : imports.missing(d.modulePath());
      if (!missing.isEmpty()) {
        blockedBy.put(d.type().qualifiedName(), missing.stream().map(m -> typeByModule.getOrDefault(m, m)).toList());
      } else if (d.outcome() == Outcome.TRANSLATED) {
        jobs.put(d.type().qualifiedName(), ProgramRuns.boardJob(batch.boardImage(), work.resolve("jobs"),
            d.type().qualifiedName(), d.modulePath()));
      }
    }
    Map<String, Run> mp = runs.microPython(jobs);
    int agree = 0;
    int blocked = 0;
    Set<String> covered = new LinkedHashSet<>();
    markdown.append("| driver | corpus classes | verdict |\n|---|---:|---|\n");
    for (TypeResult d : driverOutcomes.types()) {
      String name = d.type().qualifiedName();
      List<String> uses = exercisedClasses(d, imports, corpus);
      String verdict;
      if (d.outcome() != Outcome.TRANSLATED) {
        verdict = "not translated: " + d.errors().stream().map(e -> e.location() + ": " + e.message())
            .collect(Collectors.joining("; "));
      } else if (blockedBy.containsKey(name)) {
        verdict = "blocked: imports modules that were not written, of " + blockedBy.get(name);
        blocked++;
      } else if (jvmClasses.get(name) == null) {
        verdict = "does not compile for the JVM (above)";
      } else {
        Run jvm = runs.jvm(jvmClasses.get(name), name, work.resolve("scratch"));
        Run board = mp.getOrDefault(name, new Run("", "", "[corpus] no MicroPython result"));
        if (!jvm.ok()) {
          verdict = "JVM run failed: " + jvm.exception();
        } else if (!board.ok()) {
          verdict = "MicroPython run failed: " + board.exception();
        } else if (!jvm.stdout().equals(board.stdout())) {
          verdict = "DIFFER\n" + ProgramRuns.firstDifference(jvm.stdout(), board.stdout(), "JVM", "MicroPython");
        } else {
          verdict = "agree (" + jvm.stdout().lines().count() + " lines)";
          agree++;
          covered.addAll(uses);
        }
      }
      List<String> untranslated = uses.stream().filter(u -> !translatedCorpus.contains(u)).toList();
      out.printf("  %-40s %2d classes  %s%n", name, uses.size(), verdict);
      if (!untranslated.isEmpty()) {
        out.println("      uses classes that do not translate: " + untranslated);
      }
      markdown.append("| ").append(name).append(" | ").append(uses.size()).append(" | ")
          .append(verdict.lines().findFirst().orElse("")).append(" |\n");
    }
    covered.retainAll(translatedCorpus);
    String summary = String.format("drivers agreeing on the JVM and MicroPython: %d of %d (%d blocked by an "
        + "untranslated class they need, %d failing); corpus classes the agreeing ones exercise: %d", agree,
        drivers.size(), blocked, drivers.size() - agree - blocked, covered.size());
    out.println(summary);
    markdown.append('\n').append(summary).append("\n");
  }

  // ---------------------------------------------------------------- trials

  private void trials(Path sourceDir, Map<String, String> options) throws IOException {
    Path work = Path.of(options.getOrDefault("work", "corpus/target/trials-run")).toAbsolutePath();
    List<CorpusType> types = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceDir)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      types.addAll(CorpusSelection.scanFile(sourceDir, sourceDir.relativize(file)).types());
    }
    out.println("trials: " + types.size() + " programs in " + sourceDir + " (processor defaults, no options)");
    ProcessorCompile.Result result = javac.translate(files, sourceDir, work.resolve("classes"), List.of());
    if (result.crash() != null) {
      out.println("javac threw:\n" + result.crash());
      return;
    }
    Outcomes outcomes = Attribution.attribute(types, sourceDir, result);
    ProcessorCompile.Result jvmBuild = javac.compileForJvm(files, sourceDir, work.resolve("jvm-classes"));
    ProgramRuns runs = new ProgramRuns(root);
    Path floatPort = runs.singlePrecisionPort();
    for (TypeResult t : outcomes.types()) {
      out.println();
      out.println("== " + t.type().qualifiedName() + " (" + t.type().file() + "): " + t.outcome()
          + ", " + t.errors().size() + " errors, " + t.warnings().size() + " warnings");
      int i = 0;
      List<Diag> inOrder = t.errors().stream()
          .sorted(java.util.Comparator.comparingLong(Diag::line).thenComparingLong(Diag::column)).toList();
      for (Diag d : inOrder) {
        out.println(String.format("%3d. %s: %s", ++i, d.location(), d.message()));
      }
      for (Diag d : t.warnings()) {
        out.println(String.format("  w. %s: %s", d.location(), d.message()));
      }
      if (t.outcome() != Outcome.TRANSLATED) {
        continue;
      }
      Run jvm = runs.jvm(jvmBuild.classesDir(), t.type().qualifiedName(), work.resolve("scratch"));
      Path job = ProgramRuns.boardJob(result.boardImage(), work.resolve("jobs"), t.type().qualifiedName(), t.modulePath());
      Run wasm = runs.microPython(Map.of("job", job)).get("job");
      compare("MicroPython 1.27 (WebAssembly, double-precision floats)", jvm, wasm);
      if (floatPort != null) {
        compare("MicroPython 1.27 unix port, single-precision floats (as the ESP32)", jvm,
            runs.unixPort(floatPort, job, work.resolve("scratch")));
      } else {
        out.println("  (no micropython-float found: single precision not checked)");
      }
    }
    List<Diag> elsewhere = outcomes.elsewhere();
    if (!elsewhere.isEmpty()) {
      out.println();
      out.println("other messages:");
      elsewhere.forEach(d -> out.println("  " + d.location() + ": " + d.kind() + ": " + d.message()));
    }
  }

  private void compare(String target, Run jvm, Run board) {
    if (!jvm.ok()) {
      out.println("  JVM run failed: " + jvm.exception());
    }
    if (!board.ok()) {
      out.println("  " + target + ": ended with an exception:\n" + indent(board.exception()));
    }
    if (jvm.stdout().equals(board.stdout())) {
      out.println("  " + target + ": same output as the JVM (" + jvm.stdout().lines().count() + " lines)");
    } else {
      out.println("  " + target + ": output differs from the JVM's; "
          + ProgramRuns.firstDifference(jvm.stdout(), board.stdout(), "JVM", "MicroPython").strip());
    }
  }

  private static String indent(String text) {
    return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
  }

}
