package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The generated board image as text: every non-empty {@code .py} file, with line numbers. */
final class GeneratedPython {
  private GeneratedPython() {}

  static String listing(Path boardImage) {
    if (!Files.isDirectory(boardImage)) {
      return "(no generated folder " + boardImage + ")\n";
    }
    List<Path> files;
    try (Stream<Path> paths = Files.walk(boardImage)) {
      files = paths.filter(path -> path.toString().endsWith(".py")).sorted(GeneratedPython::mainFirst).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder out = new StringBuilder();
    for (Path file : files) {
      String text = read(file);
      if (text.isBlank()) {
        continue; // empty package __init__.py files say nothing
      }
      out.append("# ").append(boardImage.relativize(file).toString().replace('\\', '/')).append('\n');
      String[] lines = text.split("\n", -1);
      int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
      for (int i = 0; i < count; i++) {
        out.append(String.format("%4d | %s\n", i + 1, lines[i]));
      }
    }
    return out.length() == 0 ? "(the generated folder has no Python code)\n" : out.toString();
  }

  private static int mainFirst(Path a, Path b) {
    boolean aMain = a.getFileName().toString().equals("main.py");
    boolean bMain = b.getFileName().toString().equals("main.py");
    return aMain == bMain ? a.compareTo(b) : (aMain ? -1 : 1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
