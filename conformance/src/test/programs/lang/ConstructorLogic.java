package lang;

import dev.jmpy.annotations.MicroPython;

/** A constructor with loops, conditions, calls to instance methods and early field reads. */
@MicroPython
public class ConstructorLogic {
  int size;
  int total;
  String kind;
  boolean big;

  ConstructorLogic(int size) {
    if (size < 0) {
      size = -size;
    }
    this.size = size;
    for (int i = 1; i <= size; i++) {
      total += i;
    }
    big = total > 10;
    kind = describe();
  }

  String describe() {
    return (big ? "big" : "small") + "(" + size + ", " + total + ")";
  }

  public static void main(String[] args) {
    System.out.println(new ConstructorLogic(3).kind);
    System.out.println(new ConstructorLogic(-5).kind);
    ConstructorLogic z = new ConstructorLogic(0);
    System.out.println(z.kind + " " + z.big + " " + z.total);
  }
}
