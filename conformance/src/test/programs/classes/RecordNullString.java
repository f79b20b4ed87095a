package classes;

import dev.jmpy.annotations.MicroPython;

/** A record whose String component is null: its toString prints "null" for it. */
@MicroPython
public class RecordNullString {
  record Person(String name, int age) {}

  public static void main(String[] args) {
    Person known = new Person("Ann", 30);
    System.out.println("known: " + known);
    Person anon = new Person(null, 0);
    System.out.println("name is null: " + (anon.name() == null));
    System.out.println("anonymous: " + anon);
    System.out.println("equal anonymous: " + anon.equals(new Person(null, 0)));
  }
}
