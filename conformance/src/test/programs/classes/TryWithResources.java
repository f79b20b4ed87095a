package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * try-with-resources on your own AutoCloseable classes: closed in reverse order, on return and on
 * exceptions; an exception from close() is suppressed when the block threw and propagates when it
 * did not; catch clauses see exceptions from the block and from close().
 */
@MicroPython
public class TryWithResources {
  static final List<String> log = new ArrayList<>();

  static class Session implements AutoCloseable {
    final String name;
    final boolean failOnClose;

    Session(String name, boolean failOnClose) {
      this.name = name;
      this.failOnClose = failOnClose;
      log.add("open " + name);
    }

    void use(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("negative " + n + " in " + name);
      }
      log.add(name + " uses " + n);
    }

    @Override
    public void close() {
      log.add("close " + name);
      if (failOnClose) {
        throw new IllegalStateException("close failed in " + name);
      }
    }
  }

  static class LoggedSession extends Session {
    LoggedSession(String name) {
      super(name, false);
    }
  }

  static int twoResources(int n) {
    try (Session a = new Session("a", false); Session b = new LoggedSession("b")) {
      a.use(n);
      b.use(n + 1);
      return n * 10;
    }
  }

  static String withCatch(int n, boolean failOnClose) {
    try (Session s = new Session("s", failOnClose)) {
      s.use(n);
      return "ok";
    } catch (IllegalArgumentException e) {
      return "caught " + e.getMessage();
    } catch (IllegalStateException e) {
      return "caught from close: " + e.getMessage();
    } finally {
      log.add("finally");
    }
  }

  static void flush(String title) {
    System.out.println(title + ": " + log);
    log.clear();
  }

  public static void main(String[] args) {
    System.out.println(twoResources(3));
    flush("two resources");
    try {
      twoResources(-1);
    } catch (IllegalArgumentException e) {
      System.out.println("escaped: " + e.getMessage());
    }
    flush("failing body");
    System.out.println(withCatch(1, false));
    flush("no failure");
    System.out.println(withCatch(-2, true));
    flush("body and close fail");
    System.out.println(withCatch(2, true));
    flush("only close fails");
    Session shared = new Session("shared", false);
    try (shared) {
      shared.use(7);
    }
    flush("variable resource");
  }
}
