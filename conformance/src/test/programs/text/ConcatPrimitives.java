package text;

import dev.jmpy.annotations.MicroPython;

/** String concatenation with int, long, boolean, char, null, Integer/Long/Boolean that may be null, and order of +. */
@MicroPython
public class ConcatPrimitives {
  static Integer maybe(boolean present) {
    return present ? 7 : null;
  }

  static Boolean maybeFlag(boolean present) {
    return present ? true : null;
  }

  public static void main(String[] args) {
    int i = -42;
    long l = 9000000000L;
    boolean t = true;
    boolean f = false;
    char c = 'Z';
    short sh = -7;
    byte by = 12;
    System.out.println("int " + i + ", long " + l + ", short " + sh + ", byte " + by);
    System.out.println("booleans " + t + " " + f + " " + (i < 0) + " " + !t);
    System.out.println("char " + c + " next " + (char) (c + 1) + " code " + (int) c);
    System.out.println("null literal " + null);
    String s = null;
    System.out.println("null String variable compared: " + (s == null));
    Integer boxed = maybe(true);
    Integer none = maybe(false);
    System.out.println("Integer " + boxed + ", null Integer " + none);
    Long boxedLong = 5L;
    Boolean flag = maybeFlag(true);
    Boolean noFlag = maybeFlag(false);
    System.out.println("Long " + boxedLong + ", Boolean " + flag + ", null Boolean " + noFlag);
    System.out.println(1 + 2 + "3" + 4 + 5);
    System.out.println("sum " + (1 + 2) + " chars " + 'a' + 'b' + " added chars " + ('a' + 'b'));
    System.out.println('a' + 1 + "|" + (char) ('a' + 1));
    String acc = "";
    acc += 1;
    acc += 'x';
    acc += true;
    acc += 2L;
    acc += null;
    System.out.println("+= of each: " + acc);
    System.out.println("" + Integer.MIN_VALUE + Long.MAX_VALUE);
    System.out.println(i + l);
    System.out.println(c);
    System.out.println(t);
    System.out.println(l);
  }
}
