import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Wrap {
  static int hash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
  public static void main(String[] args) {
    int max = Integer.MAX_VALUE;
    System.out.println(max + 1);
    System.out.println(-Integer.MIN_VALUE);
    long big = Long.MAX_VALUE;
    big++;
    System.out.println(big);
    int c = 0;
    for (int i = 0; i < 10; i++) {
      c += i * 2;
    }
    System.out.println(c + " " + hash("hello world, this is java"));
    System.out.println((int) 3000000000L + " " + (byte) 200 + " " + (short) 70000 + " " + (int) -2.7 + " " + (int) 2.7);
    int m = 65536;
    System.out.println(m * m);
    System.out.println(1 << 31);
  }
}
