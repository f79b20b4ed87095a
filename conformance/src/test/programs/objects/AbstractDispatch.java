package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** Polymorphic dispatch through abstract classes: a template method, an abstract expression tree evaluated recursively. */
@MicroPython
public class AbstractDispatch {
  abstract static class Expr {
    abstract int eval();

    abstract String show();

    int depth() {
      return 1;
    }

    String describe() {
      return show() + " = " + eval() + " (depth " + depth() + ")";
    }
  }

  static class Num extends Expr {
    private final int value;

    Num(int value) {
      this.value = value;
    }

    int eval() {
      return value;
    }

    String show() {
      return value < 0 ? "(" + value + ")" : "" + value;
    }
  }

  abstract static class Binary extends Expr {
    protected final Expr left;
    protected final Expr right;

    Binary(Expr left, Expr right) {
      this.left = left;
      this.right = right;
    }

    abstract String symbol();

    abstract int apply(int a, int b);

    int eval() {
      return apply(left.eval(), right.eval());
    }

    String show() {
      return "(" + left.show() + " " + symbol() + " " + right.show() + ")";
    }

    @Override
    int depth() {
      return 1 + Math.max(left.depth(), right.depth());
    }
  }

  static class Add extends Binary {
    Add(Expr l, Expr r) {
      super(l, r);
    }

    String symbol() {
      return "+";
    }

    int apply(int a, int b) {
      return a + b;
    }
  }

  static class Div extends Binary {
    Div(Expr l, Expr r) {
      super(l, r);
    }

    String symbol() {
      return "/";
    }

    int apply(int a, int b) {
      return a / b;
    }
  }

  public static void main(String[] args) {
    Expr e1 = new Add(new Num(2), new Num(-3));
    Expr e2 = new Div(new Add(new Num(7), new Num(8)), new Num(-4));
    Expr e3 = new Div(e2, new Add(e1, new Num(3)));
    for (Expr e : List.of(new Num(5), e1, e2, e3)) {
      System.out.println(e.describe());
    }
    try {
      System.out.println(new Div(new Num(1), new Add(new Num(1), new Num(-1))).eval());
    } catch (ArithmeticException ex) {
      System.out.println("division failed: " + ex.getMessage());
    }
    Binary b = (Binary) e2;
    System.out.println("left of e2: " + b.left.show() + ", symbol " + b.symbol() + ", is Binary: " + (e1 instanceof Binary) + ", is Div: " + (e1 instanceof Div));
  }
}
