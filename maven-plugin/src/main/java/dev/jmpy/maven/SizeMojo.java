package dev.jmpy.maven;

import dev.jmpy.board.SizeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints per module its {@code .py} bytes, {@code .mpy} bytes (when {@code jmpy:mpy} ran) and the
 * heap it takes once imported, measured on real MicroPython 1.27 (the WebAssembly port, 32-bit as
 * an ESP32; or the unix port given by {@code -Djmpy.micropython=}), and the totals; fails the build
 * when {@code -Djmpy.flashBudget=} or {@code -Djmpy.ramBudget=} (bytes) is exceeded.
 */
@Mojo(name = "size", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SizeMojo extends JmpyMojo {
  /** The most flash the deployed image may take, in bytes. */
  @Parameter(property = "jmpy.flashBudget")
  Long flashBudget;

  /** The most heap all modules may take once imported, in bytes. */
  @Parameter(property = "jmpy.ramBudget")
  Long ramBudget;

  /** MicroPython's unix port to measure the heap on, instead of the WebAssembly port. */
  @Parameter(property = "jmpy.micropython")
  String micropython;

  @Parameter(property = "jmpy.size.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("jmpy: size report skipped");
      return;
    }
    Path mpy = Files.isDirectory(mpyDirectory.toPath()) ? mpyDirectory.toPath() : null;
    SizeReport report;
    try {
      SizeReport.HeapMeter meter = micropython == null || micropython.isBlank()
          ? SizeReport.webAssembly(node())
          : SizeReport.unixPort(Path.of(micropython));
      report = SizeReport.measure(pyImage(), mpy, meter);
    } catch (dev.jmpy.board.NodeTools.NodeMissingException e) {
      if (flashBudget != null || ramBudget != null) {
        throw new MojoExecutionException("jmpy: the size budget cannot be checked: "
            + e.getMessage() + " (or give MicroPython's unix port with -Djmpy.micropython=)", e);
      }
      getLog().warn("jmpy: no size report: " + e.getMessage()
          + " (or give MicroPython's unix port with -Djmpy.micropython=)");
      return;
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: the size report failed: " + e.getMessage(), e);
    }
    getLog().info("jmpy size report:");
    for (String line : report.format().lines().toList()) {
      getLog().info(line);
    }
    List<String> over = report.overBudget(flashBudget, ramBudget);
    if (!over.isEmpty()) {
      throw new MojoFailureException("jmpy: over budget: " + String.join("; ", over));
    }
  }
}
