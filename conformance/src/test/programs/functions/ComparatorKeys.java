// jmpy-options: -Ajmpy.floatPrecision=double
package cmpkeys;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Comparators built from keys as a scheduler orders its jobs: comparingLong, comparing(key, cmp),
 * thenComparing(key, cmp) with reverseOrder() of an enum, thenComparingInt/Long/Double and
 * comparingDouble (Double.compare's order: -0.0 below 0.0, NaN above everything), reversed().
 */
@MicroPython
public class ComparatorKeys {
  enum Priority { LOW, NORMAL, HIGH }

  static final class Job {
    final String name;
    final Priority priority;
    final long due;
    final int id;
    final double load;

    Job(String name, Priority priority, long due, int id, double load) {
      this.name = name;
      this.priority = priority;
      this.due = due;
      this.id = id;
      this.load = load;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static void main(String[] args) {
    List<Job> jobs = new ArrayList<>(List.of(
        new Job("b", Priority.LOW, 300L, 4, 0.5),
        new Job("a", Priority.HIGH, 300L, 7, -0.0),
        new Job("c", Priority.HIGH, 300L, 2, 0.0),
        new Job("d", Priority.NORMAL, 100L, 9, Double.NaN),
        new Job("e", Priority.NORMAL, 5_000_000_000L, 1, -1.5),
        new Job("f", Priority.NORMAL, 100L, 3, 2.0)));

    Comparator<Job> order = Comparator.comparingLong((Job j) -> j.due)
        .thenComparing(j -> j.priority, Comparator.reverseOrder())
        .thenComparingInt(j -> j.id);
    jobs.sort(order);
    System.out.println("due, priority desc, id: " + jobs);
    jobs.sort(order.reversed());
    System.out.println("reversed: " + jobs);

    jobs.sort(Comparator.comparing((Job j) -> j.name, Comparator.reverseOrder()));
    System.out.println("names desc: " + jobs);
    jobs.sort(Comparator.comparing((Job j) -> j.priority.ordinal()).thenComparingLong(j -> -j.due)
        .thenComparing(j -> j.name, Comparator.naturalOrder()));
    System.out.println("ordinal, due desc, name: " + jobs);

    jobs.sort(Comparator.comparingDouble((Job j) -> j.load));
    System.out.println("by load: " + jobs);
    jobs.sort(Comparator.comparing((Job j) -> j.priority.ordinal()).thenComparingDouble(j -> j.load));
    System.out.println("ordinal, load: " + jobs);
    Comparator<Job> byLoad = Comparator.comparingDouble(j -> j.load);
    System.out.println(byLoad.compare(jobs.get(0), jobs.get(0)) + " "
        + Integer.signum(byLoad.compare(jobs.get(1), jobs.get(2))));
  }
}
