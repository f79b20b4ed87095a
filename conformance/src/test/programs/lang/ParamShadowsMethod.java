package lang;

import dev.jmpy.annotations.MicroPython;

/** A parameter with the name of a static method that the method body also calls. */
@MicroPython
public class ParamShadowsMethod {
  static int scale(int x) {
    return x * 10;
  }

  static int offset() {
    return 3;
  }

  static int apply(int scale, int offset) {
    return scale(scale) + offset + offset();
  }

  static String label(String label) {
    return label + "!";
  }

  public static void main(String[] args) {
    System.out.println("apply(2, 1) = " + apply(2, 1));
    System.out.println("label = " + label("x"));
    int offset = offset() * 2;
    System.out.println("offset = " + offset + ", offset() = " + offset());
  }
}
