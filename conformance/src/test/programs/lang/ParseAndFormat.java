package lang;

import dev.jmpy.annotations.MicroPython;

/** Integer.parseInt, Integer.toString and String.valueOf. */
@MicroPython
public class ParseAndFormat {
  public static void main(String[] args) {
    System.out.println("parse 42 = " + Integer.parseInt("42"));
    System.out.println("parse -42 = " + Integer.parseInt("-42"));
    System.out.println("parse +7 = " + Integer.parseInt("+7"));
    System.out.println("parse 007 = " + Integer.parseInt("007"));
    System.out.println("parse -0 = " + Integer.parseInt("-0"));
    System.out.println("parse max = " + Integer.parseInt("2147483647"));
    int n = Integer.parseInt("12") + Integer.parseInt("30");
    System.out.println("sum = " + n);
    System.out.println("toString -5 = " + Integer.toString(-5));
    System.out.println("toString length = " + Integer.toString(-12345).length());
    System.out.println("valueOf 9 = " + String.valueOf(9));
    System.out.println("valueOf long = " + String.valueOf(-3000000000L));
    System.out.println("round trip = " + Integer.parseInt(Integer.toString(-99)));
    String digits = "";
    for (int i = 0; i < 5; i++) {
      digits += Integer.toString(i);
    }
    System.out.println("digits = " + digits + " parsed = " + Integer.parseInt(digits));
  }
}
