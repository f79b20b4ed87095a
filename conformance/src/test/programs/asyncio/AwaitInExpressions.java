package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** Coroutine calls used inside larger expressions: operands, arguments, conditions, receivers. */
@MicroPython
public class AwaitInExpressions {
  int value;

  AwaitInExpressions(int value) {
    this.value = value;
  }

  @Coroutine
  static int num(int v) {
    sleepMs(0);
    return v;
  }

  @Coroutine
  static boolean flag(String tag, boolean v) {
    System.out.println("  flag " + tag);
    sleepMs(0);
    return v;
  }

  @Coroutine
  static String text(String s) {
    sleepMs(0);
    return s;
  }

  @Coroutine
  static AwaitInExpressions make(int v) {
    sleepMs(0);
    return new AwaitInExpressions(v);
  }

  @Coroutine
  static int add(int a, int b) {
    return a + b;
  }

  @Coroutine
  static void mainTask() {
    System.out.println("sum " + (num(3) + num(4) * num(5)));
    System.out.println("neg " + -num(7) + " " + (10 - num(3) - num(2)));
    System.out.println("div " + num(-7) / num(2) + " rem " + num(-7) % num(2));
    System.out.println("nested args " + add(num(1), add(num(2), num(3))));
    System.out.println("field of result " + make(8).value);
    System.out.println("length of result " + text("hello").length());
    System.out.println("equals " + text("a").equals(text("a")));
    System.out.println("ternary " + (flag("t", true) ? num(1) : num(2)));
    System.out.println("short-circuit and:");
    boolean b = flag("a", false) && flag("b", true);
    System.out.println("= " + b);
    System.out.println("short-circuit or:");
    b = flag("c", true) || flag("d", true);
    System.out.println("= " + b);
    int i = 0;
    while (i < num(3)) {
      i++;
    }
    System.out.println("while with await condition: " + i);
    if (num(2) > 1 && !flag("e", false)) {
      System.out.println("if with awaits");
    }
  }

  public static void main(String[] args) {
    run(AwaitInExpressions::mainTask);
  }
}
