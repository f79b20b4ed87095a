import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Parse {
  static void tryParse(String s) {
    try {
      System.out.println("ok " + Integer.parseInt(s));
    } catch (NumberFormatException e) {
      System.out.println("bad " + e.getMessage());
    }
  }
  public static void main(String[] args) {
    tryParse("42"); tryParse("-7"); tryParse("+3"); tryParse(" 5"); tryParse("1_0"); tryParse(""); tryParse("2147483648"); tryParse("-2147483648"); tryParse("abc");
    System.out.println(Long.parseLong("9223372036854775807"));
    int x = 10; x *= 1.5f; System.out.println(x); x /= 4.0f; System.out.println(x);
    int n = 33; System.out.println((1 << n) + " " + (8 >> 35) + " " + (1L << 40));
    int sh = 1; sh <<= 34; System.out.println(sh);
  }
}
