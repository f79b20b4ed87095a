package dev.jmpy.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the board image to {@code .mpy} (MicroPython v1.27 bytecode, {@code .mpy} 6.3) in
 * {@code target/micropython-mpy}: every module but {@code main.py}; module names and line numbers
 * kept, so tracebacks still decode.
 */
@Mojo(name = "mpy", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class MpyMojo extends JmpyMojo {
  /** mpy-cross's optimisation level: 0 to 2 (3 drops the line numbers tracebacks need). */
  @Parameter(property = "jmpy.mpy.optimisation", defaultValue = "0")
  int optimisation;

  /** A native mpy-cross v1.27 to use instead of the WebAssembly one (which needs Node 18+). */
  @Parameter(property = "jmpy.mpyCross")
  String mpyCross;

  @Parameter(property = "jmpy.mpy.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("jmpy: .mpy skipped");
      return;
    }
    if (optimisation < 0 || optimisation > 2) {
      throw new MojoExecutionException("jmpy.mpy.optimisation=" + optimisation
          + ": use 0 to 2 (3 drops the line numbers that tracebacks and their Java frames need)");
    }
    Path image = pyImage();
    try {
      List<String> compiled = mpyCompiler(mpyCross).compileImage(image, mpyDirectory.toPath(),
          optimisation);
      getLog().info("jmpy: " + compiled.size() + " module(s) compiled to .mpy (-O" + optimisation
          + ") in " + mpyDirectory);
    } catch (dev.jmpy.board.NodeTools.NodeMissingException e) {
      getLog().warn("jmpy: no .mpy image: " + e.getMessage()
          + " (or give a native mpy-cross v1.27 with -Djmpy.mpyCross=)");
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }
}
