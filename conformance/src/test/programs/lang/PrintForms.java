package lang;

import dev.jmpy.annotations.MicroPython;

/** print without newline, println of every supported type, empty lines. */
@MicroPython
public class PrintForms {
  int v;

  PrintForms(int v) {
    this.v = v;
  }

  public String toString() {
    return "PF" + v;
  }

  public static void main(String[] args) {
    System.out.print("a");
    System.out.print("b");
    System.out.println("c");
    System.out.print(1);
    System.out.print(-2);
    System.out.println(3L);
    System.out.println("");
    System.out.println();
    System.out.print("");
    System.out.println(true);
    System.out.print(false);
    System.out.println();
    PrintForms p = new PrintForms(7);
    System.out.println(p);
    System.out.print(p);
    System.out.println(p);
    short sh = 12;
    byte by = -3;
    System.out.println(sh);
    System.out.println(by);
    System.out.println(10000000000L);
    System.out.println("end");
  }
}
