package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.asyncio.internal.Outside;
import dev.jmpy.board.Board;
import dev.jmpy.board.Scenario;
import dev.jmpy.board.internal.Hw;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs a program's {@code main} on the JVM with standard output and error captured.
 *
 * <p>Runs must not overlap: {@link System#out} is swapped for the duration of each one. Every
 * program gets a fresh class loader over its own class files; the runtime stubs are shared, so the
 * event loop and its exception handler are reset before each program.
 */
final class JvmRunner {

  private final Duration timeout;

  JvmRunner(Duration timeout) {
    this.timeout = timeout;
  }

  /** Runs {@code main} of the class compiled from {@code <simpleName>.java} into {@code classesDir}, in virtual time. */
  RunResult run(Path classesDir, String simpleName) {
    return run(classesDir, simpleName, true);
  }

  /** Runs {@code main} of that class on the virtual clock or, for the real-time group, the real one. */
  RunResult run(Path classesDir, String simpleName, boolean virtualTime) {
    return run(classesDir, simpleName, virtualTime, null);
  }

  /**
   * The same, with {@code stdin} (a file, or null for none) as System.in: the program's standard
   * input, as the board reads the same file through sys.stdin.
   */
  RunResult run(Path classesDir, String simpleName, boolean virtualTime, Path stdin) {
    String className;
    try {
      className = binaryNameOf(classesDir, simpleName);
    } catch (IllegalStateException e) {
      return RunResult.failed("[jmpy harness] " + e.getMessage());
    }
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {classesDir.toUri().toURL()}, JvmRunner.class.getClassLoader())) {
      byte[] input = stdin == null ? new byte[0] : java.nio.file.Files.readAllBytes(stdin);
      return runMain(virtualTime, () -> {
        Method main = Class.forName(className, true, loader).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
          throw new IllegalStateException(className + ".main is not static");
        }
        java.io.InputStream originalIn = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input));
        try {
          main.invoke(null, (Object) new String[0]);
        } finally {
          System.setIn(originalIn);
        }
        return null;
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs a hardware program's {@code main} on the simulated ESP32 (jmpy-esp32) with its scenario:
   * as many boots as the scenario allows while main ends in a reset, each with fresh classes (the
   * board's RAM is gone after a reset), then the board's history after the output, as the
   * Python simulation prints it.
   */
  RunResult runOnBoard(Path classesDir, String simpleName, String scenario) {
    String className;
    try {
      className = binaryNameOf(classesDir, simpleName);
    } catch (IllegalStateException e) {
      return RunResult.failed("[jmpy harness] " + e.getMessage());
    }
    return runOnBoard(scenario, () -> {
      try (URLClassLoader loader = new URLClassLoader(
          new URL[] {classesDir.toUri().toURL()}, JvmRunner.class.getClassLoader())) {
        invokeMain(loader, className);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Runs {@code boot} (one boot of a program) on the simulated ESP32 with the scenario, as many
   * times as the scenario allows while it ends in a reset, then prints the board's history.
   */
  RunResult runOnBoard(String scenario, Runnable boot) {
    return runMain(true, () -> {
      Board board = Board.get();
      board.powerOn();
      Outside.setEvents(Hw.get());
      try {
        board.load(scenario);
        int boots = Scenario.boots(scenario);
        for (int n = 0; n < boots; n++) {
          if (board.run(boot).returned()) {
            break;
          }
        }
      } finally {
        Outside.setEvents(null);
        System.out.println("--- board ---");
        board.history().forEach(System.out::println);
      }
      return null;
    });
  }

  private static void invokeMain(ClassLoader loader, String className) {
    try {
      Method main = Class.forName(className, true, loader).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw sneaky(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** Runs {@code body} in virtual time with System.out and System.err captured; shared with the sample test. */
  RunResult runMain(java.util.concurrent.Callable<Void> body) {
    return runMain(true, body);
  }

  private RunResult runMain(boolean virtualTime, java.util.concurrent.Callable<Void> body) {
    resetEventLoop();
    // Virtual time, as in the users' tests (and on the MicroPython side): the order then depends
    // on deadlines only, not on how fast this machine starts threads under load.
    if (virtualTime) {
      EventLoop.useVirtualTime();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    long started = System.nanoTime();
    FutureTask<Void> task = new FutureTask<>(body);
    Thread thread = new Thread(task, "jmpy-conformance-jvm-run");
    thread.setDaemon(true); // a program that never ends must not keep the test JVM alive
    String exception = null;
    System.setOut(new PrintStream(out, true, UTF_8));
    System.setErr(new PrintStream(err, true, UTF_8));
    try {
      thread.start();
      task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      exception = "[jmpy harness] main did not return within " + timeout.toSeconds() + " s";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exception = "[jmpy harness] interrupted";
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvocationTargetException invocation) {
        cause = invocation.getCause();
      }
      exception = stackTrace(cause);
    } finally {
      EventLoop.useRealTime();
      System.out.flush();
      System.err.flush();
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new RunResult(out.toString(UTF_8), err.toString(UTF_8), exception, millis);
  }

  /**
   * Drops tasks a previous program left queued and its exception handler, as a board's reset
   * would.
   */
  private static void resetEventLoop() {
    Asyncio.newEventLoop();
    Asyncio.getEventLoop().setExceptionHandler(null);
  }

  private static String binaryNameOf(Path classesDir, String simpleName) {
    List<Path> matches;
    try (Stream<Path> files = Files.walk(classesDir)) {
      matches = files
          .filter(file -> file.getFileName().toString().equals(simpleName + ".class"))
          .filter(file -> !classesDir.relativize(file).startsWith("micropython"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (matches.size() != 1) {
      throw new IllegalStateException(
          "expected one " + simpleName + ".class under " + classesDir + ", found " + matches);
    }
    String relative = classesDir.relativize(matches.get(0)).toString();
    return relative.substring(0, relative.length() - ".class".length())
        .replace(java.io.File.separatorChar, '.');
  }

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
