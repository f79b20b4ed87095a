package lang;

import dev.jmpy.annotations.MicroPython;

/** == and != between booleans associate left in Java; Python would chain them. */
@MicroPython
public class BooleanEquality {
  public static void main(String[] args) {
    boolean f = false;
    boolean t = true;
    System.out.println("f == f == f: " + (f == f == f));
    System.out.println("t == f == f: " + (t == f == f));
    System.out.println("f != f != t: " + (f != f != t));
    System.out.println("t == t != f: " + (t == t != f));
    System.out.println("!f == t: " + (!f == t));
    System.out.println("!(f == t): " + !(f == t));
    int a = 1;
    int b = 2;
    System.out.println("a == 1 == (b == 2): " + (a == 1 == (b == 2)));
    System.out.println("a < b == b < a: " + (a < b == b < a));
    boolean flag = t;
    flag = !flag;
    flag = flag == f;
    System.out.println("flag = " + flag);
  }
}
