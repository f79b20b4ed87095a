package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Static fields and static blocks run once in textual order; instance fields and instance blocks run in textual order before the constructor body. */
@MicroPython
public class InitializerOrder {
  static List<String> log = new ArrayList<>();
  static int counter = note("static field counter", 100);

  static {
    log.add("static block 1 sees counter=" + counter);
    counter += 1;
  }

  static int[] table = buildTable();

  static {
    log.add("static block 2 sees table length=" + table.length);
  }

  static int note(String what, int v) {
    log.add(what);
    return v;
  }

  static int[] buildTable() {
    log.add("buildTable with counter=" + counter);
    int[] t = new int[3];
    for (int i = 0; i < t.length; i++) {
      t[i] = counter + i;
    }
    return t;
  }

  private int a = note("field a", 1);
  private int b;

  {
    b = a * 10;
    log.add("instance block 1: a=" + a + " b=" + b);
  }

  private int c = note("field c", b + 5);

  {
    log.add("instance block 2: c=" + c);
  }

  private final int id;

  InitializerOrder() {
    counter++;
    id = counter;
    log.add("constructor id=" + id);
  }

  public static void main(String[] args) {
    log.add("main starts");
    InitializerOrder first = new InitializerOrder();
    InitializerOrder second = new InitializerOrder();
    for (String line : log) {
      System.out.println(line);
    }
    System.out.println("first: " + first.a + " " + first.b + " " + first.c + " id " + first.id);
    System.out.println("second id " + second.id + ", table " + table[0] + " " + table[1] + " " + table[2]);
  }
}
