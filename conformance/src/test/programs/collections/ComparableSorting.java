package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Natural order of user classes: Collections.sort, List.sort(null), Arrays.sort, sorted(),
 * naturalOrder/reverseOrder, TreeSet and TreeMap keys, all through compareTo. The sorts are
 * stable: versions that compare equal keep their order.
 */
@MicroPython
public class ComparableSorting {
  static final class Version implements Comparable<Version> {
    private final int major;
    private final int minor;
    private final String tag;

    Version(int major, int minor, String tag) {
      this.major = major;
      this.minor = minor;
      this.tag = tag;
    }

    @Override
    public int compareTo(Version other) {
      if (major != other.major) {
        return Integer.compare(major, other.major);
      }
      return Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
      return major + "." + minor + tag;
    }
  }

  record Point(int x, int y) implements Comparable<Point> {
    @Override
    public int compareTo(Point o) {
      return x != o.x ? x - o.x : y - o.y;
    }
  }

  enum Size { SMALL, MEDIUM, LARGE }

  public static void main(String[] args) {
    List<Version> versions = new ArrayList<>();
    versions.add(new Version(2, 0, ""));
    versions.add(new Version(1, 10, "-a"));
    versions.add(new Version(1, 2, ""));
    versions.add(new Version(1, 10, "-b"));
    versions.add(new Version(0, 9, ""));
    versions.add(new Version(1, 10, "-c"));
    Collections.sort(versions);
    System.out.println("sorted " + versions);
    versions.sort(Comparator.reverseOrder());
    System.out.println("reversed " + versions);
    versions.sort(null);
    System.out.println("sort(null) " + versions);
    versions.sort(Comparator.naturalOrder());
    System.out.println("naturalOrder " + versions);

    Version[] array = {new Version(3, 1, "x"), new Version(3, 0, ""), new Version(3, 1, "y")};
    Arrays.sort(array);
    System.out.println("array " + Arrays.toString(array));

    TreeSet<Version> unique = new TreeSet<>(versions);
    System.out.println("TreeSet keeps the first of equal versions: " + unique);
    System.out.println("ceiling 1.5 " + unique.ceiling(new Version(1, 5, "?")));

    List<Point> points = new ArrayList<>(List.of(new Point(2, 1), new Point(1, 5), new Point(2, 0),
        new Point(1, -1)));
    List<Point> byStream = points.stream().sorted().toList();
    System.out.println("stream sorted " + byStream);
    Map<Point, String> names = new TreeMap<>();
    for (Point p : points) {
      names.put(p, "p" + p.x() + p.y());
    }
    names.put(new Point(1, 5), "replaced");
    System.out.println("points map " + names);

    List<Size> sizes = new ArrayList<>(List.of(Size.LARGE, Size.SMALL, Size.MEDIUM, Size.SMALL));
    Collections.sort(sizes);
    System.out.println("enums " + sizes);
    TreeMap<Size, Integer> stockBySize = new TreeMap<>();
    stockBySize.put(Size.MEDIUM, 5);
    stockBySize.put(Size.LARGE, 1);
    stockBySize.put(Size.SMALL, 9);
    System.out.println("by size " + stockBySize + ", first " + stockBySize.firstKey());
  }
}
