package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/** @Coroutine instance methods: awaited inline, as tasks and in gather; they share object state. */
@MicroPython
public class InstanceCoroutines {
  String name;
  int count;

  InstanceCoroutines(String name) {
    this.name = name;
    this.count = 0;
  }

  @Coroutine
  int tick(int n) {
    for (int i = 0; i < n; i++) {
      count++;
      System.out.println(name + " tick " + count);
      sleepMs(0);
    }
    return count;
  }

  @Coroutine
  int twice() {
    int a = tick(1);
    int b = tick(1);
    return a + b;
  }

  public String toString() {
    return name + "#" + count;
  }

  @Coroutine
  static void mainTask() {
    InstanceCoroutines x = new InstanceCoroutines("x");
    InstanceCoroutines y = new InstanceCoroutines("y");
    System.out.println("inline twice = " + x.twice());
    Task<Integer> tx = createTask(() -> x.tick(2));
    Task<Integer> ty = createTask(() -> y.tick(2));
    System.out.println("tasks: " + tx.await() + " " + ty.await());
    List<Integer> r = gather(() -> x.tick(1), () -> y.tick(1));
    System.out.println("gather " + r + " -> " + x + " " + y);
  }

  public static void main(String[] args) {
    run(InstanceCoroutines::mainTask);
  }
}
