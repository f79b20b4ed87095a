package lang;

import dev.jmpy.annotations.MicroPython;

/** Parameters named like builtins, used where the translation needs the real builtin. */
@MicroPython
public class BuiltinParams {
  static String describe(String str, int len, boolean print) {
    return str + ":" + len + ":" + print + ":" + str.length();
  }

  static int biggest(int max, int min, int abs) {
    return Math.max(max, Math.max(min, Math.abs(abs)));
  }

  static String join(String int2, int str) {
    return int2 + str + String.valueOf(str);
  }

  static int parse(String int1) {
    return Integer.parseInt(int1) + 1;
  }

  public static void main(String[] args) {
    System.out.println(describe("abc", 7, true));
    System.out.println(biggest(1, 2, -9));
    System.out.println(join("n", 5));
    System.out.println(parse("41"));
    int print = 3;
    System.out.println(print);
    System.out.print(print);
    System.out.println(" <- print");
  }
}
