package web;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web server on the JVM, driven by java.net.http's HttpClient over real loopback sockets while
 * the loop runs on its own thread under virtual time.
 */
@ExtendWith(VirtualTime.class)
class WebServerTest {
  @Test
  void servesAChangingPageAndStops() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Throwable[] failure = new Throwable[1];
    Thread loop = Thread.ofPlatform().start(() -> {
      try {
        Asyncio.run(() -> WebServer.serve("127.0.0.1", port));
      } catch (Throwable t) {
        failure[0] = t;
      }
    });
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<String> answers = new ArrayList<>();
    for (String path : List.of("/", "/", "/favicon.ico", "/", "/stop")) {
      HttpResponse<String> response = get(client, port, path);
      answers.add(response.statusCode() + " " + response.body().strip());
    }
    loop.join(10_000);
    assertEquals(null, failure[0]);
    assertEquals(List.of(
        "200 <html><body><h1>jmpy on an ESP32</h1><p>Requests served: 1</p><p>Reading: 21 C</p></body></html>",
        "200 <html><body><h1>jmpy on an ESP32</h1><p>Requests served: 2</p><p>Reading: 25 C</p></body></html>",
        "404 no page at /favicon.ico",
        "200 <html><body><h1>jmpy on an ESP32</h1><p>Requests served: 3</p><p>Reading: 33 C</p></body></html>",
        "200 stopping after 3 requests"), answers);
  }

  /** GET, retrying while the server is not listening yet. */
  static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10)).build();
    for (int attempt = 0; ; attempt++) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (ConnectException e) {
        if (attempt >= 100) {
          throw e;
        }
        Thread.sleep(50);
      } catch (IOException e) {
        throw e;
      }
    }
  }
}
