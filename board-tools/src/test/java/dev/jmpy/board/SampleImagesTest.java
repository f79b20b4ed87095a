package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sample's board image, as its build makes it, and its {@code .mpy} build: the WebAssembly
 * mpy-cross writes the same bytes as the native v1.27 one; the .mpy image prints on MicroPython 1.27
 * what the .py image prints; and the size report, with the heap measured on MicroPython.
 */
class SampleImagesTest {
  @TempDir static Path temp;
  static NodeTools node;

  @BeforeAll
  static void tools() throws IOException {
    node = NodeTools.installed(System.out::println);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"seed-asyncio, seed-asyncio", "vending-machine, vending-machine",
      "sensor-app, sensor-lib sensor-app", "web-server, web-server"})
  void theMpyImageRunsAsThePyImageAndItsSizeIsReported(String sample, String sourceProjects)
      throws Exception {
    List<Path> roots = Arrays.stream(sourceProjects.split(" "))
        .map(p -> TestBoards.projectDir().resolve("samples/" + p + "/src/main/java")).toList();
    Path classes = TestProjects.compile(roots, temp.resolve(sample));
    for (Path root : roots) {
      Path resources = root.resolveSibling("resources");
      if (Files.isDirectory(resources)) {
        TestProjects.copyTree(resources, classes); // as Maven's resources step does
      }
    }
    Path py = classes.resolve("micropython");
    Path mpy = temp.resolve(sample + "-mpy");
    List<String> compiled = MpyCompiler.webAssembly(node).compileImage(py, mpy, 0);
    assertFalse(compiled.isEmpty());

    SizeReport report = SizeReport.measure(py, mpy, SizeReport.webAssembly(node));
    System.out.println("[jmpy-board] size of " + sample + ":\n" + report.format());
    for (SizeReport.Module module : report.modules()) {
      assertTrue(module.heapBytes() > 0 && module.mpyBytes() > 0, module.toString());
    }
    assertTrue(report.heapTotal() > 0);
    assertTrue(report.overBudget(null, null).isEmpty());
    List<String> over = report.overBudget(100L, 100L);
    assertEquals(2, over.size(), over.toString());
    assertTrue(over.get(0).startsWith("the board image takes " + String.format("%,d", report.flashBytes())
        + " bytes of flash, over the budget of 100 (jmpy.flashBudget)"), over.get(0));

    Path mpyCross = TestBoards.toolsDir().resolve("mpy-cross");
    if (Files.isExecutable(mpyCross)) {
      Path nativeMpy = temp.resolve(sample + "-native-mpy");
      MpyCompiler.nativeTool(mpyCross).compileImage(py, nativeMpy, 0);
      for (String module : compiled) {
        String name = module.substring(0, module.length() - 3) + ".mpy";
        assertEquals(-1, Files.mismatch(mpy.resolve(name), nativeMpy.resolve(name)),
            "WebAssembly and native mpy-cross differ on " + name);
      }
    } else {
      System.out.println("[jmpy-board] SKIPPED the byte-for-byte check of the WebAssembly mpy-cross"
          + " against the native one: no " + mpyCross + " (see ../shared/tools/micropython/README.md)");
    }

    Path micropython = TestBoards.micropython("running the .mpy image of " + sample);
    String pyOutput = runImage(micropython, py, sample);
    String mpyOutput = runImage(micropython, mpy, sample);
    System.out.println("[jmpy-board] " + sample + " printed " + pyOutput.lines().count() + " lines");
    assertFalse(pyOutput.isBlank());
    assertEquals(pyOutput, mpyOutput);
  }

  /** What the image prints on the unix port: main.py, or for the web server a client session. */
  private static String runImage(Path micropython, Path image, String sample) throws Exception {
    List<String> command;
    if (sample.equals("web-server")) {
      int port;
      try (ServerSocket probe = new ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      // The server on a free port, and three requests to it from a task in the same program.
      command = List.of(micropython.toString(), "-c", """
          import asyncio
          from web import web_server
          async def get(path):
              r, w = await asyncio.open_connection('127.0.0.1', %d)
              w.write(b'GET ' + path + b' HTTP/1.0\\r\\n\\r\\n')
              await w.drain()
              data = b''
              while True:
                  chunk = await r.read(512)
                  if not chunk:
                      break
                  data += chunk
              w.close()
              await w.wait_closed()
              print(data.decode())
          async def session():
              server = asyncio.create_task(web_server.serve('127.0.0.1', %d))
              await asyncio.sleep_ms(100)
              for path in (b'/', b'/', b'/stop'):
                  await get(path)
              await server
          asyncio.run(session())
          """.formatted(port, port));
    } else {
      command = List.of(micropython.toString(), "main.py");
    }
    Process p = new ProcessBuilder(command).directory(image.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    return output.replaceAll("serving on port \\d+", "serving on port <free port>");
  }
}
