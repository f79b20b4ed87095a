import dev.jmpy.annotations.MicroPython;

@MicroPython
public class Texts {
  static String describe(int n, boolean flag, String name, long big) {
    String s = "n=" + n + ", flag=" + flag + ", " + name + big;
    s += n;
    s += flag;
    return s + true + null + (1 + 2) + 1 + 2;
  }

  static void show(boolean flag, String s) {
    System.out.println(flag);
    System.out.println(true);
    System.out.print(s.length());
    System.out.println();
    System.out.println(s.equals("x") || s.isEmpty());
    System.err.println("err " + Integer.parseInt("12") + String.valueOf(3) + Integer.MAX_VALUE);
  }
}
