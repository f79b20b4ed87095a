package objects;

import dev.jmpy.annotations.MicroPython;
import java.util.function.IntBinaryOperator;

/**
 * Enum constants with bodies overriding methods, an abstract method, fields and a constructor,
 * an enum implementing a JDK functional interface (called as a function, passed as a lambda
 * would be) and an interface of yours with a default method; switch over such constants.
 */
@MicroPython
public class EnumBodies {
  interface Describable {
    String describe();
    default String shout() { return describe().toUpperCase(); }
  }

  enum Op implements IntBinaryOperator, Describable {
    PLUS("+") {
      public int applyAsInt(int a, int b) { return a + b; }
    },
    TIMES("*") {
      public int applyAsInt(int a, int b) { return a * b; }
      @Override public String describe() { return "times " + symbol; }
    },
    MINUS("-") {
      int uses = 10;
      public int applyAsInt(int a, int b) { uses++; return a - b; }
      @Override public String toString() { return "minus" + uses; }
    };

    final String symbol;
    Op(String symbol) { this.symbol = symbol; }
    public String describe() { return name().toLowerCase() + " " + symbol; }
  }

  enum Shape {
    SQUARE { int sides() { return 4; } },
    TRIANGLE { int sides() { return 3; } };
    abstract int sides();
  }

  static int apply(IntBinaryOperator f, int a, int b) { return f.applyAsInt(a, b); }

  static String kind(Op op) {
    return switch (op) {
      case PLUS -> "sum";
      case TIMES -> "product";
      case MINUS -> "difference";
    };
  }

  public static void main(String[] args) {
    for (Op op : Op.values()) {
      System.out.println(op + " " + op.ordinal() + " " + op.applyAsInt(6, 3) + " " + op.describe()
          + " " + op.shout() + " " + kind(op) + " " + apply(op, 2, 5));
    }
    IntBinaryOperator f = Op.TIMES;
    System.out.println(f.applyAsInt(7, 7));
    Describable d = Op.PLUS;
    System.out.println(d.describe() + " " + (d instanceof Op) + " " + (d == Op.PLUS));
    System.out.println(Op.MINUS.compareTo(Op.PLUS) + " " + Op.valueOf("TIMES").symbol);
    int total = 0;
    for (Shape s : Shape.values()) {
      total += s.sides();
      System.out.println(s + " " + s.sides() + " " + s.name() + " " + s.equals(Shape.SQUARE));
    }
    System.out.println(total);
    switch (Shape.TRIANGLE) {
      case SQUARE -> System.out.println("four");
      case TRIANGLE -> System.out.println("three");
    }
  }
}
