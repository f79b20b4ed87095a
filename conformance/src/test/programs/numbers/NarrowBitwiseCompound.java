package nums;

import dev.jmpy.annotations.MicroPython;

/** ^=, |= and &= on byte, short and char keep the narrow type, as Java's implicit cast does. */
@MicroPython
public class NarrowBitwiseCompound {
  public static void main(String[] args) {
    byte b = -1;
    b ^= 0x80;
    System.out.println("byte -1 ^= 0x80 -> " + b);
    b |= 0x180;
    System.out.println("byte |= 0x180 -> " + b);
    b &= 0x1F0;
    System.out.println("byte &= 0x1F0 -> " + b);
    short s = -1;
    s ^= 0x8000;
    System.out.println("short -1 ^= 0x8000 -> " + s);
    s |= 0x18000;
    System.out.println("short |= 0x18000 -> " + s);
    char c = 'A';
    c |= 0x10020;
    System.out.println("char 'A' |= 0x10020 -> " + c + " (" + (int) c + ")");
    c ^= 0x20;
    System.out.println("char ^= 0x20 -> " + c);
    int i = -1;
    i ^= 0x80;
    System.out.println("int -1 ^= 0x80 -> " + i);
  }
}
