import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.TimeoutError;

@MicroPython
public class Guard {
  @Coroutine
  static void slow() {
    Asyncio.sleepMs(1000);
  }

  @Coroutine
  static int attempt() {
    try {
      Asyncio.waitForMs(() -> slow(), 10);
      return 0;
    } catch (TimeoutError | CancelledError e) {
      return 1;
    } catch (RuntimeException e) {
      return 2;
    } finally {
      System.out.println("finally");
    }
  }
}
