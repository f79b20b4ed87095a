package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web-server sample answered the same by its Java on the JVM and by its generated board image
 * on CPython 3's asyncio (the WebAssembly MicroPython has no sockets), both driven by the same
 * java.net.http client over real loopback sockets.
 */
@ExtendWith(VirtualTime.class)
class WebServerSampleTest {
  private static final List<String> PATHS = List.of("/", "/", "/favicon.ico", "/", "/stop");

  @Test
  void theBoardImageOnCPythonAnswersAsTheJavaOnTheJvm(@TempDir Path temp) throws Exception {
    if (!BoardRunner.python3Available()) {
      ConformanceTestSupport.skipOrFailWithoutPython3("WebServerSampleTest");
    }
    List<String> jvm = onTheJvm();
    Path image = SampleBundleTest.extractBoardImage(temp.resolve("board"), "web-server");
    int port = freePort();
    // The generated module, as main.py would run it, on another host and port, with the shims
    // of the CPython runs (MicroPython's streams take any buffer: a byte[] is an array("b")).
    String shims = Path.of("src/test/python").toAbsolutePath().toString().replace("\\", "/");
    Process python = new ProcessBuilder(BoardRunner.PYTHON3, "-c",
        "import sys\nsys.path.insert(1, '" + shims + "')\nimport run_cpython\n"
            + "run_cpython.PORT_OFFSET = 0\nrun_cpython.install_micropython_extensions()\n"
            + "run_cpython.install_micropython_array()\n"
            + "import asyncio\nfrom web import web_server\n"
            + "asyncio.run(web_server.serve('127.0.0.1', " + port + "))\n")
        .directory(image.toFile())
        .redirectErrorStream(true)
        .start();
    List<String> cpython;
    try {
      cpython = drive(port);
    } finally {
      if (!python.waitFor(20, TimeUnit.SECONDS)) {
        python.destroyForcibly();
      }
    }
    String printed = new String(python.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, python.exitValue(), printed);
    assertEquals("serving on port " + port + "\nstopped after 3 requests\n", printed);
    System.out.println("web-server on the JVM and on CPython answered " + jvm.size()
        + " requests alike: " + String.join(" | ", jvm));
    assertEquals(jvm, cpython);
  }

  private static List<String> onTheJvm() throws Exception {
    int port = freePort();
    Throwable[] failure = new Throwable[1];
    Thread loop = Thread.ofPlatform().start(() -> {
      try {
        Asyncio.run(() -> web.WebServer.serve("127.0.0.1", port));
      } catch (Throwable t) {
        failure[0] = t;
      }
    });
    List<String> answers = drive(port);
    loop.join(20_000);
    assertEquals(null, failure[0]);
    return answers;
  }

  /** The same requests, one after the other: status, Content-Type and body of each answer. */
  private static List<String> drive(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<String> answers = new ArrayList<>();
    for (String path : PATHS) {
      if (path.equals("/stop")) {
        answers.add(rawGet(port, "/\u00e9\u20ac\ud83d\ude00"));
      }
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> response = null;
      for (int attempt = 0; response == null; attempt++) {
        try {
          response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException notListeningYet) {
          if (attempt >= 200) {
            throw notListeningYet;
          }
          Thread.sleep(50);
        }
      }
      answers.add(response.statusCode() + " "
          + response.headers().firstValue("Content-Type").orElse("-") + " "
          + response.body().strip());
    }
    return answers;
  }

  /**
   * A request line in raw UTF-8 (no client would percent-encode it), read to the end: the status
   * line, and whether Content-Length is the body's byte count.
   */
  private static String rawGet(int port, String path) throws IOException {
    byte[] answer;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\n\r\n").getBytes(UTF_8));
      answer = socket.getInputStream().readAllBytes();
    }
    String text = new String(answer, UTF_8);
    int split = text.indexOf("\r\n\r\n");
    String head = text.substring(0, split);
    int bodyBytes = answer.length - head.getBytes(UTF_8).length - 4;
    String length = head.lines().filter(line -> line.startsWith("Content-Length: "))
        .map(line -> line.substring("Content-Length: ".length())).findFirst().orElse("none");
    assertEquals(String.valueOf(bodyBytes), length, "Content-Length of " + path + " counts bytes: " + text);
    return head.lines().findFirst().orElse("") + " " + length + " bytes: " + text.substring(split + 4).strip();
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }
}
