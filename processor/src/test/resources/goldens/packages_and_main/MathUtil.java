package demo.util;

import dev.jmpy.annotations.MicroPython;

@MicroPython
public class MathUtil {
  public static final int BASE = 7;
  private final int factor;

  public MathUtil(int factor) {
    this.factor = factor;
  }

  public static int square(int x) {
    return x * x;
  }

  public int scale(int x) {
    return x * factor;
  }
}
