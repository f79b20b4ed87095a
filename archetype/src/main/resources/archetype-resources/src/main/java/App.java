package ${package};

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/**
 * Becomes the MicroPython module {@code app.py} in {@code target/classes/micropython/}, with a
 * {@code main.py} that calls {@code main()}; {@code mvn package} zips them into the board image.
 */
@MicroPython
public class App {
  /** Counts to n, giving the other tasks a turn after each step. */
  @Coroutine
  static void count(String name, int n) {
    for (int i = 0; i < n; i++) {
      System.out.println(name + " " + i);
      sleepMs(10);
    }
  }

  /** Two counters at once: A as a task, B awaited here. */
  @Coroutine
  static void both() {
    Task<Void> a = createTask(() -> count("A", 3));
    count("B", 3);
    a.await();
  }

  public static void main(String[] args) {
    run(App::both);
  }
}
