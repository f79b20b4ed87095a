package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A program's expected output for each side: {@code Name.exp} for both, or {@code Name.jvm.exp}
 * and {@code Name.mp.exp} for an intended difference, which must be written down in the program
 * (a comment containing "Intended difference") and in {@code docs/semantics.md} (naming
 * {@code area/Name}).
 *
 * @param jvm what the JVM must print, or null if nothing is recorded
 * @param board what the board must print, or null if nothing is recorded
 * @param jvmFile the file {@code jvm} comes from
 * @param boardFile the file {@code board} comes from
 * @param problem why the expectation files are unusable, or null
 */
record Expectation(String jvm, String board, Path jvmFile, Path boardFile, String problem) {

  static final String DIFFERENCE_MARKER = "intended difference";

  boolean recorded() {
    return jvm != null && board != null;
  }

  boolean isDocumentedDifference() {
    return recorded() && !jvmFile.equals(boardFile);
  }

  static Expectation load(Program program, Path semanticsDoc) {
    Path shared = program.sharedExpected();
    Path jvmOnly = program.jvmExpected();
    Path boardOnly = program.boardExpected();
    boolean hasShared = Files.exists(shared);
    boolean hasJvm = Files.exists(jvmOnly);
    boolean hasBoard = Files.exists(boardOnly);
    if (hasShared && (hasJvm || hasBoard)) {
      return problem(program, "has both " + shared.getFileName() + " and a per-side .jvm.exp/.mp.exp; keep one form");
    }
    if (hasShared) {
      String text = read(shared);
      return new Expectation(text, text, shared, shared, null);
    }
    if (hasJvm != hasBoard) {
      return problem(program, "an intended difference needs both " + jvmOnly.getFileName() + " and " + boardOnly.getFileName());
    }
    if (!hasJvm) {
      return new Expectation(null, null, shared, shared, null);
    }
    if (!program.sourceText().toLowerCase(Locale.ROOT).contains(DIFFERENCE_MARKER)) {
      return problem(program, "has per-side expected output but its source has no comment saying \"Intended difference: ...\"");
    }
    if (!Files.exists(semanticsDoc) || !read(semanticsDoc).contains(program.id())) {
      return problem(program, "has per-side expected output but " + semanticsDoc + " does not mention " + program.id());
    }
    return new Expectation(read(jvmOnly), read(boardOnly), jvmOnly, boardOnly, null);
  }

  private static Expectation problem(Program program, String why) {
    return new Expectation(null, null, program.sharedExpected(), program.sharedExpected(), program.id() + " " + why);
  }

  private static String read(Path file) {
    try {
      return RunResult.normalizeLineEnds(Files.readString(file, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
