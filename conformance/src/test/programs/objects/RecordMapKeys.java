package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records as LinkedHashMap keys: lookups with equal new instances, overwriting, removal, nested record keys, insertion order. */
@MicroPython
public class RecordMapKeys {
  record Point(int x, int y) {
    Point plus(Point o) {
      return new Point(x + o.x, y + o.y);
    }
  }

  record Segment(Point from, Point to) {}

  enum Dir { N, E, S, W }

  record Move(Dir dir, int steps) {}

  public static void main(String[] args) {
    Map<Point, String> labels = new LinkedHashMap<>();
    labels.put(new Point(0, 0), "origin");
    labels.put(new Point(1, 2), "a");
    labels.put(new Point(-1, 5), "b");
    labels.put(new Point(1, 2), "a2");
    System.out.println("labels = " + labels);
    System.out.println("size " + labels.size() + ", get(1,2) = " + labels.get(new Point(1, 2)) + ", get(9,9) = " + labels.get(new Point(9, 9)));
    System.out.println("containsKey(origin) " + labels.containsKey(new Point(0, 0)) + ", sum key " + labels.get(new Point(1, 2).plus(new Point(-2, 3))));
    labels.remove(new Point(0, 0));
    System.out.println("after remove: " + labels.keySet());
    Map<Point, Integer> visits = new LinkedHashMap<>();
    Point p = new Point(0, 0);
    Point[] steps = {new Point(1, 0), new Point(0, 1), new Point(-1, 0), new Point(0, -1), new Point(1, 0)};
    for (Point s : steps) {
      visits.put(p, visits.getOrDefault(p, 0) + 1);
      p = p.plus(s);
    }
    visits.put(p, visits.getOrDefault(p, 0) + 1);
    for (Map.Entry<Point, Integer> e : visits.entrySet()) {
      System.out.println("  " + e.getKey() + " visited " + e.getValue());
    }
    Map<Segment, Integer> lengths = new LinkedHashMap<>();
    lengths.put(new Segment(new Point(0, 0), new Point(3, 4)), 5);
    lengths.put(new Segment(new Point(1, 1), new Point(1, 1)), 0);
    System.out.println("segment lookup: " + lengths.get(new Segment(new Point(0, 0), new Point(3, 4))) + ", reversed segment: " + lengths.get(new Segment(new Point(3, 4), new Point(0, 0))));
    System.out.println("segments = " + lengths);
    Map<Move, String> moves = new LinkedHashMap<>();
    moves.put(new Move(Dir.N, 2), "up");
    moves.put(new Move(Dir.S, 2), "down");
    System.out.println("move lookup: " + moves.get(new Move(Dir.S, 2)) + ", " + moves.containsKey(new Move(Dir.S, 3)) + ", moves = " + moves);
  }
}
