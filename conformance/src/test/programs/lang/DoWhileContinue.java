package lang;

import dev.jmpy.annotations.MicroPython;

/** do-while runs the body once, and continue jumps to the condition. */
@MicroPython
public class DoWhileContinue {
  public static void main(String[] args) {
    int i = 10;
    do {
      System.out.println("body runs once with i = " + i);
    } while (i < 5);
    i = 0;
    String s = "";
    do {
      i++;
      if (i % 2 == 0) {
        continue;
      }
      s += i;
    } while (i < 7);
    System.out.println("odd: " + s + " end i = " + i);
    i = 0;
    int guard = 0;
    do {
      guard++;
      if (guard > 20) {
        break;
      }
      if (i < 3) {
        i++;
        continue;
      }
      i += 10;
    } while (i < 20);
    System.out.println("i = " + i + " guard = " + guard);
    int n = 3;
    do {
      n--;
    } while (n > 0);
    System.out.println("n = " + n);
  }
}
