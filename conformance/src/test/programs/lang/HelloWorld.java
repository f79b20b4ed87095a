package lang;

import dev.jmpy.annotations.MicroPython;

/** The smallest program: one line of output. */
@MicroPython
public class HelloWorld {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
