package lang;

import dev.jmpy.annotations.MicroPython;

/** Java methods and fields named like Python special methods must not change the semantics. */
@MicroPython
public class DunderNames {
  int v;
  String __dict__;

  DunderNames(int v) {
    this.v = v;
    this.__dict__ = "dict" + v;
  }

  boolean __eq__(DunderNames other) {
    return true;
  }

  String __str__() {
    return "__str__ of " + v;
  }

  int __len__() {
    return 99;
  }

  int __init__() {
    return v + 1;
  }

  public String toString() {
    return "DN(" + v + ")";
  }

  public static void main(String[] args) {
    DunderNames a = new DunderNames(1);
    DunderNames b = new DunderNames(2);
    System.out.println("a == b: " + (a == b) + ", a.__eq__(b): " + a.__eq__(b));
    System.out.println("a != b: " + (a != b));
    System.out.println("string of a: " + a);
    System.out.println("a.__str__(): " + a.__str__());
    System.out.println("a.__len__(): " + a.__len__() + ", a.__init__(): " + a.__init__());
    System.out.println("a.__dict__: " + a.__dict__);
    System.out.println("a.v = " + a.v);
  }
}
