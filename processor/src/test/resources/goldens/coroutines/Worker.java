import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleep;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Task;
import java.util.List;

@MicroPython
public class Worker {
  @Coroutine
  static int twice(int x) {
    sleepMs(5);
    return 2 * x;
  }

  @Coroutine
  static void tick(String name) {
    sleep(0.01);
    System.out.println(name);
  }

  @Coroutine
  static int mainTask() {
    Task<Void> t = createTask(() -> tick("t"));
    int a = twice(3);
    t.await();
    List<Integer> both = gather(() -> twice(1), () -> twice(2));
    int first = Asyncio.waitForMs(() -> twice(4), 100);
    System.out.println(both.get(0) + both.get(1) + first);
    return a;
  }

  public static void main(String[] args) {
    System.out.println(run(Worker::mainTask));
    run(() -> tick("done"));
  }
}
