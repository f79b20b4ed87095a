package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A record's equals compares an array component by identity, as Object.equals does; a List by its elements. */
@MicroPython
public class RecordArrayEquality {
  record Frame(int id, int[] samples) {}

  record Batch(String name, List<Integer> values) {}

  public static void main(String[] args) {
    int[] data = {1, 2, 3};
    Frame a = new Frame(1, data);
    Frame b = new Frame(1, data);
    Frame c = new Frame(1, new int[] {1, 2, 3});
    Frame d = new Frame(1, null);
    System.out.println("same array: " + a.equals(b));
    System.out.println("equal contents: " + a.equals(c));
    System.out.println("null array: " + d.equals(new Frame(1, null)) + " " + d.equals(a));
    System.out.println("contents equal by hand: " + Arrays.equals(a.samples(), c.samples()));
    Set<Frame> frames = new HashSet<>(List.of(a, c));
    System.out.println("set size " + frames.size() + " contains b " + frames.contains(b));
    System.out.println("lists: " + new Batch("x", List.of(1, 2)).equals(new Batch("x", List.of(1, 2))));
  }
}
