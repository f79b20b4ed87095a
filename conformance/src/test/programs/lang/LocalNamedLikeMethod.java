package lang;

import dev.jmpy.annotations.MicroPython;

/** A local variable with the name of a static method (both are module-level names in Python). */
@MicroPython
public class LocalNamedLikeMethod {
  static int count() {
    return 10;
  }

  static int total(int n) {
    return n * 2;
  }

  static String label() {
    return "L";
  }

  static int twice() {
    int count = count();
    count += count();
    return count;
  }

  public static void main(String[] args) {
    int count = count();
    System.out.println("count = " + count);
    count = count + count();
    System.out.println("count again = " + count);
    int total = total(count);
    System.out.println("total = " + total + " and total(1) = " + total(1));
    String label = label() + label();
    System.out.println("label = " + label + label());
    System.out.println("twice = " + twice());
    for (int twice = 0; twice < 2; twice++) {
      System.out.println("loop twice = " + twice + " call = " + twice());
    }
  }
}
