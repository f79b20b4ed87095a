package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.javaparser.JavaParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jmpy.annotations.MicroPython;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An older JDK gets one error that says how to fix the build (JMPY006), not "class file version
 * 65.0": javac loads {@link JmpyProcessorEntry}, compiled for Java 8, which checks the JDK before it
 * loads the rest of the processor.
 */
class JdkCheckTest {
  private static final JavaFileObject APP = JavaFileObjects.forSourceLines("demo.App",
      "package demo;",
      "@dev.jmpy.annotations.MicroPython",
      "public class App { static int one() { return 1; } }");

  @TempDir Path work;

  /** The real thing: JDK 17's javac with the processor as a build gives it to javac. */
  @Test
  void javacOfJdk17SaysJmpyNeedsJdk21AndHowToFixIt() throws Exception {
    OlderJdk jdk17 = olderJdk().orElse(null);
    Assumptions.assumeTrue(jdk17 != null,
        "SKIPPED: no JDK older than 21 under /usr/lib/jvm (or -Djmpy.test.oldJdk=<home>)");
    Path source = work.resolve("src/demo/App.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n", APP.getCharContent(true)));
    String processorPath = String.join(File.pathSeparator,
        locationOf(JmpyProcessorEntry.class), locationOf(MicroPython.class),
        locationOf(JavaParser.class));
    Process javac = new ProcessBuilder(jdk17.home().resolve("bin/javac").toString(),
        "-proc:full", "-processorpath", processorPath, "-cp", locationOf(MicroPython.class),
        "-d", work.resolve("out").toString(), source.toString())
        .redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), UTF_8);
    assertThat(javac.waitFor(60, TimeUnit.SECONDS)).isTrue();
    System.out.println("javac of " + jdk17.home() + ":\n" + output);

    assertThat(javac.exitValue()).isNotEqualTo(0);
    assertThat(output).contains("error: [JMPY006] jmpy needs JDK 21 or newer, and javac runs on "
        + "JDK " + jdk17.feature() + ": set JAVA_HOME to a JDK 21+ (for example Temurin 21) and build again");
    assertThat(output).contains("1 error");
    assertThat(output).doesNotContain("class file version");
    assertThat(output).doesNotContain("Bad service configuration file");
  }

  @Test
  void anOldJdkIsReportedOnce() {
    Compilation compilation = javac().withProcessors(new JmpyProcessorEntry(17))
        .withOptions("--release", "21").compile(APP);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JMPY006] jmpy needs JDK 21 or newer, and javac "
        + "runs on JDK 17: set JAVA_HOME to a JDK 21+");
  }

  @Test
  void anOlderReleaseIsReportedWithTheMavenPropertyToSet() {
    Compilation compilation = javac().withProcessors(new JmpyProcessorEntry())
        .withOptions("--release", "17").compile(APP);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JMPY006] jmpy needs Java 21 or newer, and this "
        + "compilation is for Java 17: compile with --release 21 "
        + "(Maven: <maven.compiler.release>21</maven.compiler.release>)");
  }

  @Test
  void onJdk21OrNewerTheEntryIsTheProcessor() {
    Compilation compilation = javac().withProcessors(new JmpyProcessorEntry())
        .withOptions("--release", "21").compile(APP);
    assertThat(compilation).succeeded();
    assertThat(Jmpy.generated(compilation, "demo/app.py")).isPresent();
  }

  @Test
  void theEntryIsJava8ClassFileAndTheServiceJavacLoads() throws IOException {
    Path classes = Path.of(locationOf(JmpyProcessorEntry.class));
    byte[] entry = Files.readAllBytes(classes.resolve("dev/jmpy/processor/JmpyProcessorEntry.class"));
    assertThat(entry[7]).isEqualTo((byte) 52); // major version 52 = Java 8
    assertThat(Files.readString(
        classes.resolve("META-INF/services/javax.annotation.processing.Processor")).strip())
        .isEqualTo(JmpyProcessorEntry.class.getName());
  }

  @Test
  void featureVersionsOfOldAndNewSpecifications() {
    assertThat(JmpyProcessorEntry.featureVersion("1.8")).isEqualTo(8);
    assertThat(JmpyProcessorEntry.featureVersion("17")).isEqualTo(17);
    assertThat(JmpyProcessorEntry.featureVersion("25")).isEqualTo(25);
    assertThat(JmpyProcessorEntry.featureVersion(null)).isEqualTo(0);
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record OlderJdk(Path home, int feature) {}

  /** A JDK 11-20 (the machine's JDK 17): -Djmpy.test.oldJdk=<home>, or the first in /usr/lib/jvm. */
  static Optional<OlderJdk> olderJdk() throws IOException {
    String given = System.getProperty("jmpy.test.oldJdk", "");
    Path jvms = Path.of("/usr/lib/jvm");
    if (given.isBlank() && !Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    List<OlderJdk> found = new ArrayList<>();
    try (Stream<Path> listed = given.isBlank() ? Files.list(jvms) : Stream.of(Path.of(given))) {
      for (Path home : listed.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isExecutable(home.resolve("bin/javac")) && Files.isRegularFile(release)) {
          String text = Files.readString(release);
          int feature = JmpyProcessorEntry.featureVersion(
              text.replaceAll("(?s).*JAVA_VERSION=\"([0-9.]+)[^\"]*\".*", "$1"));
          if (feature >= 11 && feature < JmpyProcessorEntry.REQUIRED_JDK) {
            found.add(new OlderJdk(home.toRealPath(), feature));
          }
        }
      }
    }
    return found.stream().findFirst();
  }
}
