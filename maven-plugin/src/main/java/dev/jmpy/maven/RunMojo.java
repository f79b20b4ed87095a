package dev.jmpy.maven;

import dev.jmpy.board.BoardSession;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Deploys, soft-resets the board and runs {@code main.py}, streaming its output; every traceback is
 * shown with the Java frames of its jmpy modules. With {@code -Djmpy.watch}, goes on as
 * {@code jmpy:watch}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class RunMojo extends WatchMojo {
  @Parameter(property = "jmpy.watch", defaultValue = "false")
  boolean watch;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (watch) {
      super.execute();
      return;
    }
    try (BoardSession board = connect()) {
      getLog().info("jmpy: deployed: " + board.deploy(deployedImage()).summary());
      if (!board.runMain(System.out, decoder())) {
        throw new MojoFailureException("jmpy: the program ended with an exception (above)");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }
}
