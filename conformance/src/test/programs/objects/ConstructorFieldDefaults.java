package objs;

import dev.jmpy.annotations.MicroPython;

/** Fields without initializers that the constructor sets first, and what code running in between sees. */
@MicroPython
public class ConstructorFieldDefaults {
  static final int LIMIT = 40;

  static class Sensor {
    private final String name;
    private int raw;
    private int scale;
    private String unit;
    private boolean ready;

    Sensor(String name, int raw) {
      this.name = name;
      this.raw = raw * 2;
      report("after name and raw");
      this.scale = LIMIT;
      unit = "mV";
      ready = raw > 0;
    }

    void report(String when) {
      System.out.println(when + ": " + name + " raw=" + raw + " scale=" + scale + " unit=" + unit
          + " ready=" + ready);
    }
  }

  static class Counter {
    private int count;
    private int step;

    Counter(int step) {
      this.count = step > 3 ? LIMIT : -1;
      this.step = count + step;
    }
  }

  static class Failing {
    private final int value;

    Failing(int value) {
      this.value = 100 / value;
    }
  }

  public static void main(String[] args) {
    Sensor s = new Sensor("t1", 5);
    s.report("done");
    Counter c = new Counter(7);
    System.out.println("counter " + c.count + " " + c.step);
    Counter d = new Counter(1);
    System.out.println("counter " + d.count + " " + d.step);
    try {
      new Failing(0);
    } catch (ArithmeticException e) {
      System.out.println("failed: " + e.getMessage());
    }
    System.out.println(new Failing(4).value);
  }
}
