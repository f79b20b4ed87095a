package dev.jmpy.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds Java frames to a MicroPython traceback copied from a board's console: from the file
 * {@code -Djmpy.traceback=}, or pasted on standard input (end with Ctrl-D).
 */
@Mojo(name = "decode", threadSafe = true)
public class DecodeMojo extends JmpyMojo {
  @Parameter(property = "jmpy.traceback")
  String traceback;

  @Override
  public void execute() throws MojoExecutionException {
    try (InputStream in = traceback == null ? System.in : Files.newInputStream(Path.of(traceback))) {
      if (traceback == null) {
        getLog().info("jmpy: paste the traceback, then Ctrl-D");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      System.out.println(decoder().decode(text));
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }
}
