package dev.jmpy.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the programs: every {@code <area>/<Name>.java} directly below the programs folder. */
final class ProgramCorpus {
  private ProgramCorpus() {}

  static List<Program> find(Path programsDir, String idFilter) {
    try (Stream<Path> areas = Files.list(programsDir)) {
      return areas
          .filter(Files::isDirectory)
          .flatMap(ProgramCorpus::programsIn)
          .filter(program -> selected(program, idFilter))
          .sorted(Comparator.comparing(Program::id))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code filter}: comma-separated parts of ids ("lang/,asyncio/Cancel"); blank selects all. */
  private static boolean selected(Program program, String filter) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    for (String part : filter.split(",")) {
      if (!part.isBlank() && program.id().contains(part.strip())) {
        return true;
      }
    }
    return false;
  }

  private static Stream<Program> programsIn(Path areaDir) {
    String area = areaDir.getFileName().toString();
    try (Stream<Path> files = Files.list(areaDir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".java"))
          .map(file -> {
            String fileName = file.getFileName().toString();
            return new Program(area, fileName.substring(0, fileName.length() - ".java".length()), file);
          })
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
