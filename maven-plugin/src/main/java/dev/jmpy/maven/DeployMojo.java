package dev.jmpy.maven;

import dev.jmpy.board.BoardSession;
import dev.jmpy.board.Deployer;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Copies the board image to the board over USB serial (MicroPython's raw REPL): only the files whose
 * hash differs from the board's; removes the files jmpy deployed before and no longer generates;
 * touches no other file (its manifest on the board, {@code .jmpy/manifest}, says which are its own).
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends JmpyMojo {
  @Override
  public void execute() throws MojoExecutionException {
    try (BoardSession board = connect()) {
      Deployer.Result result = board.deploy(deployedImage());
      result.warnings().forEach(w -> getLog().warn("jmpy: " + w));
      result.copied().forEach(f -> getLog().info("jmpy: copied " + f));
      result.removed().forEach(f -> getLog().info("jmpy: removed " + f));
      getLog().info("jmpy: deployed: " + result.summary());
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }
}
