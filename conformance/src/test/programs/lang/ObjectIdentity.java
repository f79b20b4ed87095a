package lang;

import dev.jmpy.annotations.MicroPython;

/** == on objects compares references. */
@MicroPython
public class ObjectIdentity {
  int v;

  ObjectIdentity(int v) {
    this.v = v;
  }

  boolean same(ObjectIdentity o) {
    return this == o;
  }

  public static void main(String[] args) {
    ObjectIdentity a = new ObjectIdentity(1);
    ObjectIdentity b = new ObjectIdentity(1);
    ObjectIdentity c = a;
    System.out.println("a == b: " + (a == b));
    System.out.println("a == c: " + (a == c));
    System.out.println("a != b: " + (a != b));
    System.out.println("a.same(c): " + a.same(c) + ", a.same(b): " + a.same(b));
    System.out.println("a.v == b.v: " + (a.v == b.v));
    ObjectIdentity n = null;
    System.out.println("n == null: " + (n == null) + ", a == null: " + (a == null));
    c.v = 5;
    System.out.println("a.v after c.v = 5: " + a.v);
  }
}
