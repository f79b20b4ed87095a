import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;
@MicroPython
public class Arr {
  static int sum(int... xs) {
    int total = 0;
    for (int x : xs) {
      total += x;
    }
    return total + xs.length;
  }
  public static void main(String[] args) {
    int[] a = new int[4];
    a[1] = 7;
    a[2] += 3;
    int[][] grid = new int[2][3];
    grid[1][2] = 9;
    String[] names = {"b", "a", "c"};
    Arrays.sort(names);
    System.out.println(Arrays.toString(a) + " " + Arrays.toString(grid[1]) + " " + Arrays.toString(names) + " " + a.length + " " + args.length);
    System.out.println(sum(1, 2, 3) + " " + sum(a) + " " + sum());
    boolean[] flags = new boolean[2];
    Arrays.fill(a, 5);
    System.out.println(Arrays.toString(flags) + " " + Arrays.toString(a));
    String csv = "x,,y,,";
    String[] parts = csv.split(",");
    System.out.println(parts.length + " " + Arrays.toString(parts) + " " + ",,,".split(",").length + " " + "".split(",").length);
    char[] cs = "hey".toCharArray();
    System.out.println(cs.length + " " + (char) cs[1] + " " + String.join("-", names) + " " + String.join("+", List.of("p", "q")));
    List<String> view = Arrays.asList(names);
    System.out.println(view.size() + " " + Arrays.equals(new int[]{1, 2}, new int[]{1, 2}));
  }
}
