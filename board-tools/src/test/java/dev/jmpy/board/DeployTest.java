package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploy and run against MicroPython's unix port on a pseudo-terminal (one board for the class, its
 * files in a scratch folder): the vending-machine sample's board image, then the same after one Java
 * class changed, then after a class was deleted; a file the user put on the board stays. Then the
 * seed sample runs there and prints what it prints on the JVM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployTest {
  @TempDir static Path temp;
  static Path boardDir;
  static BoardSession board;
  static Path sources;

  @BeforeAll
  static void board() throws Exception {
    boardDir = temp.resolve("board");
    Files.createDirectories(boardDir.resolve("lib"));
    Files.writeString(boardDir.resolve("notes.txt"), "the user's own file\n");
    Files.writeString(boardDir.resolve("lib/user_driver.py"), "X = 1\n");
    board = new BoardSession(TestBoards.ptyBoard(boardDir, "deploy and run on a board"));
    sources = temp.resolve("src");
    TestProjects.copyTree(TestBoards.projectDir().resolve("samples/vending-machine/src/main/java"),
        sources);
    Files.writeString(sources.resolve("vending/Extra.java"), """
        package vending;

        import dev.jmpy.annotations.MicroPython;

        @MicroPython
        public class Extra {
          static int twice(int x) {
            return 2 * x;
          }
        }
        """);
  }

  @AfterAll
  static void close() throws Exception {
    if (board != null) {
      board.close();
    }
  }

  private static Path build(String name) throws Exception {
    return TestProjects.compile(List.of(sources), temp.resolve(name)).resolve("micropython");
  }

  @Test
  @Order(1)
  void firstDeployCopiesEverything() throws Exception {
    Path image = build("classes1");
    Deployer.Result result = board.deploy(image);
    System.out.println("[jmpy-board] first deploy: " + result.summary());
    List<String> all = Deployer.readImage(image).keySet().stream().toList();
    assertEquals(all, result.copied());
    for (String path : all) {
      assertEquals(-1, Files.mismatch(image.resolve(path), boardDir.resolve(path)), path);
    }
    assertTrue(Files.readString(boardDir.resolve(Deployer.MANIFEST)).contains(" vending/extra.py"));
  }

  @Test
  @Order(2)
  void aSecondDeployAfterChangingOneClassCopiesOneModule() throws Exception {
    Path java = sources.resolve("vending/CommandParser.java");
    String text = Files.readString(java);
    assertTrue(text.contains("s.length() > 9"), "the sample's parser changed: pick another edit");
    Files.writeString(java, text.replace("s.length() > 9", "s.length() > 8"));
    Deployer.Result result = board.deploy(build("classes2"));
    System.out.println("[jmpy-board] deploy after one class changed: " + result.summary());
    assertEquals(List.of("vending/command_parser.py"), result.copied());
    assertEquals(List.of(), result.removed());
    assertTrue(Files.readString(boardDir.resolve("vending/command_parser.py")).contains("> 8"));
  }

  @Test
  @Order(3)
  void aModuleNoLongerGeneratedIsRemovedAndTheUsersFilesStay() throws Exception {
    Files.delete(sources.resolve("vending/Extra.java"));
    Deployer.Result result = board.deploy(build("classes3"));
    System.out.println("[jmpy-board] deploy after one class was deleted: " + result.summary());
    assertEquals(List.of(), result.copied());
    assertEquals(List.of("vending/extra.py"), result.removed());
    assertFalse(Files.exists(boardDir.resolve("vending/extra.py")));
    assertTrue(Files.exists(boardDir.resolve("vending/vending_machine.py")));
    assertEquals("the user's own file\n", Files.readString(boardDir.resolve("notes.txt")));
    assertEquals("X = 1\n", Files.readString(boardDir.resolve("lib/user_driver.py")));
    assertEquals(List.of(), result.warnings());
  }

  @Test
  @Order(4)
  void runStreamsTheSeedSamplesOutputAsTheJvmPrintsIt() throws Exception {
    Path classes = TestProjects.compile(
        List.of(TestBoards.projectDir().resolve("samples/seed-asyncio/src/main/java")),
        temp.resolve("seed"));
    Deployer.Result result = board.deploy(classes.resolve("micropython"));
    assertTrue(result.removed().contains("vending/vending_machine.py"), result.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean ok = board.runMain(out,
        new TracebackDecoder(LineMaps.load(List.of(classes.resolve(LineMaps.FOLDER)))));
    String onBoard = out.toString(StandardCharsets.UTF_8);
    String onJvm = TestProjects.runOnJvm(classes, "seed.SeedAsyncio").out();
    assertTrue(ok, onBoard);
    assertFalse(onJvm.isBlank());
    assertEquals(onJvm, onBoard);
    assertEquals("the user's own file\n", Files.readString(boardDir.resolve("notes.txt")));
  }
}
