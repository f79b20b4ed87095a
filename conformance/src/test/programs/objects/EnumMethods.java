package objs;

import dev.jmpy.annotations.MicroPython;

/** Enums with fields, constructors and methods: lookups over values(), switch on this, compareTo, ordinal, valueOf. */
@MicroPython
public class EnumMethods {
  enum Planet {
    MERCURY(3303, 2440), VENUS(48690, 6052), EARTH(59760, 6378), MARS(6421, 3397);

    private final int massE20;
    private final int radiusKm;

    Planet(int massE20, int radiusKm) {
      this.massE20 = massE20;
      this.radiusKm = radiusKm;
    }

    long density() {
      return (long) massE20 * 1000000 / ((long) radiusKm * radiusKm);
    }

    boolean inner() {
      return compareTo(EARTH) < 0;
    }

    String kind() {
      switch (this) {
        case EARTH:
          return "home";
        case MARS:
          return "next";
        default:
          return "hot";
      }
    }

    Planet next() {
      Planet[] all = values();
      return all[(ordinal() + 1) % all.length];
    }
  }

  static Planet largest() {
    Planet best = null;
    for (Planet p : Planet.values()) {
      if (best == null || p.radiusKm > best.radiusKm) {
        best = p;
      }
    }
    return best;
  }

  static Planet byRadius(int km) {
    for (Planet p : Planet.values()) {
      if (p.radiusKm == km) {
        return p;
      }
    }
    return null;
  }

  public static void main(String[] args) {
    for (Planet p : Planet.values()) {
      System.out.println(p.ordinal() + " " + p + " density " + p.density() + ", inner " + p.inner() + ", kind " + p.kind() + ", next " + p.next());
    }
    System.out.println("largest: " + largest() + ", by radius 3397: " + byRadius(3397) + ", by radius 1: " + byRadius(1));
    Planet v = Planet.valueOf("VENUS");
    System.out.println("valueOf VENUS: " + v + ", name " + v.name() + ", same constant " + (v == Planet.VENUS));
    System.out.println("MARS vs MERCURY: " + Planet.MARS.compareTo(Planet.MERCURY) + ", EARTH vs EARTH: " + Planet.EARTH.compareTo(Planet.EARTH));
    Planet walk = Planet.MARS;
    String path = "";
    for (int i = 0; i < 5; i++) {
      path += walk.name().charAt(0);
      walk = walk.next();
    }
    System.out.println("walk from MARS: " + path);
  }
}
