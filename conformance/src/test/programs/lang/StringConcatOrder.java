package lang;

import dev.jmpy.annotations.MicroPython;

/** + is left-associative: numbers add until the first String operand. */
@MicroPython
public class StringConcatOrder {
  public static void main(String[] args) {
    int a = 1;
    int b = 2;
    System.out.println(a + b + "x");
    System.out.println("x" + a + b);
    System.out.println("x" + (a + b));
    System.out.println(a + b + "x" + a + b);
    System.out.println("" + a + b);
    System.out.println(a + "" + b);
    System.out.println("neg " + -a);
    System.out.println("minus " + (a - b));
    System.out.println("long " + 5000000000L + a);
    String s = "s";
    s += a + b;
    System.out.println(s);
    s = s + a + b;
    System.out.println(s);
    s += "!" + a * b;
    System.out.println(s);
    String empty = "";
    System.out.println(empty + empty + "|");
    System.out.println(a * 10 + b + "" + a * 10 + b);
  }
}
