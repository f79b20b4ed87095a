package objs;

import dev.jmpy.annotations.MicroPython;

/** Every field holds its default (0, null, false) before any initializer runs: reads of later fields from blocks and initializer methods. */
@MicroPython
public class FieldDefaultsEarly {
  private int first = peekLater();
  private String early;

  {
    early = "later=" + this.later + " name=" + this.name + " flag=" + this.flag;
  }

  private int later = 42;
  private String name = "set";
  private boolean flag = true;

  int peekLater() {
    return later + 1;
  }

  public static void main(String[] args) {
    FieldDefaultsEarly f = new FieldDefaultsEarly();
    System.out.println("first = " + f.first);
    System.out.println("early: " + f.early);
    System.out.println("after construction: later=" + f.later + " name=" + f.name + " flag=" + f.flag + " peek=" + f.peekLater());
  }
}
