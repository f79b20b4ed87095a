package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each sample ({@code dev.jmpy.samples:*}): its {@code micropython/} folder, as the sample's build
 * generated it, runs on real MicroPython 1.27 and prints, line for line, what its Java {@code main}
 * prints on the JVM.
 */
class SampleBundleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"seed-asyncio, seed.SeedAsyncio", "vending-machine, vending.Main",
      "sensor-app, app.SensorApp"})
  void theSamplesBoardImagePrintsOnMicroPythonWhatItsJavaPrintsOnTheJvm(
      String sample, String mainClassName, @TempDir Path temp) throws Exception {
    Path image = extractBoardImage(temp.resolve("board"), sample);
    Path module = ConformanceRun.Settings.fromEnvironment().conformanceDir();

    RunResult board = BoardRunner.microPython(module, Duration.ofSeconds(60))
        .run(List.of(new BoardRunner.Job(sample, image)))
        .get(sample);
    // Referred to by name: the sample is built by its own module, after this one's sources were written.
    Class<?> mainClass = Class.forName(mainClassName);
    RunResult jvm = new JvmRunner(Duration.ofSeconds(60)).runMain(() -> {
      mainClass.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
      return null;
    });

    assertNull(board.exception(), () -> "MicroPython failed:\n" + board.exception() + "\n" + listing(image));
    assertNull(jvm.exception(), () -> "the JVM failed:\n" + jvm.exception());
    assertFalse(jvm.stdout().isBlank(), "the sample printed nothing on the JVM");
    List<String> expected = jvm.stdout().lines().toList();
    List<String> actual = board.stdout().lines().toList();
    assertEquals(expected, actual, () -> "MicroPython moved away from the JVM:\n"
        + UnifiedDiff.diff(jvm.stdout(), board.stdout(), "JVM stdout", "MicroPython stdout")
        + listing(image));
  }

  /** Copies the sample's {@code micropython/} resources (from its jar or its classes folder) to {@code target}. */
  static Path extractBoardImage(Path target, String sample)
      throws IOException, URISyntaxException {
    URL mainPy = sampleResource("micropython/main.py", sample);
    assertNotNull(mainPy, "no micropython/main.py of " + sample + " on the test class path");
    Files.createDirectories(target);
    if (mainPy.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) mainPy.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          if (entry.getName().startsWith("micropython/") && !entry.isDirectory()) {
            Path file = target.resolve(entry.getName().substring("micropython/".length()));
            Files.createDirectories(file.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
              Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
    } else {
      Path source = Path.of(mainPy.toURI()).getParent();
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  /** The resource from the sample's jar (or, in an IDE, its classes folder), not from any other entry. */
  private static URL sampleResource(String name, String sample) throws IOException {
    List<URL> candidates = Collections.list(SampleBundleTest.class.getClassLoader().getResources(name));
    for (URL candidate : candidates) {
      if (candidate.toString().contains(sample)) {
        return candidate;
      }
    }
    if (candidates.size() > 0) {
      fail("several " + name + " on the test class path, none from " + sample + ": " + candidates);
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  private static String listing(Path image) {
    try {
      return "\n== generated Python ==\n" + GeneratedPython.listing(image);
    } catch (UncheckedIOException e) {
      return "";
    }
  }
}
