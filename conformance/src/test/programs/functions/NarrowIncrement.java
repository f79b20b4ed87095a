package functions;

import dev.jmpy.annotations.MicroPython;

/** ++ and -- on byte, short and char variables wrap to the variable's type, like (byte) (b + 1). */
@MicroPython
public class NarrowIncrement {
  public static void main(String[] args) {
    byte b = 126;
    b++;
    System.out.println("byte 126++ -> " + b);
    b++;
    System.out.println("byte 127++ -> " + b);
    b--;
    System.out.println("byte -128-- -> " + b);
    short s = 32767;
    s++;
    System.out.println("short 32767++ -> " + s);
    s--;
    System.out.println("short -32768-- -> " + s);
    char c = 65535;
    c++;
    System.out.println("char 65535++ -> " + (int) c);
    c--;
    System.out.println("char 0-- -> " + (int) c);
    byte counter = 120;
    for (int i = 0; i < 10; i++) {
      counter++;
    }
    System.out.println("byte counter after 10 increments: " + counter);
  }
}
