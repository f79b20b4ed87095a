package lang;

import dev.jmpy.annotations.MicroPython;

/** JDK compile-time constants (sizes, radixes) read as their values, and Boolean.TRUE/FALSE. */
@MicroPython
public class JdkConstants {
  static int rotateLeft(int x, int n) {
    return (x << n) | (x >>> (Integer.SIZE - n));
  }

  public static void main(String[] args) {
    System.out.println(Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE + " " + Long.BYTES);
    System.out.println(Short.SIZE + " " + Byte.SIZE + " " + Character.SIZE + " " + Character.BYTES);
    System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX);
    System.out.println(rotateLeft(0x40000001, 2) + " " + (1L << (Long.SIZE - 2)));
    Boolean yes = Boolean.TRUE;
    Boolean no = Boolean.FALSE;
    boolean[] seen = new boolean[3];
    seen[1] = Boolean.TRUE;
    System.out.println(yes + " " + no + " " + (yes && !no) + " " + seen[1] + " " + (no == false));
  }
}
