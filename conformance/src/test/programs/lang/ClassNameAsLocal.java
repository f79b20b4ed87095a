package lang;

import dev.jmpy.annotations.MicroPython;

/** A variable named like the class: Java keeps types and variables apart, Python does not. */
@MicroPython
public class ClassNameAsLocal {
  int v;

  ClassNameAsLocal(int v) {
    this.v = v;
  }

  static int make(int ClassNameAsLocal) {
    ClassNameAsLocal c = new ClassNameAsLocal(ClassNameAsLocal + 1);
    return c.v;
  }

  public String toString() {
    return "C" + v;
  }

  public static void main(String[] args) {
    ClassNameAsLocal ClassNameAsLocal = new ClassNameAsLocal(1);
    System.out.println("variable = " + ClassNameAsLocal);
    ClassNameAsLocal other = new ClassNameAsLocal(2);
    System.out.println("other = " + other);
    System.out.println("make(10) = " + make(10));
  }
}
