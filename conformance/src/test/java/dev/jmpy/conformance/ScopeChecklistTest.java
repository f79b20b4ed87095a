package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The issues' scope checklists ({@code conformance/scope/*.txt}): every item names the conformance
 * programs that show it, or the rejection test that shows it is rejected with a code; a named
 * program or test that does not exist fails here, and a program that fails on either side fails in
 * {@link ConformanceTest}. Items still marked {@code TODO} are counted and printed.
 */
class ScopeChecklistTest {
  private static final Path MODULE = ConformanceRun.Settings.fromEnvironment().conformanceDir();
  private static final Path PROGRAMS = MODULE.resolve("src/test/programs");
  private static final Path PROJECT = MODULE.getParent();
  private static final Pattern REJECTED =
      Pattern.compile("rejected (JMPY\\d{3}) by ([A-Za-z0-9_]+)#([A-Za-z0-9_]+)");

  @Test
  void everyNamedProgramAndRejectionTestExists() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> lists = Files.list(MODULE.resolve("scope"))) {
      for (Path list : lists.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        int items = 0;
        int todo = 0;
        for (String line : Files.readAllLines(list, UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          int split = line.lastIndexOf(" :: ");
          if (split < 0) {
            problems.add(list.getFileName() + ": no ' :: ' in: " + line);
            continue;
          }
          items++;
          String evidence = line.substring(split + 4).strip();
          if (evidence.equals("TODO")) {
            todo++;
          } else if (evidence.startsWith("rejected ")) {
            checkRejection(list, line, evidence, problems);
          } else {
            for (String id : evidence.split(",")) {
              Path program = PROGRAMS.resolve(id.strip() + ".java");
              if (!Files.isRegularFile(program)) {
                problems.add(list.getFileName() + ": no program " + id.strip() + " (" + line + ")");
              }
            }
          }
        }
        System.out.println("scope " + list.getFileName() + ": " + (items - todo) + " of " + items
            + " items covered, " + todo + " TODO");
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void checkRejection(Path list, String line, String evidence, List<String> problems)
      throws IOException {
    Matcher m = REJECTED.matcher(evidence);
    if (!m.matches()) {
      problems.add(list.getFileName() + ": expected 'rejected JMPYnnn by Class#method' in: " + line);
      return;
    }
    List<Path> classes;
    try (Stream<Path> files = Files.walk(PROJECT)) {
      classes = files.filter(p -> p.getFileName().toString().equals(m.group(2) + ".java"))
          .filter(p -> p.toString().contains("/src/test/java/"))
          .toList();
    }
    if (classes.isEmpty()) {
      problems.add(list.getFileName() + ": no test class " + m.group(2) + " (" + line + ")");
      return;
    }
    String source = Files.readString(classes.get(0), UTF_8);
    if (!source.contains(m.group(3))) {
      problems.add(list.getFileName() + ": " + m.group(2) + " has no " + m.group(3) + " (" + line + ")");
    } else if (!source.contains(m.group(1))) {
      problems.add(list.getFileName() + ": " + m.group(2) + " never mentions " + m.group(1) + " (" + line + ")");
    }
  }
}
