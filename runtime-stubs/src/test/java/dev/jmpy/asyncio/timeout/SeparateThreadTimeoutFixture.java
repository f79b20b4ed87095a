package dev.jmpy.asyncio.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run by {@link TimeoutTest} through the JUnit launcher, not by surefire (its name does not end in
 * Test): a test whose loop never ends under a SEPARATE_THREAD timeout, then tests that need a clean
 * loop. Issue 9: every later test used to fail in beforeEach with "no running event loop".
 */
@ExtendWith(VirtualTime.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeparateThreadTimeoutFixture {
  @Test
  @Order(1)
  @Timeout(value = 500, unit = TimeUnit.MILLISECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void loopThatKeepsRunning() {
    Asyncio.run(() -> {
      while (true) {
        Asyncio.sleep(1);
      }
    });
  }

  @Test
  @Order(2)
  void nextTestStartsClean() {
    Asyncio.run(() -> Asyncio.sleep(2));
    assertEquals(2000, VirtualTime.nowMs());
  }

  @Test
  @Order(3)
  void andTheOneAfter() {
    Asyncio.run(() -> Asyncio.sleep(3));
    assertEquals(3000, VirtualTime.nowMs());
  }
}
