package lang;

import dev.jmpy.annotations.MicroPython;

/** Static methods named like Python builtins and keywords. */
@MicroPython
public class StaticMethodNames {
  static int len(String s) {
    return s.length() * 100;
  }

  static String str(int x) {
    return "<" + x + ">";
  }

  static void print(String s) {
    System.out.println("my print: " + s);
  }

  static int list() {
    return 42;
  }

  static int max(int a, int b) {
    return a + b;
  }

  static boolean pass() {
    return true;
  }

  static String lambda(int x) {
    return "lambda " + x;
  }

  static int range(int n) {
    return -n;
  }

  public static void main(String[] args) {
    System.out.println("len = " + len("abc"));
    System.out.println("real length = " + "abc".length());
    System.out.println("str = " + str(5));
    System.out.println("concat int = " + 5);
    print("hello");
    System.out.println("list = " + list());
    System.out.println("max = " + max(3, 4) + " Math.max = " + Math.max(3, 4));
    System.out.println("pass = " + pass());
    System.out.println(lambda(1));
    String s = "";
    for (int i = 0; i < 3; i++) {
      s += range(i);
    }
    System.out.println("range: " + s);
  }
}
