package web;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import java.io.IOException;

/**
 * The chapter's asyncio web server: HTTP/1.0 over {@code start_server}, one task per connection,
 * serving a page that changes: how many requests were served, and a reading that a background
 * task takes after each request (a stand-in for a sensor). {@code GET /stop} shuts it down.
 */
@MicroPython
public class WebServer {
  /** The port on the board. */
  static final int PORT = 80;

  static int requests = 0;
  static int reading = 21;
  static final Event requested = new Event();
  static final Event stopping = new Event();

  /** The background task: a new reading after each request (a made-up sensor, deterministic). */
  @Coroutine
  static void sensor() {
    while (true) {
      requested.await();
      requested.clear();
      reading = 15 + (reading * 7 + 3) % 20;
    }
  }

  static String page() {
    return "<html><body><h1>jmpy on an ESP32</h1>"
        + "<p>Requests served: " + requests + "</p>"
        + "<p>Reading: " + reading + " C</p></body></html>\n";
  }

  /**
   * One connection: read the request line and the headers, answer, close. The socket is closed in
   * {@code finally}: on the board only {@code wait_closed()} frees it, so a handler that throws (a
   * client that resets, bytes that are not UTF-8) would otherwise leak one socket per connection.
   */
  @Coroutine
  static void handle(StreamReader reader, StreamWriter writer) throws IOException {
    try {
      String requestLine = new String(reader.readline(), UTF_8);
      while (true) {
        String header = new String(reader.readline(), UTF_8);
        if (header.isEmpty() || header.equals("\r\n") || header.equals("\n")) {
          break;
        }
      }
      String[] parts = requestLine.split(" ");
      String path = parts.length > 1 ? parts[1] : "/";
      String status = "200 OK";
      String body;
      if (path.equals("/")) {
        requests++;
        body = page();
        requested.set();
      } else if (path.equals("/stop")) {
        body = "stopping after " + requests + " requests\n";
        stopping.set();
      } else {
        status = "404 Not Found";
        body = "no page at " + path + "\n";
      }
      // Content-Length counts bytes: body.length() counts UTF-16 units on the JVM and code points
      // on the board, and both differ from the UTF-8 bytes sent for non-ASCII text.
      byte[] content = body.getBytes(UTF_8);
      String head = "HTTP/1.0 " + status + "\r\n"
          + "Content-Type: text/html; charset=utf-8\r\n"
          + "Content-Length: " + content.length + "\r\n"
          + "\r\n";
      writer.write(head.getBytes(UTF_8));
      writer.write(content);
      writer.drain();
    } finally {
      writer.close();
      writer.waitClosed();
    }
  }

  /** Serves on {@code host:port} until {@code GET /stop}. */
  @Coroutine
  public static void serve(String host, int port) throws IOException {
    Server server = Asyncio.startServer(WebServer::handle, host, port);
    Asyncio.createTask(WebServer::sensor);
    System.out.println("serving on port " + port);
    stopping.await();
    server.close();
    server.waitClosed();
    System.out.println("stopped after " + requests + " requests");
  }

  @Coroutine
  static void mainTask() throws IOException {
    serve("0.0.0.0", PORT);
  }

  public static void main(String[] args) {
    Asyncio.run(WebServer::mainTask);
  }
}
