package dev.jmpy.processor.library;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/semantics.md is the library's documentation: every registry key is listed there, and every
 * row it calls exact names the conformance program that proves it (one that exists).
 */
class LibraryDocTest {
  private static final Path SEMANTICS = Path.of("../docs/semantics.md");
  private static final Path PROGRAMS = Path.of("../conformance/src/test/programs");
  /** {@code area/Name}: a conformance program named in a row. */
  private static final Pattern PROGRAM = Pattern.compile("\\b([a-z]+/[A-Z][A-Za-z0-9]*)\\b");

  @Test
  void everyRegistryKeyIsInSemantics() throws IOException {
    String doc = Files.readString(SEMANTICS);
    List<String> missing = LibraryRegistry.standard().keys().stream()
        .filter(key -> !doc.contains("`" + key + "`")).toList();
    assertWithMessage("registry keys missing from docs/semantics.md").that(missing).isEmpty();
  }

  @Test
  void everyExactRowNamesAConformanceProgramThatExists() throws IOException {
    Set<String> programs;
    try (Stream<Path> files = Files.walk(PROGRAMS)) {
      programs = files.filter(p -> p.toString().endsWith(".java"))
          .map(p -> PROGRAMS.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.substring(0, p.length() - ".java".length()))
          .collect(Collectors.toSet());
    }
    List<String> unproven = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int exact = 0;
    for (String line : Files.readAllLines(SEMANTICS)) {
      List<String> cells = cells(line);
      if (cells.size() < 3 || cells.get(0).equals("Java") || cells.get(0).startsWith("---")) {
        continue;
      }
      Matcher named = PROGRAM.matcher(line);
      List<String> names = new ArrayList<>();
      while (named.find()) {
        names.add(named.group(1));
      }
      names.stream().filter(n -> !programs.contains(n) && looksLikeProgram(n))
          .forEach(n -> unknown.add(n + " in: " + line));
      String status = cells.get(cells.size() - 1).replace("*", "");
      if (status.startsWith("exact")) {
        exact++;
        if (names.stream().noneMatch(programs::contains)) {
          unproven.add(line);
        }
      }
    }
    System.out.printf("semantics.md: %d exact rows, each naming a conformance program%n", exact);
    assertWithMessage("programs named in docs/semantics.md that do not exist").that(unknown)
        .isEmpty();
    assertWithMessage("exact rows of docs/semantics.md that name no conformance program")
        .that(unproven).isEmpty();
  }

  /** Program-like names ({@code lang/Foo}) only under the areas that exist. */
  private static boolean looksLikeProgram(String name) {
    return Files.isDirectory(PROGRAMS.resolve(name.substring(0, name.indexOf('/'))));
  }

  /** The cells of a table row ({@code \|} is a bar inside a cell), or none. */
  private static List<String> cells(String line) {
    if (!line.startsWith("|")) {
      return List.of();
    }
    String[] parts = line.split("(?<!\\\\)\\|");
    List<String> cells = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      cells.add(parts[i].strip());
    }
    return cells;
  }
}
