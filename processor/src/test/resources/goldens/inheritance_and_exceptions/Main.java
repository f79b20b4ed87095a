package shapes;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Main {
  static int check(int side) {
    if (side < 0) {
      throw new ShapeError("negative side " + side, 7);
    }
    if (side == 0) {
      throw new IllegalArgumentException("zero");
    }
    return side;
  }
  static int divide(int a, int b) {
    return a / b;
  }
  public static void main(String[] args) {
    Shape s = new Square(3);
    Rect r = new Rect(2, 5);
    System.out.println(s.area() + " " + s.name() + " " + r.describe() + " " + ((Rect) s).describe());
    System.out.println(s instanceof Rect);
    System.out.println(r instanceof Square);
    System.out.println(Shape.SIDES_UNKNOWN);
    for (int side = -1; side <= 1; side++) {
      try {
        System.out.println("ok " + check(side));
      } catch (ShapeError e) {
        System.out.println("shape error " + e.getMessage() + " code " + e.code());
      } catch (IllegalArgumentException e) {
        System.out.println("illegal " + e.getMessage());
      } finally {
        System.out.println("finally " + side);
      }
    }
    try {
      divide(1, 0);
    } catch (ArithmeticException e) {
      System.out.println("arith " + e.getMessage());
    }
    try {
      throw new IllegalStateException();
    } catch (RuntimeException e) {
      System.out.println("runtime " + (e.getMessage() == null));
    }
  }
}
