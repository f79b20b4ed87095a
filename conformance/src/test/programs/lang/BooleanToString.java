package lang;

import dev.jmpy.annotations.MicroPython;

/** Booleans print as true/false in Java (True/False in Python). */
@MicroPython
public class BooleanToString {
  static boolean flag = false;

  static boolean isEven(int n) {
    return n % 2 == 0;
  }

  public static void main(String[] args) {
    boolean t = true;
    System.out.println(t);
    System.out.println(flag);
    System.out.println("t = " + t);
    System.out.println(t + " and " + flag);
    System.out.println("valueOf: " + String.valueOf(t));
    String s = String.valueOf(flag);
    System.out.println("length of valueOf(false) = " + s.length());
    System.out.println("isEven(4) = " + isEven(4));
    System.out.println(isEven(7));
    String acc = "";
    acc += t;
    acc += flag;
    System.out.println("acc = " + acc);
    System.out.println("!t = " + !t);
    System.out.println("" + (3 > 2) + (2 > 3));
    System.out.println(1 + 2 + " " + true);
    System.out.print(t);
    System.out.println(flag);
  }
}
