package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.getEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Loop;
import dev.jmpy.asyncio.Task;
import java.util.HashMap;
import java.util.Map;

/**
 * The loop's exception handler: called as handler(loop, context) on the pass after a detached
 * task fails, with the message, the exception and the task; one context reused for every report;
 * silent for a cancelled task; callExceptionHandler with a context of one's own; null by default.
 */
@MicroPython
public class LoopExceptionHandler {
  static int reports = 0;
  static Task<Void> watched;
  static Map<String, Object> firstContext;

  @Coroutine
  static void bad(int n, int ms) {
    sleepMs(ms);
    System.out.println("bad " + n + " raises");
    throw new IllegalStateException("bad " + n);
  }

  static void handler(Loop loop, Map<String, Object> context) {
    reports++;
    String message = (String) context.get("message");
    RuntimeException e = (RuntimeException) context.get("exception");
    System.out.println("handler #" + reports + ": " + message + " / " + e.getMessage());
    System.out.println("  same loop: " + (loop == getEventLoop())
        + ", future is watched: " + (context.get("future") == watched));
    if (firstContext == null) {
      firstContext = context;
    } else {
      System.out.println("  context reused: " + (firstContext == context));
    }
  }

  @Coroutine
  static void mainTask() {
    Loop loop = getEventLoop();
    System.out.println("no handler at first: " + (loop.getExceptionHandler() == null));
    loop.setExceptionHandler(LoopExceptionHandler::handler);
    System.out.println("handler set: " + (loop.getExceptionHandler() != null));

    watched = createTask(() -> bad(1, 1));
    sleepMs(30);
    System.out.println("after first: " + reports);

    createTask(() -> bad(2, 10));
    createTask(() -> bad(3, 150)); // far from bad 2: its report must come first even if the board stalls
    sleepMs(200);
    System.out.println("after two more: " + reports);

    Task<Void> cancelled = createTask(() -> bad(4, 100));
    sleepMs(1);
    cancelled.cancel();
    sleepMs(30);
    System.out.println("after a cancel: " + reports);

    Map<String, Object> mine = new HashMap<>();
    mine.put("message", "my own report");
    mine.put("exception", new IllegalStateException("mine"));
    loop.callExceptionHandler(mine);
    loop.setExceptionHandler(null);
    System.out.println("cleared: " + (loop.getExceptionHandler() == null));
    loop.close();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(LoopExceptionHandler::mainTask);
  }
}
