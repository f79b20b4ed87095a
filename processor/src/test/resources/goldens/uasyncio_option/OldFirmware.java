import dev.jmpy.annotations.Coroutine;
import dev.jmpy.asyncio.Asyncio;

public class OldFirmware {
  @Coroutine
  static void blink(int times) {
    for (int i = 0; i < times; i++) {
      System.out.println("on");
      Asyncio.sleepMs(100);
    }
  }

  public static void main(String[] args) {
    Asyncio.run(() -> blink(3));
  }
}
