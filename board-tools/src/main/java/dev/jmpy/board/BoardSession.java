package dev.jmpy.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * One board, connected: deploy a board image, run its {@code main.py} with the output streamed and
 * tracebacks decoded, or hand the console to the user. What the Maven goals and {@code java -jar}
 * call.
 */
public final class BoardSession implements AutoCloseable {
  private final RawRepl repl;
  private final Deployer deployer;
  private volatile boolean stopRequested;

  public BoardSession(Transport transport) throws IOException {
    this(new RawRepl(transport));
  }

  BoardSession(RawRepl repl) {
    this.repl = repl;
    this.deployer = new Deployer(repl);
  }

  public RawRepl repl() {
    return repl;
  }

  /** Copies what changed in {@code image} to the board ({@link Deployer}). */
  public Deployer.Result deploy(Path image) throws IOException {
    return deployer.deploy(image);
  }

  /**
   * Soft-resets the board (fresh heap, no module loaded) and runs its {@code main.py} as boot does
   * ({@code import main}), streaming the output to {@code out} with each traceback's Java frames,
   * until the program ends (or {@link #interrupt()}). Returns whether it ended without an exception.
   */
  public boolean runMain(OutputStream out, TracebackDecoder decoder) throws IOException {
    repl.enter();
    repl.softReset();
    if (stopRequested) {
      return true;
    }
    DecodingOutput console = new DecodingOutput(out, decoder);
    ByteCounter errors = new ByteCounter(console);
    // Plain raw mode, not raw-paste: there, Ctrl-C interrupts the program on the unix port too.
    repl.execStreaming("import main", false, console, errors);
    console.flush();
    return errors.count == 0;
  }

  /**
   * Asks {@link #runMain} to stop (from another thread): Ctrl-C when the program runs; before it
   * runs, it will not start. Returns whether Ctrl-C was sent (call again until the run returns).
   */
  public boolean interrupt() throws IOException {
    stopRequested = true;
    return repl.interruptIfExecuting();
  }

  /** Lets {@link #runMain} run again after {@link #interrupt()}. */
  public void clearStop() {
    stopRequested = false;
  }

  /**
   * Passes the console through: the board's friendly REPL on {@code out}, {@code in} to the board
   * (a newline is sent as the Enter key, {@code \r}), until {@code in} ends or sends Ctrl-] .
   */
  public void repl(InputStream in, OutputStream out) throws IOException {
    repl.enter();
    repl.exitRaw();
    Link link = repl.link();
    // Up to the friendly REPL's first prompt before anything is typed: a port may flush input
    // that arrives while it switches its terminal mode (the unix port does).
    out.write(link.readUntil(">>> ", RawRepl.QUIET_MS, "leaving the raw REPL"));
    out.flush();
    Thread pump = Thread.ofPlatform().daemon().name("jmpy-repl-output").start(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          int b = link.read(0);
          if (b < 0) {
            return;
          }
          out.write(b);
          if (!link.available()) {
            out.flush();
          }
        }
      } catch (IOException e) {
        // the session ended
      }
    });
    while (true) {
      int b = in.read();
      if (b < 0 || b == 0x1d) {
        break;
      }
      link.write(new byte[] {(byte) (b == '\n' ? '\r' : b)});
    }
    pump.interrupt();
    try {
      pump.join(); // it must not take the bytes of what comes next
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    repl.close();
  }

  private static final class ByteCounter extends OutputStream {
    private final OutputStream target;
    long count;

    ByteCounter(OutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      count++;
      target.write(b);
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }
  }
}
