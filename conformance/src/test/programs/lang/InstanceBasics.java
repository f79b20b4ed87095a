package lang;

import dev.jmpy.annotations.MicroPython;

/** A class with fields, one constructor, instance methods and toString. */
@MicroPython
public class InstanceBasics {
  int x;
  int y;
  String name;

  public InstanceBasics(String name, int x, int y) {
    this.name = name;
    this.x = x;
    this.y = y;
  }

  void move(int dx, int dy) {
    x += dx;
    this.y = this.y + dy;
  }

  int manhattan() {
    return Math.abs(x) + Math.abs(y);
  }

  @Override
  public String toString() {
    return name + "(" + x + ", " + y + ")";
  }

  public static void main(String[] args) {
    InstanceBasics p = new InstanceBasics("p", 1, 2);
    InstanceBasics q = new InstanceBasics("q", -3, 4);
    System.out.println(p);
    System.out.println(q);
    p.move(5, -10);
    System.out.println("moved " + p);
    System.out.println("manhattan " + p.manhattan() + " " + q.manhattan());
    System.out.println("fields " + p.x + " " + p.y + " " + p.name);
    q.x = 100;
    System.out.println("q.x set: " + q);
    InstanceBasics r = p;
    r.move(1, 1);
    System.out.println("alias moved p too: " + p);
    System.out.println("p.toString() = " + p.toString());
    String s = "" + p + q;
    System.out.println(s);
  }
}
