package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** String.valueOf of each type, Integer.toString, Long.toString, toString() calls, println of each type. */
@MicroPython
public class ValueOfAndToString {
  enum Size {
    SMALL,
    LARGE
  }

  record Pair(int a, String b) {}

  static class Box {
    final int v;

    Box(int v) {
      this.v = v;
    }

    @Override
    public String toString() {
      return "Box(" + v + ")";
    }
  }

  public static void main(String[] args) {
    System.out.println(String.valueOf(12) + "|" + String.valueOf(-3L) + "|" + String.valueOf(true) + "|" + String.valueOf('q'));
    System.out.println(String.valueOf(Size.LARGE) + "|" + String.valueOf(new Pair(1, "x")) + "|" + String.valueOf(new Box(3)));
    System.out.println(String.valueOf(List.of(1, 2)) + "|" + String.valueOf("str"));
    System.out.println(Integer.toString(255) + " " + Integer.toString(-1) + " " + Long.toString(1L << 40));
    Integer boxed = 99;
    System.out.println(boxed + " " + Size.SMALL.toString() + " " + new Box(4).toString());
    System.out.println(String.valueOf(Integer.MAX_VALUE).length());
    System.out.println(12);
    System.out.println(-5L);
    System.out.println(false);
    System.out.println('c');
    System.out.println(Size.SMALL);
    System.out.println(new Pair(2, "y"));
    System.out.println(new Box(5));
    System.out.println(List.of("a", "b"));
    System.out.println("");
    System.out.println();
    System.out.print("no newline ");
    System.out.print(3);
    System.out.print(' ');
    System.out.print(true);
    System.out.println();
    System.out.print("a");
    System.out.print(new Box(6));
    System.out.println(" done");
  }
}
