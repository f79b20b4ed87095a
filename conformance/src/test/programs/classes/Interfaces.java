package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Interfaces: several implementations, interface constants and static methods, two interfaces. */
@MicroPython
public class Interfaces {
  static class English implements Greeter {
    @Override
    public String greet(String who) {
      return "Hello, " + who;
    }
  }

  static class French implements Greeter, Counted {
    private int calls;

    @Override
    public String greet(String who) {
      calls += 1;
      return "Bonjour, " + who;
    }

    @Override
    public int count() {
      return calls;
    }
  }

  static String greetAll(Greeter g, List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size() && i < Greeter.MAX; i++) {
      sb.append(g.greet(names.get(i))).append("; ");
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    List<String> names = List.of("Ann", "Bob", "Cy", "Di");
    Greeter en = new English();
    French fr = new French();
    System.out.println(greetAll(en, names));
    System.out.println(greetAll(fr, names));
    System.out.println("french calls: " + fr.count());
    System.out.println(Greeter.shout(en, "world"));
    System.out.println(Greeter.shout(fr, "monde"));
    System.out.println("french calls now: " + fr.count());
    List<Greeter> all = new ArrayList<>();
    all.add(en);
    all.add(fr);
    for (Greeter g : all) {
      System.out.println(g.greet("x"));
    }
    Counted c = fr;
    System.out.println("counted: " + c.count() + " max " + Greeter.MAX + " prefix '" + Greeter.PREFIX + "'");
  }
}

/** A top-level interface with constants and a static method (module-level names of its module). */
@MicroPython
interface Greeter {
  String PREFIX = ">> ";
  int MAX = 3;

  String greet(String who);

  static String shout(Greeter g, String who) {
    return PREFIX + g.greet(who).toUpperCase();
  }
}

@MicroPython
interface Counted {
  int count();
}
