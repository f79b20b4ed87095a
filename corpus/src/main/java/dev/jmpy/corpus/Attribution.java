package dev.jmpy.corpus;

import dev.jmpy.corpus.CorpusSelection.CorpusType;
import dev.jmpy.corpus.ProcessorCompile.Diag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each diagnostic to the top-level type whose lines hold it, and decides per type whether it
 * translated: no error of its own, and its module written.
 */
final class Attribution {

  /** The verdict on one type. */
  enum Outcome {
    /** No error attributed to it, and its module is in the board image. */
    TRANSLATED,
    /** At least one error attributed to it. */
    REJECTED,
    /** An internal error (JMPY001) among its errors: a processor crash on this class. */
    CRASHED,
    /** Neither an error nor a module: the processor skipped it without saying why. */
    SILENTLY_SKIPPED
  }

  /** One type's verdict and the diagnostics attributed to it. */
  record TypeResult(CorpusType type, Outcome outcome, List<Diag> errors, List<Diag> warnings, String modulePath) {}

  /** Per-type results and the diagnostics no selected type owns. */
  record Outcomes(List<TypeResult> types, List<Diag> elsewhere) {
    long count(Outcome outcome) {
      return types.stream().filter(t -> t.outcome() == outcome).count();
    }
  }

  private static final Pattern CODE = Pattern.compile("^\\[(JMPY\\d{3})]");

  private Attribution() {}

  /**
   * Attributes {@code diagnostics} of a compilation of {@code types}, whose sources lie under
   * {@code sourceRoot} (relative paths in {@link CorpusType#file()}).
   */
  static Outcomes attribute(List<CorpusType> types, Path sourceRoot, ProcessorCompile.Result result) {
    Map<Path, List<CorpusType>> byFile = new LinkedHashMap<>();
    for (CorpusType type : types) {
      byFile.computeIfAbsent(sourceRoot.resolve(type.file()).toAbsolutePath().normalize(),
          f -> new ArrayList<>()).add(type);
    }
    Map<CorpusType, List<Diag>> owned = new LinkedHashMap<>();
    types.forEach(t -> owned.put(t, new ArrayList<>()));
    List<Diag> elsewhere = new ArrayList<>();
    for (Diag diag : result.diagnostics()) {
      List<CorpusType> inFile = diag.file() == null
          ? null
          : byFile.get(diag.file().toAbsolutePath().normalize());
      // A message with no position (javac's NOPOS) is about the compilation, not a line of a type.
      CorpusType owner = inFile == null || diag.line() < 1 ? null : owner(inFile, diag.line());
      if (owner == null) {
        elsewhere.add(diag);
      } else {
        owned.get(owner).add(diag);
      }
    }
    List<TypeResult> results = new ArrayList<>();
    for (CorpusType type : types) {
      List<Diag> diags = owned.get(type);
      List<Diag> errors = diags.stream().filter(Diag::isError).toList();
      List<Diag> warnings = diags.stream().filter(d -> !d.isError()).toList();
      String modulePath = result.modulePaths().get(type.qualifiedName());
      boolean written = modulePath != null && Files.isRegularFile(result.boardImage().resolve(modulePath));
      Outcome outcome;
      if (errors.stream().anyMatch(d -> "JMPY001".equals(code(d)))) {
        outcome = Outcome.CRASHED;
      } else if (!errors.isEmpty()) {
        outcome = Outcome.REJECTED;
      } else if (written) {
        outcome = Outcome.TRANSLATED;
      } else {
        outcome = Outcome.SILENTLY_SKIPPED;
      }
      results.add(new TypeResult(type, outcome, errors, warnings, modulePath));
    }
    return new Outcomes(results, elsewhere);
  }

  /**
   * The type whose lines hold {@code line}; a message on a line outside every type (an import)
   * belongs to the file's only type, if it has one.
   */
  private static CorpusType owner(List<CorpusType> inFile, long line) {
    for (CorpusType type : inFile) {
      if (line >= type.beginLine() && line <= type.endLine()) {
        return type;
      }
    }
    return inFile.size() == 1 ? inFile.get(0) : null;
  }

  /** The jmpy code of a message ({@code JMPY025}), or {@code javac} for javac's own. */
  static String code(Diag diag) {
    Matcher m = CODE.matcher(diag.message());
    return m.find() ? m.group(1) : "javac";
  }
}
