package lang;

import dev.jmpy.annotations.MicroPython;

/** Every compound assignment operator, on locals, static fields and instance fields. */
@MicroPython
public class CompoundAssignAll {
  static int s = 10;
  int f = 20;

  public static void main(String[] args) {
    int x = 7;
    x += 5;
    System.out.println("+= " + x);
    x -= 20;
    System.out.println("-= " + x);
    x *= 3;
    System.out.println("*= " + x);
    x /= 5;
    System.out.println("/= " + x);
    x %= 3;
    System.out.println("%= " + x);
    x = 12;
    x &= 10;
    System.out.println("&= " + x);
    x |= 5;
    System.out.println("|= " + x);
    x ^= 15;
    System.out.println("^= " + x);
    x <<= 3;
    System.out.println("<<= " + x);
    x >>= 2;
    System.out.println(">>= " + x);
    s += 1;
    s *= -2;
    s /= 4;
    s %= 4;
    System.out.println("static s = " + s);
    CompoundAssignAll o = new CompoundAssignAll();
    o.f -= 25;
    o.f /= 2;
    o.f <<= 1;
    o.f %= 3;
    System.out.println("field f = " + o.f);
    x++;
    x++;
    x--;
    s++;
    o.f++;
    o.f++;
    System.out.println("after ++/--: x = " + x + ", s = " + s + ", f = " + o.f);
  }
}
