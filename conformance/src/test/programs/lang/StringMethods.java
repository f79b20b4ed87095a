package lang;

import dev.jmpy.annotations.MicroPython;

/** length, isEmpty and equals. */
@MicroPython
public class StringMethods {
  public static void main(String[] args) {
    String hello = "hello";
    String empty = "";
    System.out.println("length hello = " + hello.length());
    System.out.println("length empty = " + empty.length());
    System.out.println("isEmpty hello = " + hello.isEmpty());
    System.out.println("isEmpty empty = " + empty.isEmpty());
    String built = "hel";
    built += "lo";
    System.out.println("equals built = " + hello.equals(built));
    System.out.println("equals HELLO = " + hello.equals("HELLO"));
    System.out.println("literal equals = " + "hello".equals(hello));
    System.out.println("not equals = " + !hello.equals(empty));
    System.out.println("length of concat = " + (hello + empty + hello).length());
    System.out.println("length of number = " + String.valueOf(-12345).length());
    System.out.println("spaces length = " + "  a  ".length());
    int total = 0;
    String s = "";
    while (s.length() < 5) {
      s += "ab";
      total++;
    }
    System.out.println("s = " + s + ", rounds = " + total);
  }
}
