package lang;

import dev.jmpy.annotations.MicroPython;

/** Java keeps fields and methods apart; Python has one namespace for attributes. */
@MicroPython
public class FieldNamedLikeMethod {
  static int total = 3;
  int count;
  String size;

  FieldNamedLikeMethod(int count) {
    this.count = count;
    this.size = "S" + count;
  }

  static int total() {
    return total * 10;
  }

  int count() {
    return count + 1000;
  }

  String size() {
    return size + "!";
  }

  public static void main(String[] args) {
    FieldNamedLikeMethod f = new FieldNamedLikeMethod(4);
    System.out.println("field count = " + f.count);
    System.out.println("method count() = " + f.count());
    System.out.println("field size = " + f.size + ", size() = " + f.size());
    System.out.println("static field total = " + total);
    System.out.println("static method total() = " + total());
    total = 5;
    System.out.println("after assignment: " + total + " " + total());
  }
}
