package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** TreeMap's navigation: first/last, floor/ceiling/lower/higher, entries, head/tail/sub maps. */
@MicroPython
public class TreeMapNavigation {
  public static void main(String[] args) {
    TreeMap<Integer, String> grades = new TreeMap<>();
    grades.put(90, "A");
    grades.put(80, "B");
    grades.put(70, "C");
    grades.put(60, "D");
    grades.put(0, "F");
    int[] scores = {95, 90, 89, 61, 60, 59, 0};
    for (int s : scores) {
      System.out.println(s + " -> " + grades.get(grades.floorKey(s)));
    }
    System.out.println("first " + grades.firstKey() + ", last " + grades.lastKey());
    System.out.println("floor 75 " + grades.floorKey(75) + ", floor -1 " + grades.floorKey(-1));
    System.out.println("ceiling 75 " + grades.ceilingKey(75) + ", ceiling 80 " + grades.ceilingKey(80)
        + ", ceiling 91 " + grades.ceilingKey(91));
    System.out.println("lower 80 " + grades.lowerKey(80) + ", lower 0 " + grades.lowerKey(0));
    System.out.println("higher 80 " + grades.higherKey(80) + ", higher 90 " + grades.higherKey(90));
    Map.Entry<Integer, String> first = grades.firstEntry();
    Map.Entry<Integer, String> last = grades.lastEntry();
    System.out.println("first entry " + first.getKey() + "=" + first.getValue()
        + ", last entry " + last.getKey() + "=" + last.getValue());
    System.out.println("head 70 " + grades.headMap(70));
    System.out.println("head 70 inclusive " + grades.headMap(70, true));
    System.out.println("tail 70 " + grades.tailMap(70));
    System.out.println("tail 70 exclusive " + grades.tailMap(70, false));
    System.out.println("sub 60..90 " + grades.subMap(60, 90));
    System.out.println("sub 65..65 " + grades.subMap(65, 65));
    System.out.println("below 70: " + grades.headMap(70).size() + " keys, first "
        + grades.headMap(70).firstKey());
    for (int k : grades.tailMap(75).keySet()) {
      System.out.println("at least 75: " + k);
    }
    TreeMap<Integer, String> passing = new TreeMap<>(grades.tailMap(60));
    passing.put(100, "A+");
    System.out.println("passing copy " + passing + ", grades still " + grades.size());
    try {
      grades.subMap(90, 60);
    } catch (IllegalArgumentException e) {
      System.out.println("subMap backwards: " + e.getMessage());
    }

    Map.Entry<Integer, String> polled = grades.pollFirstEntry();
    System.out.println("pollFirst " + polled.getKey() + "=" + polled.getValue() + " leaves " + grades);
    polled = grades.pollLastEntry();
    System.out.println("pollLast " + polled.getKey() + "=" + polled.getValue() + " leaves " + grades);

    TreeMap<String, Integer> none = new TreeMap<>();
    System.out.println("empty: floor " + none.floorKey("x") + ", firstEntry " + (none.firstEntry() == null)
        + ", pollFirst " + (none.pollFirstEntry() == null));
    try {
      none.firstKey();
      System.out.println("no exception");
    } catch (NoSuchElementException e) {
      System.out.println("firstKey of empty: NoSuchElementException " + e.getMessage());
    }
    try {
      none.lastKey();
    } catch (NoSuchElementException e) {
      System.out.println("lastKey of empty: NoSuchElementException");
    }
  }
}
