package lang;

import dev.jmpy.annotations.MicroPython;

/** Static and instance fields named like Python keywords and constants. */
@MicroPython
public class KeywordFieldNames {
  static int None = 1;
  static boolean True = false;
  static int lambda = 3;
  static String def = "def";
  int False;
  int from;
  String pass;
  int global;

  KeywordFieldNames(int from) {
    this.from = from;
    this.False = from * 2;
    this.pass = "pass" + from;
    this.global = None + from;
  }

  int sum() {
    return False + from + global + lambda;
  }

  public static void main(String[] args) {
    System.out.println("None = " + None + ", True = " + True + ", lambda = " + lambda + ", def = " + def);
    None += 10;
    True = !True;
    System.out.println("after update: None = " + None + ", True = " + True);
    KeywordFieldNames k = new KeywordFieldNames(4);
    System.out.println("from = " + k.from + ", False = " + k.False + ", pass = " + k.pass
        + ", global = " + k.global);
    k.from = 9;
    System.out.println("sum = " + k.sum());
  }
}
