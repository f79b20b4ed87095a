package ctl;

import dev.jmpy.annotations.MicroPython;

/** Switch selectors with side effects are evaluated once: i++, method calls, charAt, and a String built at run time. */
@MicroPython
public class SwitchSelectors {
  static int calls = 0;

  static String pick(int i) {
    calls++;
    return i % 2 == 0 ? "even" : "odd";
  }

  public static void main(String[] args) {
    int i = 0;
    String s = "";
    while (i < 6) {
      switch (i++) {
        case 0, 1 -> s += "low" + i + " ";
        case 4 -> s += "four" + i + " ";
        default -> s += "other" + i + " ";
      }
    }
    System.out.println(s);
    int odd = 0;
    int even = 0;
    for (int k = 0; k < 5; k++) {
      switch (pick(k)) {
        case "even":
          even++;
          break;
        case "odd":
          odd++;
          break;
        default:
          System.out.println("impossible");
      }
    }
    System.out.println("even = " + even + ", odd = " + odd + ", calls = " + calls);
    String text = "x1y22";
    int pos = 0;
    int digits = 0;
    int letters = 0;
    while (pos < text.length()) {
      switch (text.charAt(pos++)) {
        case '1', '2' -> digits++;
        default -> letters++;
      }
    }
    System.out.println("digits = " + digits + ", letters = " + letters + ", pos = " + pos);
    int n = 3;
    int r = switch (--n) {
      case 2 -> n * 100;
      default -> -1;
    };
    System.out.println("r = " + r + ", n = " + n);
    StringBuilder sb = new StringBuilder();
    sb.append("ke");
    sb.append("y");
    switch (sb.toString()) {
      case "key":
        System.out.println("builder text matched");
        break;
      default:
        System.out.println("builder text did not match");
    }
  }
}
