package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden case per construct (Dagger's goldens layout): {@code goldens/<case>/*.java} is
 * compiled with the processor, and every file it writes under {@code micropython/} must equal
 * {@code goldens/<case>/expected/<path>}. Each case's behaviour on MicroPython is proven by the
 * conformance suite; these goldens pin the text and its readability.
 *
 * <p>After an intended change, {@code -Djmpy.updateGoldens=true} rewrites the expected files;
 * review the diff before committing.
 */
class GoldenTranslationTest {
  private static final Path GOLDENS = Paths.get("src/test/resources/goldens");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDENS)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void translatesAsTheGoldenFiles(String name) throws IOException, URISyntaxException {
    Path dir = GOLDENS.resolve(name);
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> options = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".java")) {
          String text = Files.readString(file);
          sources.add(JavaFileObjects.forSourceString(qualifiedName(text, fileName), text));
        } else if (fileName.equals("options.txt")) {
          options.addAll(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList());
        }
      }
    }
    Compilation compilation = Jmpy.compile(options, sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    Map<String, String> actual = Jmpy.allGenerated(compilation);
    Path expectedDir = dir.resolve("expected");
    if (Boolean.getBoolean("jmpy.updateGoldens")) {
      if (Files.exists(expectedDir)) {
        try (Stream<Path> old = Files.walk(expectedDir)) {
          for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path out = expectedDir.resolve(e.getKey());
        Files.createDirectories(out.getParent());
        Files.writeString(out, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(expectedDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        expected.put(expectedDir.relativize(file).toString().replace('\\', '/'),
            Files.readString(file));
      }
    }
    assertWithMessage("files written under micropython/").that(actual.keySet())
        .containsExactlyElementsIn(expected.keySet());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertWithMessage("micropython/" + e.getKey()).that(actual.get(e.getKey()))
          .isEqualTo(e.getValue());
    }
  }

  private static String qualifiedName(String text, String fileName) {
    String simple = fileName.substring(0, fileName.length() - ".java".length());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^package\\s+([\\w.]+);")
        .matcher(text);
    return m.find() ? m.group(1) + "." + simple : simple;
  }
}
