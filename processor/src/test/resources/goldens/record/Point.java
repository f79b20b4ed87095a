import dev.jmpy.annotations.MicroPython;

@MicroPython
public record Point(int x, int y, String label, boolean on) {
  public Point {
    if (x < 0) {
      throw new IllegalArgumentException("x < 0");
    }
  }

  int sum() {
    return x + y();
  }

  static Point origin() {
    return new Point(0, 0, "o", false);
  }

  public static void main(String[] args) {
    Point p = new Point(1, 2, "p", true);
    Point q = new Point(1, 2, "p", true);
    System.out.println(p);
    System.out.println(p.equals(q) + " " + (p == q) + " " + p.equals(origin()));
    System.out.println(p.x() + p.sum() + p.label());
    System.out.println("text: " + origin());
    try {
      new Point(-1, 0, "bad", false);
    } catch (IllegalArgumentException e) {
      System.out.println("rejected " + e.getMessage());
    }
  }
}
