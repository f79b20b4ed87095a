package dev.jmpy.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks, right after compiling, that jmpy's annotation processor ran: when the project's sources
 * have {@code @MicroPython} classes but the class output has no marker of the processor (it writes
 * {@code META-INF/jmpy/processed.properties} at the end of every compilation it takes part in),
 * javac compiled without it (a misspelled {@code annotationProcessorPaths}, {@code -proc:none}, an
 * IDE build without annotation processing) and no MicroPython was written. JUnit tests would
 * still pass on the JVM, so the build says so here instead of at the board.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** The marker jmpy's processor writes; the processor's {@code BuildMarker} owns the name. */
  static final String MARKER = "META-INF/jmpy/processed.properties";

  private static final Pattern ANNOTATED =
      Pattern.compile("@(dev\\.jmpy\\.annotations\\.)?MicroPython\\b");

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true)
  List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  File classesDirectory;

  /** Fail the build instead of warning. */
  @Parameter(property = "jmpy.check.fail", defaultValue = "false")
  boolean fail;

  @Parameter(property = "jmpy.check.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      return;
    }
    List<Path> annotated = annotatedSources();
    if (annotated.isEmpty()) {
      return;
    }
    if (Files.isRegularFile(classesDirectory.toPath().resolve(MARKER))) {
      return;
    }
    String message = "jmpy: the annotation processor did not run, so no MicroPython was written for "
        + annotated.size() + " @MicroPython source file(s) (" + annotated.get(0).getFileName()
        + (annotated.size() > 1 ? ", ..." : "") + "): put dev.jmpy:jmpy-processor in the"
        + " maven-compiler-plugin's <annotationProcessorPaths> (check the spelling; -proc:none and"
        + " <proc>none</proc> turn it off), or inherit dev.jmpy:jmpy-project-parent";
    if (fail) {
      throw new MojoExecutionException(message);
    }
    getLog().warn(message);
  }

  private List<Path> annotatedSources() {
    List<Path> found = new ArrayList<>();
    for (String root : compileSourceRoots) {
      Path folder = Path.of(root);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(f -> f.toString().endsWith(".java")).sorted()
            .filter(CheckMojo::isAnnotated).forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static boolean isAnnotated(Path source) {
    try {
      return ANNOTATED.matcher(Files.readString(source)).find();
    } catch (IOException e) {
      return false; // not readable as UTF-8: javac would have said so
    }
  }
}
