package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks run on one carrier thread, as the board's loop runs on one core (a hand-off then never
 * wakes a second carrier), and the runtime leaves the JDK's property as the program set it.
 */
@ExtendWith(VirtualTime.class)
class CarrierThreadTest {
  private final Set<String> carriers = new TreeSet<>();

  private void pingPong(int switches) {
    for (int i = 0; i < switches; i++) {
      // "VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1": the part after '@' is the carrier.
      String self = Thread.currentThread().toString();
      carriers.add(self.substring(self.indexOf('@') + 1));
      Asyncio.sleepMs(0);
    }
  }

  @Test
  void twoTasksHandingTheBatonBackAndForthShareOneCarrier() {
    Asyncio.run(() -> Asyncio.gather(() -> pingPong(2_000), () -> pingPong(2_000)));
    assertEquals(1, carriers.size(), carriers.toString());
  }

  @Test
  void theSchedulersPropertyIsNotLeftSet() {
    Asyncio.run(() -> Asyncio.sleepMs(1));
    assertNull(System.getProperty("jdk.virtualThreadScheduler.parallelism"));
  }
}
