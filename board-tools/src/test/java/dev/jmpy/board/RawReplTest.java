package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw REPL protocol against MicroPython's unix port on a pseudo-terminal. */
class RawReplTest {
  @TempDir static Path dir;
  static RawRepl repl;

  @BeforeAll
  static void board() throws Exception {
    repl = new RawRepl(TestBoards.ptyBoard(dir, "the raw REPL protocol"));
    repl.enter();
  }

  @AfterAll
  static void close() throws Exception {
    if (repl != null) {
      repl.close();
    }
  }

  @Test
  void rawPasteRunsCodeAndSeparatesTheTraceback() throws Exception {
    assertEquals("42\n", repl.run("print(6*7)"));
    RawRepl.Result failed = repl.exec("x = 1\nprint('before')\nprint(x // 0)");
    assertEquals("before\n", failed.out());
    assertTrue(failed.err().contains("ZeroDivisionError"), failed.err());
  }

  @Test
  void codeLongerThanManyFlowControlWindowsArrivesWhole() throws Exception {
    StringBuilder code = new StringBuilder("total = 0\n");
    for (int i = 0; i < 400; i++) {
      code.append("total += ").append(i).append("  # padding to fill the window ........\n");
    }
    code.append("print(total)");
    assertEquals(String.valueOf(399 * 400 / 2) + "\n", repl.run(code.toString()));
  }

  @Test
  void softResetForgetsTheProgramsState() throws Exception {
    repl.run("forgotten = 7");
    repl.softReset();
    assertEquals("False\n", repl.run("print('forgotten' in globals())"));
  }

  @Test
  void theReplPassesTheConsoleThroughUntilCtrlRightBracket() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] typed = "print(6*7)\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    java.io.InputStream keyboard = new java.io.InputStream() {
      int next;

      @Override
      public int read() throws java.io.IOException {
        if (next < typed.length) {
          return typed[next++];
        }
        // Ctrl-] once the answer and the next prompt are on the screen: stopping at "42" alone
        // would race the line end that follows it (a guard of a minute, not a timing).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!screen(out).contains("42\n>>> ") && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        return 0x1d;
      }
    };
    BoardSession session = new BoardSession(repl);
    try {
      session.repl(keyboard, out);
    } finally {
      repl.enter(); // back to the raw REPL for the other tests, whatever this one found
    }
    assertTrue(screen(out).contains(">>> print(6*7)\n42\n>>> "), screen(out));
  }

  /** The console as text, line ends as "\n" (the port ends its echo with "\r\n", print with "\n"). */
  private static String screen(java.io.ByteArrayOutputStream out) {
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
