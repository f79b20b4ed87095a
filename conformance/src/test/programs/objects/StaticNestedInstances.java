package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** Static fields of the outer class initialized with instances of its own nested record, class and enum. */
@MicroPython
public class StaticNestedInstances {
  enum Unit { G, KG }

  record Weight(int amount, Unit unit) {
    int grams() {
      return unit == Unit.KG ? amount * 1000 : amount;
    }
  }

  static class Scale {
    private final String name;

    Scale(String name) {
      this.name = name;
    }

    int total(List<Weight> ws) {
      int t = 0;
      for (Weight w : ws) {
        t += w.grams();
      }
      return t;
    }

    String name() {
      return name;
    }
  }

  static final Weight ONE_KG = new Weight(1, Unit.KG);
  static final List<Weight> DEFAULTS = List.of(new Weight(250, Unit.G), ONE_KG);
  static Scale scale = new Scale("kitchen");
  static final Unit BASE = Unit.G;

  public static void main(String[] args) {
    System.out.println("ONE_KG = " + ONE_KG + ", grams " + ONE_KG.grams());
    System.out.println("DEFAULTS = " + DEFAULTS);
    System.out.println(scale.name() + " total " + scale.total(DEFAULTS) + " " + BASE);
  }
}
