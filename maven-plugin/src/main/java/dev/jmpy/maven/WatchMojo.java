package dev.jmpy.maven;

import dev.jmpy.board.BoardSession;
import dev.jmpy.board.LineMaps;
import dev.jmpy.board.TracebackDecoder;
import dev.jmpy.board.Watcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Deploys and runs, then on every save under the sources or resources re-runs the project's build
 * up to {@code process-classes} in this Maven session (so javac and jmpy's processor stay warm),
 * redeploys what changed, usually the one module of the class you saved, and runs again. Each
 * round prints its time. Ctrl-C ends it.
 */
@Mojo(name = "watch", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class WatchMojo extends JmpyMojo {
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Component
  LifecycleExecutor lifecycle;

  @Component
  BuildPluginManager plugins;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<Path> watched = new ArrayList<>();
    project.getCompileSourceRoots().forEach(root -> watched.add(Path.of(root)));
    for (Resource resource : project.getResources()) {
      watched.add(Path.of(resource.getDirectory()));
    }
    try (BoardSession board = connect();
        Watcher watcher = new Watcher(board, deployedImage(), this::freshDecoder, watched,
            this::rebuild, System.out, System.out)) {
      getLog().info("jmpy: watching " + watched + "; Ctrl-C ends");
      watcher.loop();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw e;
    } catch (Exception e) {
      throw new MojoExecutionException("jmpy: " + e.getMessage(), e);
    }
  }

  private TracebackDecoder freshDecoder() {
    try {
      return decoder();
    } catch (IOException e) {
      return new TracebackDecoder(new LineMaps());
    }
  }

  /** The project's mojos up to process-classes (and the .mpy step with -Djmpy.mpy), run again. */
  private void rebuild() throws Exception {
    MavenExecutionPlan plan = lifecycle.calculateExecutionPlan(session, "process-classes");
    for (MojoExecution execution : plan.getMojoExecutions()) {
      if (!execution.getGroupId().equals("dev.jmpy")) {
        plugins.executeMojo(session, execution);
      }
    }
    if (useMpy) {
      MpyMojo mpy = new MpyMojo();
      mpy.classesDirectory = classesDirectory;
      mpy.mpyDirectory = mpyDirectory;
      mpy.setLog(getLog());
      mpy.execute();
    }
  }
}
