package sensors;

import dev.jmpy.annotations.MicroPython;

/** A running average of integer readings, translated into the library's module. */
@MicroPython
public class Average {
  private int total;
  private int count;

  public void add(int value) {
    total += value;
    count++;
  }

  public int count() {
    return count;
  }

  public int total() {
    return total;
  }

  public int mean() {
    return count == 0 ? 0 : total / count;
  }

  @Override
  public String toString() {
    return "Average[n=" + count + ", mean=" + mean() + "]";
  }
}
