package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/** CancelledError is a BaseException: catch (Exception) and catch (RuntimeException) miss it. */
@MicroPython
public class CancelledNotException {
  @Coroutine
  static String worker() {
    try {
      try {
        sleepMs(50);
        return "finished";
      } catch (RuntimeException e) {
        System.out.println("wrong: caught as RuntimeException");
        return "runtime";
      } catch (Exception e) {
        System.out.println("wrong: caught as Exception");
        return "exception";
      }
    } catch (CancelledError e) {
      System.out.println("caught as CancelledError");
      return "cancelled";
    }
  }

  @Coroutine
  static void mainTask() {
    Task<String> t = createTask(() -> worker());
    sleepMs(1);
    t.cancel();
    System.out.println("worker returned " + t.await());
  }

  public static void main(String[] args) {
    run(CancelledNotException::mainTask);
  }
}
