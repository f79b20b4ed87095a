package dev.jmpy.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * MicroPython's raw REPL, as {@code shared/runtime/pyexec.c} (v1.27) serves it on a board's
 * console, and as mpremote speaks it:
 *
 * <ul>
 *   <li>Ctrl-C interrupts a running program; Ctrl-A enters the raw REPL, which answers
 *       {@code raw REPL; CTRL-B to exit\r\n>}; Ctrl-D on an empty line soft-resets the board
 *       ({@code soft reboot\r\n}, then the raw REPL again);
 *   <li>raw-paste mode: {@code \x05A\x01}; the board answers {@code R\x01} and a flow-control window
 *       (two bytes, little-endian), the host sends at most a window ahead and each {@code \x01} from
 *       the board frees one more window; Ctrl-D ends the code, the board acknowledges with
 *       {@code \x04};
 *   <li>plain raw mode (boards without raw-paste, and commands that must be interruptible on the
 *       unix port): the code, Ctrl-D, and {@code OK};
 *   <li>then the program's output, {@code \x04}, its error output (a traceback), {@code \x04}, and
 *       the prompt {@code >}.
 * </ul>
 */
public final class RawRepl implements AutoCloseable {
  static final String BANNER = "raw REPL; CTRL-B to exit\r\n";
  /** How long a board may stay silent while it answers a command of the protocol. */
  static final long QUIET_MS = 10_000;

  private final Link link;
  private boolean promptPending;
  private boolean rawPaste = true;
  private volatile boolean executing;

  public RawRepl(Transport transport) throws IOException {
    this.link = new Link(transport);
    awaitReady();
  }

  private void awaitReady() throws IOException {
    String marker = link.transport().readyMarker();
    if (marker != null) {
      link.readUntil(marker, QUIET_MS, "waiting for " + link.transport().describe() + " to start");
    }
  }

  Link link() {
    return link;
  }

  public Transport transport() {
    return link.transport();
  }

  /** Interrupts whatever runs and enters the raw REPL. */
  public void enter() throws IOException {
    try {
      enterOnce();
    } catch (IOException gone) {
      // A board that went away (a process that exited, a closed stream) is powered up again once,
      // if it can be; a board that answers wrongly is not.
      boolean away = gone instanceof BoardGoneException || !(gone instanceof BoardException);
      if (!away || !link.restart()) {
        throw gone;
      }
      awaitReady();
      enterOnce();
    }
  }

  private void enterOnce() throws IOException {
    link.write("\r\u0003\u0003");
    link.discard();
    link.write("\r\u0001");
    link.readUntil(BANNER + ">", QUIET_MS, "entering the raw REPL");
    promptPending = false;
  }

  /**
   * Soft-resets the board from the raw REPL (a fresh heap, no modules loaded, {@code boot.py} run
   * again, {@code main.py} not) and enters the raw REPL again. MicroPython's unix port exits instead
   * of resetting: its transport starts it again, as a board powers up with its files.
   */
  public void softReset() throws IOException {
    awaitPrompt();
    link.write("\u0004");
    try {
      link.readUntil("soft reboot\r\n", QUIET_MS, "soft-resetting");
      link.readUntil(BANNER + ">", QUIET_MS, "waiting for the raw REPL after a soft reset");
      promptPending = false;
    } catch (BoardGoneException exited) {
      if (!link.restart()) {
        throw exited;
      }
      awaitReady();
      enter();
    }
  }

  /** Leaves the raw REPL for the friendly one ({@code >>>}). */
  public void exitRaw() throws IOException {
    link.write("\r\u0002");
    promptPending = false;
  }

  /** Sends Ctrl-C: a running program gets a {@code KeyboardInterrupt}. */
  public void interrupt() throws IOException {
    link.write("\u0003");
  }

  /** The board's output and error output (a traceback, empty when the code ran through). */
  public record Result(String out, String err) {
    /** Whether the code ended with an exception. */
    public boolean failed() {
      return !err.isEmpty();
    }
  }

  /** Runs {@code code} (raw-paste mode when the board has it) and returns what it printed. */
  public Result exec(String code) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    send(code, true);
    follow(out, err, QUIET_MS);
    return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code code} and returns its output; fails with the board's traceback if it raised. */
  public String run(String code) throws IOException {
    Result result = exec(code);
    if (result.failed()) {
      throw new BoardException("the board raised an exception:\n" + result.err().strip()
          + "\nwhile running:\n" + code);
    }
    return result.out();
  }

  /**
   * Runs {@code code}, streaming its output and error output as the board prints them, with no time
   * limit (until it ends or is interrupted). {@code paste} false sends the code in plain raw mode,
   * where MicroPython's unix port lets Ctrl-C interrupt it (in raw-paste mode it does not).
   */
  public void execStreaming(String code, boolean paste, OutputStream out, OutputStream err)
      throws IOException {
    send(code, paste);
    executing = true;
    try {
      follow(out, err, 0);
    } finally {
      executing = false;
    }
  }

  /**
   * Sends Ctrl-C if code started by {@link #execStreaming} is running (from another thread);
   * otherwise sends nothing, since a Ctrl-C in the middle of the protocol would garble it.
   */
  public boolean interruptIfExecuting() throws IOException {
    if (executing) {
      link.write("\u0003");
      return true;
    }
    return false;
  }

  private void awaitPrompt() throws IOException {
    if (promptPending) {
      link.readUntil(">", QUIET_MS, "waiting for the raw REPL's prompt");
      promptPending = false;
    }
  }

  private void send(String code, boolean paste) throws IOException {
    awaitPrompt();
    byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
    if (paste && rawPaste) {
      link.write("\u0005A\u0001");
      int r = link.read(QUIET_MS);
      int answer = link.read(QUIET_MS);
      if (r == 'R' && answer == 1) {
        pasteWrite(bytes);
        return;
      }
      if (r == 'R' && answer == 0) {
        link.readUntil(">", QUIET_MS, "leaving raw-paste mode"); // understood, not supported
      } else {
        link.readUntil("w REPL; CTRL-B to exit\r\n>", QUIET_MS, "falling back to the raw REPL");
      }
      rawPaste = false;
    }
    for (int i = 0; i < bytes.length; i += 256) {
      link.write(java.util.Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 256)));
      if (bytes.length > 256) {
        pause(); // the raw REPL has no flow control: let a board's UART buffer drain
      }
    }
    link.write("\u0004");
    int o = link.read(QUIET_MS);
    int k = link.read(QUIET_MS);
    if (o != 'O' || k != 'K') {
      throw new BoardException("the board did not accept the command (answered "
          + (char) Math.max(o, 0) + (char) Math.max(k, 0) + ")");
    }
  }

  private void pasteWrite(byte[] bytes) throws IOException {
    int lo = link.read(QUIET_MS);
    int hi = link.read(QUIET_MS);
    if (lo < 0 || hi < 0) {
      throw new BoardException("no raw-paste window size from the board");
    }
    int window = lo | hi << 8;
    int remain = window;
    int i = 0;
    while (i < bytes.length) {
      while (remain == 0 || link.available()) {
        int b = link.read(QUIET_MS);
        if (b == 1) {
          remain += window;
        } else if (b == 4) {
          link.write("\u0004"); // the board ended the paste early (its input ended): acknowledge
          return;
        } else {
          throw new BoardException("unexpected byte during raw paste: " + b);
        }
      }
      int n = Math.min(remain, bytes.length - i);
      link.write(java.util.Arrays.copyOfRange(bytes, i, i + n));
      remain -= n;
      i += n;
    }
    link.write("\u0004");
    link.readUntil("\u0004", QUIET_MS, "ending a raw paste");
  }

  private void follow(OutputStream out, OutputStream err, long quietMs) throws IOException {
    copyUntilEof(out, quietMs, "running a command");
    copyUntilEof(err, quietMs, "reading a command's error output");
    promptPending = true;
  }

  private void copyUntilEof(OutputStream sink, long quietMs, String what) throws IOException {
    while (true) {
      int b = link.read(quietMs);
      if (b == -2) {
        throw new BoardException("no answer from " + link.transport().describe() + " in "
            + quietMs + " ms while " + what);
      }
      if (b == -1) {
        throw new BoardGoneException(link.transport().describe() + " went away while " + what);
      }
      if (b == 4) {
        sink.flush();
        return;
      }
      sink.write(b);
      if (b == '\n' || !link.available()) {
        sink.flush();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    link.close();
  }
}
