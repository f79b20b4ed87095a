package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collection.toArray in its three forms, as Java fills or makes the array. */
@MicroPython
public class ToArrays {
  public static void main(String[] args) {
    List<String> names = new ArrayList<>(List.of("ada", "bob", "cy"));
    String[] exact = names.toArray(new String[names.size()]);
    String[] empty = names.toArray(new String[0]);
    String[] longer = names.toArray(new String[] {"x", "x", "x", "x", "x"});
    Object[] plain = names.toArray();
    String[] generated = names.toArray(String[]::new);
    System.out.println(Arrays.toString(exact) + " " + Arrays.toString(empty) + " "
        + Arrays.toString(longer) + " " + plain.length + " " + Arrays.toString(generated));
    String[] given = new String[3];
    System.out.println((names.toArray(given) == given) + " " + (names.toArray(new String[1]).length));
    List<int[]> intervals = new ArrayList<>();
    intervals.add(new int[] {1, 3});
    intervals.add(new int[] {5, 8});
    int[][] merged = intervals.toArray(new int[intervals.size()][]);
    System.out.println(Arrays.deepToString(merged));
    Set<Integer> seen = new LinkedHashSet<>(List.of(3, 1, 2));
    Integer[] boxed = seen.toArray(new Integer[0]);
    System.out.println(Arrays.toString(boxed));
  }
}
