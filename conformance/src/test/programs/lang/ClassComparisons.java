package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * equals() written with getClass() comparisons, as TheAlgorithms/Java writes them: a subclass
 * instance is not equal, an object of another type is not, null is not.
 */
@MicroPython
public class ClassComparisons {
  static class Point {
    final int x;
    final int y;

    Point(int x, int y) {
      this.x = x;
      this.y = y;
    }

    @Override
    public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      }
      if (obj == null || obj.getClass() != this.getClass()) {
        return false;
      }
      Point other = (Point) obj;
      return x == other.x && y == other.y;
    }

    @Override
    public int hashCode() {
      return 31 * x + y;
    }
  }

  static class NamedPoint extends Point {
    NamedPoint(int x, int y) {
      super(x, y);
    }

    boolean sameKind(Point p) {
      return getClass() == p.getClass();
    }
  }

  public static void main(String[] args) {
    Point a = new Point(1, 2);
    System.out.println(a.equals(new Point(1, 2)) + " " + a.equals(new Point(2, 1)) + " "
        + a.equals(new NamedPoint(1, 2)) + " " + a.equals("(1, 2)") + " " + a.equals(null)
        + " " + a.equals(a));
    NamedPoint n = new NamedPoint(3, 4);
    System.out.println(n.sameKind(new NamedPoint(0, 0)) + " " + n.sameKind(a) + " "
        + (n.getClass() == new NamedPoint(5, 5).getClass()));
  }
}
