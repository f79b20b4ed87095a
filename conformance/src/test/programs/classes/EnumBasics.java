package classes;

import dev.jmpy.annotations.MicroPython;

/** Enum constants: values, valueOf, name, ordinal, compareTo, toString, identity. */
@MicroPython
public class EnumBasics {
  enum Planet {
    MERCURY,
    VENUS,
    EARTH,
    MARS
  }

  public static void main(String[] args) {
    for (Planet p : Planet.values()) {
      System.out.println("planet " + p + " ordinal=" + p.ordinal() + " name=" + p.name());
    }
    System.out.println("count: " + Planet.values().length);
    Planet e = Planet.valueOf("EARTH");
    System.out.println("valueOf EARTH is EARTH: " + (e == Planet.EARTH));
    System.out.println("EARTH.compareTo(VENUS): " + e.compareTo(Planet.VENUS));
    System.out.println("MERCURY.compareTo(MARS): " + Planet.MERCURY.compareTo(Planet.MARS));
    System.out.println("EARTH.compareTo(EARTH): " + e.compareTo(Planet.EARTH));
    System.out.println("toString: " + Planet.MARS.toString());
    System.out.println("equals: " + Planet.MARS.equals(Planet.MARS) + " " + Planet.MARS.equals(Planet.VENUS));
    Planet[] all = Planet.values();
    all[0] = Planet.MARS;
    System.out.println("values() is a copy: " + Planet.values()[0]);
    String s = "p=" + Planet.VENUS;
    System.out.println(s);
  }
}
