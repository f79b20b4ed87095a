package text;

import dev.jmpy.annotations.MicroPython;

/** s += x on a null String gives "null" + x, as in Java. */
@MicroPython
public class NullConcat {
  static String label;

  public static void main(String[] args) {
    label += "!";
    System.out.println(label);
  }
}
