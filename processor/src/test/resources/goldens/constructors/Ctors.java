import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Ctors {
  static class Point {
    final int x;
    final int y;
    String label = "p";
    Point() {
      this(0, 0);
      label = "origin";
    }
    Point(int both) {
      this(both, both);
    }
    Point(int x, int y) {
      this.x = x;
      this.y = y;
    }
    @Override
    public String toString() {
      return label + "(" + x + ", " + y + ")";
    }
  }
  static class Point3 extends Point {
    final int z;
    Point3(int x, int y, int z) {
      super(x, y);
      this.z = z;
    }
    Point3() {
      this(7, 8, 9);
    }
    @Override
    public String toString() {
      return super.toString() + "z" + z;
    }
  }
  public static void main(String[] args) {
    System.out.println(new Point() + " " + new Point(3) + " " + new Point(1, 2) + " " + new Point3() + " " + new Point3(1, 1, 1));
  }
}
