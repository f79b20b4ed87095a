package classes;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.asyncio.Asyncio;

/** A class with a @Coroutine method and no @MicroPython is translated the same. */
public class CoroutineOnly {
  static int steps;

  @Coroutine
  static void step(String name, int n) {
    for (int i = 0; i < n; i++) {
      steps++;
      System.out.println(name + " " + i);
      Asyncio.sleepMs(20);
    }
  }

  @Coroutine
  static void both() {
    var a = Asyncio.createTask(() -> step("a", 1));
    step("b", 1);
    a.await();
    System.out.println("steps " + steps);
  }

  public static void main(String[] args) {
    Asyncio.run(CoroutineOnly::both);
  }
}
