package classes;

import dev.jmpy.annotations.MicroPython;

/**
 * Interface default methods, overridden or not, called through the interface; the interface's
 * module and the class's import each other (a static factory on one side, the default methods
 * on the other).
 */
@MicroPython
public class DefaultMethods {
  record Shout(String name) implements Greeter {
    @Override
    public String suffix() {
      return "!!!";
    }
  }

  public static void main(String[] args) {
    Greeter a = Greeter.of("ann");
    Greeter b = new Shout("bob");
    System.out.println(a.greet());
    System.out.println(b.greet() + " " + b.suffix());
    System.out.println(new Polite("cy").greet());
  }
}

@MicroPython
interface Greeter {
  String name();

  default String greet() {
    return "hello " + name() + suffix();
  }

  default String suffix() {
    return "!";
  }

  static Greeter of(String n) {
    return new Named(n);
  }
}

@MicroPython
class Named implements Greeter {
  private final String n;

  Named(String n) {
    this.n = n;
  }

  public String name() {
    return n;
  }
}

@MicroPython
class Polite extends Named {
  Polite(String n) {
    super(n);
  }

  @Override
  public String greet() {
    return "dear " + name() + ", " + super.greet();
  }
}
