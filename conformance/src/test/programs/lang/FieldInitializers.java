package lang;

import dev.jmpy.annotations.MicroPython;

/** Field initializers run before the constructor body; static initializers once. */
@MicroPython
public class FieldInitializers {
  static int created = 0;
  static final int BASE = 10 * 3 + 1;
  static String greeting = "hi " + BASE;
  int id = 7;
  int scaled = BASE * 2;
  String tag = "t";
  boolean flag;
  int zero;
  long big;
  String nothing;

  FieldInitializers(int id) {
    created++;
    System.out.println("in constructor: id was " + this.id + ", tag " + tag);
    this.id = id;
    tag += id;
  }

  public static void main(String[] args) {
    System.out.println("BASE = " + BASE + ", greeting = " + greeting);
    FieldInitializers a = new FieldInitializers(1);
    FieldInitializers b = new FieldInitializers(2);
    System.out.println("a: " + a.id + " " + a.scaled + " " + a.tag);
    System.out.println("b: " + b.id + " " + b.scaled + " " + b.tag);
    System.out.println("defaults: " + a.flag + " " + a.zero + " " + a.big);
    System.out.println("null string is null: " + (a.nothing == null));
    System.out.println("created = " + created);
  }
}
