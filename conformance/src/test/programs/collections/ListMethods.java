package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * List methods whose Python counterparts differ: remove(int) and remove(Object) chosen by the
 * argument's static type (an Integer element removed by value), lastIndexOf, equals, hashCode,
 * subList used at once (with its index checks) and subList(a, b).clear(), replaceAll, and removeIf
 * used as a value.
 */
@MicroPython
public class ListMethods {
  record Point(int x, int y) {
    @Override
    public int hashCode() {
      return 31 * x + y;
    }
  }

  public static void main(String[] args) {
    List<Integer> xs = new ArrayList<>(List.of(10, 20, 30, 20, 10));
    int at = 1;
    Integer value = 10;
    System.out.println("remove(int) " + xs.remove(at) + " " + xs);
    System.out.println("remove(Object) " + xs.remove(value) + " " + xs);
    System.out.println("remove(Integer.valueOf(99)) " + xs.remove(Integer.valueOf(99)) + " " + xs);
    xs.remove((Integer) 20);
    System.out.println("after remove((Integer) 20) " + xs);

    List<String> words = new ArrayList<>(Arrays.asList("a", "b", null, "a", "c", null));
    System.out.println("lastIndexOf " + words.lastIndexOf("a") + " " + words.lastIndexOf(null)
        + " " + words.lastIndexOf("z") + " indexOf " + words.indexOf(null));
    System.out.println("remove null " + words.remove(null) + " " + words);

    List<Integer> ys = new ArrayList<>(List.of(1, 2, 3));
    System.out.println("equals " + ys.equals(List.of(1, 2, 3)) + " " + ys.equals(List.of(3, 2, 1))
        + " " + ys.equals(new ArrayList<Integer>()));
    System.out.println("hashCode " + ys.hashCode() + " " + List.of("id", "name").hashCode()
        + " " + Arrays.asList("x", null, "yy").hashCode() + " " + List.of(true, false).hashCode()
        + " " + new ArrayList<String>().hashCode());
    List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(-7, 2147483647));
    System.out.println("nested hashCode " + nested.hashCode());
    List<Point> points = List.of(new Point(1, 2), new Point(3, 4));
    System.out.println("points hashCode " + points.hashCode());

    List<Integer> nums = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
    System.out.println("subList " + nums.subList(2, 5) + " size " + nums.subList(1, 1).size()
        + " sum " + nums.subList(4, 7).stream().mapToInt(n -> n).sum());
    List<Integer> copy = new ArrayList<>(nums.subList(0, 3));
    copy.add(99);
    System.out.println("copy " + copy + " nums " + nums);
    for (int n : nums.subList(5, 7)) {
      System.out.println("tail " + n);
    }
    nums.subList(1, 4).clear();
    System.out.println("after clear " + nums);
    try {
      System.out.println(nums.subList(2, 9));
    } catch (IndexOutOfBoundsException e) {
      System.out.println("subList past the end: IndexOutOfBoundsException");
    }
    try {
      System.out.println(nums.subList(3, 1));
    } catch (IllegalArgumentException e) {
      System.out.println("subList reversed: IllegalArgumentException " + e.getMessage());
    }

    List<String> names = new ArrayList<>(List.of("ada", "bob", "cy"));
    names.replaceAll(String::toUpperCase);
    System.out.println("replaceAll " + names);
    names.replaceAll(n -> n + n.length());
    System.out.println("replaceAll lambda " + names);
    boolean removed = names.removeIf(n -> n.startsWith("B"));
    System.out.println("removeIf " + removed + " " + names + " again "
        + names.removeIf(n -> n.isEmpty()));
  }
}
