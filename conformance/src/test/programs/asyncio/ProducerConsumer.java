package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/** A one-slot mailbox built from two Events and a static field. */
@MicroPython
public class ProducerConsumer {
  static int slot = 0;
  static Event full = new Event();
  static Event empty = new Event();

  @Coroutine
  static void producer(int n) {
    for (int i = 1; i <= n; i++) {
      empty.await();
      empty.clear();
      slot = i * i;
      System.out.println("produced " + slot);
      full.set();
    }
  }

  @Coroutine
  static int consumer(int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      full.await();
      full.clear();
      System.out.println("consumed " + slot);
      sum += slot;
      sleepMs(1);
      empty.set();
    }
    return sum;
  }

  @Coroutine
  static void mainTask() {
    empty.set();
    Task<Integer> c = createTask(() -> consumer(4));
    createTask(() -> producer(4));
    System.out.println("sum = " + c.await());
  }

  public static void main(String[] args) {
    run(ProducerConsumer::mainTask);
  }
}
