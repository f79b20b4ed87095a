import dev.jmpy.annotations.MicroPython;

@MicroPython
public class Arith {
  static int quotient(int a, int b) {
    return a / b;
  }

  static int rest(int a, int b) {
    return a % b;
  }

  static long mixed(long a, int b) {
    long c = a * b - (a + b) / 3;
    c /= 2;
    c %= 7;
    return c << 2 | c >> 1 ^ ~c & 0xFF;
  }

  static int literals() {
    return 17 / 5 + 17 % 5 + -7 / 2 + 010 + 1_000;
  }
}
