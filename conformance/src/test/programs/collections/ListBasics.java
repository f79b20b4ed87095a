package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** ArrayList: add, add(i, x), get, set, remove(int), size, isEmpty, contains, indexOf, clear, addAll. */
@MicroPython
public class ListBasics {
  public static void main(String[] args) {
    List<String> xs = new ArrayList<>();
    System.out.println("new: " + xs + " size " + xs.size() + " empty " + xs.isEmpty());
    xs.add("b");
    xs.add("d");
    xs.add(0, "a");
    xs.add(2, "c");
    xs.add(xs.size(), "e");
    System.out.println("after adds: " + xs + " size " + xs.size());
    System.out.println("get(0)=" + xs.get(0) + " get(4)=" + xs.get(4));
    xs.set(1, "B");
    System.out.println("after set: " + xs);
    String removed = xs.remove(2);
    System.out.println("removed " + removed + " -> " + xs);
    System.out.println("contains d: " + xs.contains("d") + ", contains c: " + xs.contains("c"));
    System.out.println("indexOf e: " + xs.indexOf("e") + ", indexOf z: " + xs.indexOf("z"));
    xs.add("a");
    System.out.println("indexOf a (first of two): " + xs.indexOf("a"));
    List<String> more = new ArrayList<>();
    more.add("x");
    more.add("y");
    xs.addAll(more);
    System.out.println("addAll: " + xs);
    more.add("z");
    System.out.println("source changed, xs unchanged: " + xs.size());
    xs.clear();
    System.out.println("cleared: " + xs + " empty " + xs.isEmpty());
    List<Integer> nums = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      nums.add(i * i);
    }
    nums.remove(0);
    int sum = 0;
    for (int n : nums) {
      sum += n;
    }
    System.out.println("nums " + nums + " sum " + sum + " contains 9: " + nums.contains(9));
  }
}
