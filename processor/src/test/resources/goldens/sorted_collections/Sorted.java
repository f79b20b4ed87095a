import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

@MicroPython
public class Sorted {
  record Version(int major, int minor) implements Comparable<Version> {
    public int compareTo(Version o) {
      return major != o.major ? major - o.major : minor - o.minor;
    }
  }

  public static void main(String[] args) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    Integer before = counts.put("b", 1);
    counts.put("a", 2);
    System.out.println(counts + " " + before + " " + counts.firstKey() + " " + counts.floorKey("az"));
    for (String k : counts.headMap("b", true).keySet()) {
      System.out.println(k);
    }
    Set<Integer> desc = new TreeSet<>(Comparator.reverseOrder());
    desc.add(1);
    desc.add(3);
    Set<String> seen = new LinkedHashSet<>();
    if (seen.add("x") && !seen.add("x")) {
      System.out.println(desc + " " + seen);
    }
    List<Version> versions = new ArrayList<>(List.of(new Version(1, 2), new Version(1, 0)));
    Collections.sort(versions);
    Iterator<Version> it = versions.iterator();
    while (it.hasNext()) {
      if (it.next().minor() == 0) {
        it.remove();
      }
    }
    Map<Version, String> names = new TreeMap<>();
    names.put(new Version(2, 0), "two");
    System.out.println(versions + " " + names);
  }
}
