package dev.jmpy.maven;

import dev.jmpy.board.BoardSession;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/** The board's REPL on this terminal; Ctrl-] (or the end of the input) leaves. */
@Mojo(name = "repl", requiresProject = false, threadSafe = true)
public class ReplMojo extends JmpyMojo {
  @Override
  public void execute() throws MojoExecutionException {
    try (BoardSession board = connect()) {
      getLog().info("jmpy: the board's REPL; Ctrl-] leaves");
      board.repl(System.in, System.out);
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }
}
