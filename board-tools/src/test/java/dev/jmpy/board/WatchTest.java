package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch loop on the pty board: the vending-machine sample is built (javac and jmpy's processor,
 * in-process, as the Maven goal re-runs the compile), deployed and run; a save of one Java class
 * rebuilds and redeploys that class's module only. The redeploy time is printed, not asserted.
 */
class WatchTest {
  @TempDir Path temp;

  @Test
  void aSavedClassIsRebuiltAndOnlyItsModuleRedeployed() throws Exception {
    Path sources = temp.resolve("src");
    TestProjects.copyTree(TestBoards.projectDir().resolve("samples/vending-machine/src/main/java"),
        sources);
    Path classes = temp.resolve("classes");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (BoardSession board = new BoardSession(TestBoards.ptyBoard(temp.resolve("board"), "the watch loop"));
        Watcher watcher = new Watcher(board, classes.resolve("micropython"),
            () -> new TracebackDecoder(new LineMaps()), List.of(sources),
            () -> TestProjects.compile(List.of(sources), classes),
            new PrintStream(System.out, true, StandardCharsets.UTF_8), console)) {
      Thread loop = Thread.ofPlatform().daemon().start(() -> {
        try {
          watcher.loop();
        } catch (Exception e) {
          e.printStackTrace();
        }
      });
      Watcher.Round first = watcher.rounds().poll(120, TimeUnit.SECONDS);
      assertNotNull(first, "the first build and deploy did not finish");

      // Two saves of one class: the first rebuild still warms javac up, as in an editing session.
      Path java = sources.resolve("vending/CommandParser.java");
      for (String limit : List.of("8", "7")) {
        String text = Files.readString(java);
        Files.writeString(java, text.replaceAll("s\\.length\\(\\) > \\d", "s.length() > " + limit));
        Watcher.Round round = watcher.rounds().poll(120, TimeUnit.SECONDS);
        assertNotNull(round, "the save was not redeployed");
        System.out.println("[jmpy-board] watch loop, one class changed on the pty board: "
            + round.summary());
        assertEquals(List.of("vending/command_parser.py"), round.deploy().copied());
      }
      watcher.close();
      loop.join(10_000);
    }
  }
}
