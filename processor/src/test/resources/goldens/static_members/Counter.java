import dev.jmpy.annotations.MicroPython;

@MicroPython
public class Counter {
  static final int STEP = 2;
  static int total;
  static int start = initialValue();

  static int initialValue() {
    return 10;
  }

  static void add(int amount) {
    total += amount * STEP;
  }

  static int read() {
    return total + start;
  }
}
