package classes;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;

/** A class with a @Coroutine method but no @MicroPython annotation is translated too. */
@MicroPython
public class CoroutineHelper {
  public static void main(String[] args) {
    int r = Asyncio.run(() -> Steps.total(4));
    System.out.println("total = " + r);
    System.out.println("plain helper: " + Steps.square(5));
  }
}

class Steps {
  static int square(int x) {
    return x * x;
  }

  @Coroutine
  static int total(int n) {
    int sum = 0;
    for (int i = 1; i <= n; i++) {
      Asyncio.sleepMs(1);
      sum += square(i);
      System.out.println("step " + i + " sum " + sum);
    }
    return sum;
  }
}
