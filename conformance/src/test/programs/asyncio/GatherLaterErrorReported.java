package aio;

import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.getEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Loop;
import java.util.List;
import java.util.Map;

/**
 * When gather raises the first child's exception, the children still running are released: a
 * second child failing later is reported to the loop's exception handler as unretrieved (§2.8).
 */
@MicroPython
public class GatherLaterErrorReported {
  @Coroutine
  static int fails(String name, int ms) {
    sleepMs(ms);
    System.out.println(name + " fails");
    throw new IllegalStateException(name + " failed");
  }

  @Coroutine
  static int ok(String name, int ms) {
    sleepMs(ms);
    System.out.println(name + " finished");
    return 1;
  }

  static void handler(Loop loop, Map<String, Object> context) {
    String message = (String) context.get("message");
    RuntimeException e = (RuntimeException) context.get("exception");
    System.out.println("handler: " + message + " / " + e.getMessage());
  }

  @Coroutine
  static void mainTask() {
    getEventLoop().setExceptionHandler(GatherLaterErrorReported::handler);
    try {
      List<Integer> r = gather(() -> fails("a", 20), () -> fails("b", 60), () -> ok("c", 100));
      System.out.println("unexpected " + r);
    } catch (IllegalStateException e) {
      System.out.println("gather raised: " + e.getMessage());
    }
    sleepMs(150);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(GatherLaterErrorReported::mainTask);
  }
}
