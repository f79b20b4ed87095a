package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.TreeMap;

/**
 * Static fields named like the locals of jmpy's helpers (the TreeMap's lo, String.hashCode's h):
 * the helpers' assignments stay local and leave the fields alone.
 */
@MicroPython
public class StaticsNamedLikeHelperLocals {
  static int lo = 5;
  static int h = 7;
  static int old = 1;

  public static void main(String[] args) {
    TreeMap<Integer, Integer> m = new TreeMap<>();
    for (int i = 0; i < 10; i++) {
      m.put(i, i);
    }
    m.put(3, 30);
    System.out.println(m.floorKey(4) + " " + "ab".hashCode() + " " + m.get(3));
    System.out.println("untouched: " + lo + " " + h + " " + old);
    lo = lo + 1;
    h = h + 1;
    old = old + 1;
    System.out.println(lo + " " + h + " " + old);
  }
}
