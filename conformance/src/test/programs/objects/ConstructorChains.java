package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** this(...) chains across constructors with 0 to 3 parameters; field initializers run once, before the body that does not delegate. */
@MicroPython
public class ConstructorChains {
  static List<String> log = new ArrayList<>();

  static int note(String what, int v) {
    log.add(what);
    return v;
  }

  private int width = note("init width", 1);
  private int height = note("init height", 1);
  private String name;
  private int depth;

  ConstructorChains() {
    this("unnamed");
    log.add("body ()");
  }

  ConstructorChains(String name) {
    this(name, 10, 20);
    log.add("body (name) width=" + width);
  }

  ConstructorChains(String name, int width, int height) {
    log.add("body (name, w, h) sees width=" + this.width + " height=" + this.height + " name=" + this.name);
    this.name = name;
    this.width = width;
    this.height = height;
  }

  ConstructorChains(int w, int h) {
    this("box", w * 2, h + 1);
    depth = 5;
    log.add("body (w, h) depth=" + depth);
  }

  int area() {
    return width * height;
  }

  @Override
  public String toString() {
    return name + " " + width + "x" + height + " depth " + depth;
  }

  static void show(ConstructorChains c) {
    System.out.println(c + ", area " + c.area());
    for (String line : log) {
      System.out.println("  " + line);
    }
    log.clear();
  }

  public static void main(String[] args) {
    show(new ConstructorChains());
    show(new ConstructorChains("named"));
    show(new ConstructorChains("full", 3, 4));
    show(new ConstructorChains(6, 7));
  }
}
