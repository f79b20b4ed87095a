package dev.jmpy.maven;

import dev.jmpy.board.BoardSession;
import dev.jmpy.board.LineMaps;
import dev.jmpy.board.MpyCompiler;
import dev.jmpy.board.NodeTools;
import dev.jmpy.board.ProcessTransport;
import dev.jmpy.board.SerialTransport;
import dev.jmpy.board.TracebackDecoder;
import dev.jmpy.board.Transport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What jmpy's goals share: where the board image, its .mpy build and the line maps are; the port. */
abstract class JmpyMojo extends AbstractMojo {
  /** The class output, where jmpy's processor writes {@code micropython/} and {@code jmpy-linemaps/}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  File classesDirectory;

  /** Where the {@code .mpy} image goes. */
  @Parameter(property = "jmpy.mpyDirectory", defaultValue = "${project.build.directory}/micropython-mpy")
  File mpyDirectory;

  /** The serial port of the board ({@code /dev/ttyUSB0}, {@code COM3}); default: the only one found. */
  @Parameter(property = "jmpy.port")
  String port;

  /**
   * A stand-in board: MicroPython's unix port on a pseudo-terminal, {@code <micropython>:<folder>}
   * (the folder plays the board's flash).
   */
  @Parameter(property = "jmpy.pty")
  String pty;

  /** Deploy the {@code .mpy} image ({@code mvn package} builds it) instead of the {@code .py} one. */
  @Parameter(property = "jmpy.mpy", defaultValue = "false")
  boolean useMpy;

  Path pyImage() throws MojoExecutionException {
    Path image = classesDirectory.toPath().resolve("micropython");
    if (!Files.isDirectory(image)) {
      throw new MojoExecutionException("no board image in " + image + ": compile first (mvn compile),"
          + " and check that jmpy-processor is on the maven-compiler-plugin's"
          + " annotationProcessorPaths and that a class is annotated @MicroPython");
    }
    return image;
  }

  /** The image a deploy copies: the .py one, or the .mpy one with -Djmpy.mpy. */
  Path deployedImage() throws MojoExecutionException {
    if (!useMpy) {
      return pyImage();
    }
    if (!Files.isDirectory(mpyDirectory.toPath())) {
      throw new MojoExecutionException("no .mpy image in " + mpyDirectory
          + ": run mvn package (the jmpy:mpy step) first, or leave out -Djmpy.mpy");
    }
    return mpyDirectory.toPath();
  }

  TracebackDecoder decoder() throws IOException {
    return new TracebackDecoder(LineMaps.load(
        List.of(classesDirectory.toPath().resolve(LineMaps.FOLDER))));
  }

  BoardSession connect() throws MojoExecutionException {
    try {
      Transport transport;
      if (pty != null && !pty.isBlank()) {
        int colon = pty.lastIndexOf(':');
        if (colon < 0) {
          throw new MojoExecutionException("-Djmpy.pty wants <micropython>:<folder>");
        }
        Path folder = Path.of(pty.substring(colon + 1));
        Files.createDirectories(folder);
        transport = ProcessTransport.micropythonOnPty(Path.of(pty.substring(0, colon)), folder);
      } else {
        transport = SerialTransport.openOrDetect(port);
      }
      getLog().info("jmpy: board on " + transport.describe());
      return new BoardSession(transport);
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }

  NodeTools node() throws IOException {
    return NodeTools.installed(message -> getLog().info("jmpy: " + message));
  }

  MpyCompiler mpyCompiler(String nativeTool) throws IOException {
    return nativeTool == null || nativeTool.isBlank()
        ? MpyCompiler.webAssembly(node())
        : MpyCompiler.nativeTool(Path.of(nativeTool));
  }
}
