package dev.jmpy.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A board that is a local process: MicroPython's unix port on a pseudo-terminal, for tests and for
 * trying the board loop without hardware. Its console speaks the same raw REPL as a board's, byte
 * for byte, and its working directory plays the board's file system.
 *
 * <p>Java has no pseudo-terminal API, and MicroPython's unix port only runs its REPL (with the raw
 * REPL) when its standard input is a terminal. {@link #micropythonOnPty} therefore starts it under
 * util-linux {@code script}, which only allocates the pty and copies bytes between it and our pipes
 * unchanged; {@code stty raw -echo isig} first puts the pty in a board's mode: no echo, no newline
 * translation (a board's console writes exactly the bytes of the protocol), and Ctrl-C still
 * interrupts a running program, as a board's UART does.
 */
public final class ProcessTransport implements Transport {
  private final List<String> command;
  private final Path directory;
  private Process process;

  public ProcessTransport(List<String> command, Path directory) throws IOException {
    this.command = List.copyOf(command);
    this.directory = directory;
    start();
  }

  /** MicroPython's unix port {@code micropython}, on a pseudo-terminal, in {@code directory}. */
  public static ProcessTransport micropythonOnPty(Path micropython, Path directory)
      throws IOException {
    String shell = "stty raw -echo isig && exec " + quote(micropython.toAbsolutePath().toString());
    return new ProcessTransport(List.of("script", "-qfec", shell, "/dev/null"), directory);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private void start() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.redirectErrorStream(true);
    builder.environment().put("TERM", "dumb");
    process = builder.start();
  }

  @Override
  public InputStream input() {
    return process.getInputStream();
  }

  @Override
  public OutputStream output() {
    return process.getOutputStream();
  }

  @Override
  public String describe() {
    return "MicroPython process in " + directory;
  }

  /** Whether the process (the board) is still running. */
  public boolean alive() {
    return process.isAlive();
  }

  @Override
  public String readyMarker() {
    return ">>> "; // the unix port's friendly REPL prompt, printed after its terminal setup
  }

  @Override
  public boolean restart() throws IOException {
    stop();
    start();
    return true;
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
