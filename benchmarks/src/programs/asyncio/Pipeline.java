package bench;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Lock;
import java.util.ArrayList;
import java.util.List;

/** A producer and two consumers sharing a list, an Event to wake them and a Lock on the total. */
@MicroPython
public class Pipeline {
  static final List<Integer> items = new ArrayList<>();
  static final Event available = new Event();
  static final Lock lock = new Lock();
  static int total = 0;
  static boolean done = false;

  @Coroutine
  static void produce(int count) {
    for (int i = 1; i <= count; i++) {
      items.add(i * i);
      available.set();
      Asyncio.sleepMs(60);
    }
    done = true;
    available.set();
  }

  @Coroutine
  static void consume(String name) {
    while (true) {
      available.await();
      available.clear();
      while (!items.isEmpty()) {
        int item = items.remove(0);
        lock.acquire();
        try {
          total += item;
          System.out.println(name + " took " + item + ", total " + total);
        } finally {
          lock.release();
        }
        Asyncio.sleepMs(5);
      }
      if (done) {
        return;
      }
    }
  }

  @Coroutine
  static void main2() {
    Asyncio.gather(() -> produce(6), () -> consume("first"), () -> consume("second"));
    System.out.println("all consumed: " + total);
  }

  public static void main(String[] args) {
    Asyncio.run(Pipeline::main2);
  }
}
