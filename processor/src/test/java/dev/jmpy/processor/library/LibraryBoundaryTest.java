package dev.jmpy.processor.library;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JDK is mapped in library/ only: no JDK name ({@code "java.} literal) in the processor's
 * other packages but check/ (which rejects JDK APIs before translation), and each family's rows
 * stay small enough to read at once.
 */
class LibraryBoundaryTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/jmpy/processor");
  private static final int MAX_ROWS_LINES = 250;

  @Test
  void jdkNamesAreWrittenInLibraryAndCheckOnly() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("library/") || relative.startsWith("check/")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (!code.startsWith("*") && !code.startsWith("//") && code.contains("\"java.")) {
            found.add(relative + ":" + (i + 1) + ": " + code);
          }
        }
      }
    }
    assertWithMessage("JDK names outside library/ and check/ (use Jdk's constants or a row)")
        .that(found).isEmpty();
  }

  @Test
  void noRowsClassIsOver250Lines() throws IOException {
    List<String> rows = new ArrayList<>();
    int largest = 0;
    String largestName = "";
    try (Stream<Path> files = Files.list(SOURCES.resolve("library"))) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith("Rows.java"))
          .sorted().toList()) {
        int lines = Files.readAllLines(file).size();
        rows.add(file.getFileName() + " " + lines);
        if (lines > largest) {
          largest = lines;
          largestName = file.getFileName().toString();
        }
        assertWithMessage(file.getFileName() + " lines").that(lines).isAtMost(MAX_ROWS_LINES);
      }
    }
    System.out.printf("library rows: %d classes, the largest %s with %d lines%n", rows.size(),
        largestName, largest);
    assertWithMessage("rows classes").that(rows.size()).isAtLeast(15);
  }
}
