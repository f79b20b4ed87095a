package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs App's coroutines on the JVM in virtual time: 30 ms pass, in no wall time. */
@ExtendWith(VirtualTime.class)
class AppTest {
  @Test
  void theTwoCountersRunAtOnce() {
    Asyncio.run(App::both);
    assertEquals(30, VirtualTime.nowMs()); // three steps of 10 ms each, side by side
  }
}
