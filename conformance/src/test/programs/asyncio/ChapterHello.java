package aio;

import static dev.jmpy.asyncio.Asyncio.run;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** Chapter, "Coroutines and Tasks" and "Await": run a coroutine, get its result, await another. */
@MicroPython
public class ChapterHello {
  @Coroutine
  static int myCo() {
    System.out.println("Hello Coroutine World");
    return 42;
  }

  @Coroutine
  static void test1(String msg) {
    System.out.println(msg);
  }

  @Coroutine
  static void mainTask() {
    test1("Hello Coroutine World");
    int r = myCo();
    System.out.println("awaited myCo: " + r);
  }

  public static void main(String[] args) {
    int result = run(ChapterHello::myCo);
    System.out.println(result);
    run(ChapterHello::mainTask);
  }
}
