package lang;

import dev.jmpy.annotations.MicroPython;

/** Static fields become module globals; a static method that assigns one needs {@code global}. */
@MicroPython
public class StaticCounter {
  static final int STEP = 3;
  static int count;

  static void bump() {
    count += STEP;
  }

  public static void main(String[] args) {
    for (int i = 0; i < 4; i++) {
      bump();
      System.out.println("count = " + count);
    }
  }
}
