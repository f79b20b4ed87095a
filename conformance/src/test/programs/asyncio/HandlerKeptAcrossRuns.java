package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.getEventLoop;
import static dev.jmpy.asyncio.Asyncio.newEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Loop;
import java.util.Map;

/**
 * The loop's exception handler is global: set in one run, it stays set after run returns and
 * after newEventLoop(), and handles a failure in the next run (§1.1, §6 item 2).
 */
@MicroPython
public class HandlerKeptAcrossRuns {
  @Coroutine
  static void fails() {
    System.out.println("t raises");
    throw new IllegalStateException("boom");
  }

  static void handler(Loop loop, Map<String, Object> context) {
    String message = (String) context.get("message");
    RuntimeException e = (RuntimeException) context.get("exception");
    System.out.println("handler: " + message + " / " + e.getMessage());
  }

  @Coroutine
  static void first() {
    getEventLoop().setExceptionHandler(HandlerKeptAcrossRuns::handler);
    System.out.println("first run sets the handler");
  }

  @Coroutine
  static void second() {
    createTask(() -> fails());
    sleepMs(20);
    System.out.println("second run ends");
  }

  public static void main(String[] args) {
    run(HandlerKeptAcrossRuns::first);
    System.out.println("after run: handler set " + (getEventLoop().getExceptionHandler() != null));
    newEventLoop();
    System.out.println("after newEventLoop: handler set "
        + (getEventLoop().getExceptionHandler() != null));
    run(HandlerKeptAcrossRuns::second);
    getEventLoop().setExceptionHandler(null);
  }
}
