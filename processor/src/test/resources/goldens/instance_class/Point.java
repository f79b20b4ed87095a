import dev.jmpy.annotations.MicroPython;

@MicroPython
public class Point {
  private int x;
  private int y;
  private boolean visible = true;
  private String label;

  public Point(int x, int y) {
    this.x = x;
    this.y = y;
  }

  int manhattan() {
    return Math.abs(x) + Math.abs(this.y);
  }

  void moveBy(int dx, int dy) {
    x += dx;
    this.y += dy;
  }

  static Point origin() {
    return new Point(0, 0);
  }

  @Override
  public String toString() {
    return "(" + x + ", " + y + ")";
  }
}
