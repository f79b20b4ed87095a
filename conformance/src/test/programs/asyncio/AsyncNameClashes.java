package aio;

import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** User names that collide with what the generated module uses: asyncio, sleep, run, await... */
@MicroPython
public class AsyncNameClashes {
  static int asyncio = 1;
  static String uasyncio = "u";

  static int sleep(int ms) {
    return ms * 2;
  }

  static String run(String s) {
    return "run:" + s;
  }

  @Coroutine
  static int createTask(int x) {
    sleepMs(0);
    return x + 1;
  }

  @Coroutine
  static int gather(int await) {
    int async = await * 2;
    return async;
  }

  @Coroutine
  static void mainTask() {
    int asyncio = AsyncNameClashes.asyncio + 10;
    System.out.println("local asyncio = " + asyncio + ", static asyncio = " + AsyncNameClashes.asyncio);
    System.out.println("sleep(5) = " + sleep(5) + ", run = " + run("x") + ", " + uasyncio);
    System.out.println("createTask(1) = " + createTask(1));
    Task<Integer> task = dev.jmpy.asyncio.Asyncio.createTask(() -> createTask(41));
    System.out.println("task = " + task.await());
    System.out.println("gather(4) = " + gather(4));
    int event = 3;
    int lock = 4;
    int gather = gather(event + lock);
    System.out.println("event + lock = " + (event + lock) + ", gather = " + gather);
  }

  public static void main(String[] args) {
    dev.jmpy.asyncio.Asyncio.run(AsyncNameClashes::mainTask);
  }
}
