package classes;

import dev.jmpy.annotations.MicroPython;

/**
 * A block lambda inside a try-with-resources body that assigns a static field: its def is placed
 * in the with block, and still declares the field global (a def in a with body once lacked it,
 * which made the field a new local of the lambda: UnboundLocalError on the board).
 */
@MicroPython
public class GlobalInWith {
  static int count;
  static String last = "none";

  static class Session implements AutoCloseable {
    @Override
    public void close() {
      System.out.println("closed at " + count);
    }
  }

  public static void main(String[] args) {
    try (Session session = new Session()) {
      Runnable bump = () -> {
        count++;
        last = "bumped " + count;
      };
      bump.run();
      bump.run();
      System.out.println(last);
    }
    System.out.println("count " + count);
  }
}
