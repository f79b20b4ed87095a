import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;

@MicroPython
public class Signals {
  static Event ready = new Event();
  static Lock lock = new Lock();

  @Coroutine
  static void waiter() {
    try {
      ready.await();
      lock.acquire();
      System.out.println("locked " + lock.locked());
      lock.release();
    } catch (CancelledError e) {
      System.out.println("cancelled");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> task = Asyncio.createTask(() -> waiter());
    Asyncio.sleepMs(1);
    if (!ready.isSet()) {
      ready.set();
    }
    task.await();
    System.out.println(task.done());
    ready.clear();
  }
}
