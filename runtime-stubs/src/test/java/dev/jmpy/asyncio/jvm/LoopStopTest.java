package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Loop;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loop.run_forever and stop, as MicroPython's tests/extmod/asyncio_loop_stop.py runs them. That test
 * has no .exp: MicroPython's test runner takes CPython's output as the truth, and CPython 3.11
 * prints the list asserted here (the WebAssembly port has no run_forever to check it on).
 */
@ExtendWith(VirtualTime.class)
class LoopStopTest {
  @Test
  void micropythonsLoopStopTest() {
    List<String> out = new ArrayList<>();
    Loop loop = Asyncio.getEventLoop();
    loop.createTask(() -> {
      out.add("start");
      loop.stop();
      loop.stop(); // a second stop does nothing
      out.add("sleep");
      Asyncio.sleep(0);
      loop.stop();
      loop.createTask(() -> out.add("task"));
      Asyncio.sleep(0);
      out.add("end");
      loop.stop();
    });
    for (int i = 0; i < 3; i++) {
      out.add("run " + i);
      loop.runForever();
    }
    assertEquals(List.of("run 0", "start", "sleep", "run 1", "run 2", "task", "end"), out);
  }

  @Test
  void runUntilCompleteReturnsTheValue() {
    assertEquals(42, Asyncio.getEventLoop().runUntilComplete(() -> {
      Asyncio.sleepMs(5);
      return 42;
    }));
  }

  @Test
  void runForeverWithNothingToRunAndNoStopIsADeadlockOnTheJvm() {
    // The board polls forever here (v1.26+); the JVM says why it would hang.
    assertThrows(IllegalStateException.class, () -> Asyncio.getEventLoop().runForever());
    // The stopper that never ran is forgotten: nothing pending, and a later stop() does nothing.
    assertEquals(0, dev.jmpy.asyncio.internal.EventLoop.pendingTaskCount());
    Asyncio.getEventLoop().stop();
    assertEquals(0, dev.jmpy.asyncio.internal.EventLoop.pendingTaskCount());
  }
}
