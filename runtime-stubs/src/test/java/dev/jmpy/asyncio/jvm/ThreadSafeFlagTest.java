package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.ThreadSafeFlag;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ThreadSafeFlag as in MicroPython's event.py and its test asyncio_threadsafeflag.py: set from
 * another thread (the JVM's interrupt handler) wakes the waiting loop; waiting clears the flag; a
 * set flag returns at once without yielding; one waiter only. These orders are MicroPython's as the
 * reference describes them: the WebAssembly port has no ThreadSafeFlag, so no conformance program
 * can check them on a real MicroPython here.
 */
@ExtendWith(VirtualTime.class)
class ThreadSafeFlagTest {
  @Test
  void setFromAnotherThreadWakesTheWaitingLoop() throws Exception {
    ThreadSafeFlag flag = new ThreadSafeFlag();
    CountDownLatch waiting = new CountDownLatch(1);
    Thread irq = Thread.ofPlatform().start(() -> {
      try {
        waiting.await();
        Thread.sleep(30);
      } catch (InterruptedException e) {
        return;
      }
      flag.set();
    });
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      waiting.countDown();
      flag.await(); // nothing else to run: the loop blocks until the other thread sets it
      out.add("woken at " + VirtualTime.nowMs() + " ms");
      return out;
    });
    irq.join();
    assertEquals(List.of("woken at 0 ms"), seen);
  }

  @Test
  void aSetFlagReturnsWithoutYieldingAndWaitingClearsIt() {
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      ThreadSafeFlag flag = new ThreadSafeFlag();
      flag.set();
      Asyncio.createTask(() -> out.add("other"));
      flag.await();
      out.add("main passed the set flag");
      Asyncio.createTask(() -> {
        out.add("setter");
        flag.set();
      });
      flag.await(); // cleared by the first wait: this one suspends
      out.add("main woken");
      return out;
    });
    assertEquals(List.of("main passed the set flag", "other", "setter", "main woken"), seen);
  }

  private static void task(List<String> out, int id, ThreadSafeFlag flag) {
    out.add("task " + id);
    flag.await();
    out.add("task " + id + " done");
  }

  /**
   * MicroPython's tests/extmod/asyncio_threadsafeflag.py, parts 1, 3 and 4 (part 2 sets the flag
   * from micropython.schedule), with the output of its .exp file: the waiter runs after the next
   * poll, behind the setter that yielded.
   */
  @Test
  void micropythonsThreadSafeFlagTestOrder() {
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      ThreadSafeFlag flag = new ThreadSafeFlag();
      Task<Void> t = Asyncio.createTask(() -> task(out, 1, flag));
      out.add("yield");
      Asyncio.sleep(0);
      out.add("set event");
      flag.set();
      out.add("yield");
      Asyncio.sleep(0);
      out.add("wait task");
      t.await();

      out.add("----");
      out.add("set event");
      flag.set();
      t = Asyncio.createTask(() -> task(out, 3, flag));
      out.add("yield");
      Asyncio.sleep(0);
      out.add("wait task");
      t.await();

      out.add("----");
      out.add("set event");
      flag.set();
      out.add("yield");
      Asyncio.sleep(0);
      out.add("clear event");
      flag.clear();
      out.add("yield");
      Asyncio.sleep(0);
      t = Asyncio.createTask(() -> task(out, 4, flag));
      out.add("yield");
      Asyncio.sleep(0);
      out.add("set event");
      flag.set();
      out.add("yield");
      Asyncio.sleep(0);
      out.add("wait task");
      t.await();
      return out;
    });
    assertEquals(List.of(
        "yield", "task 1", "set event", "yield", "wait task", "task 1 done",
        "----", "set event", "yield", "task 3", "task 3 done", "wait task",
        "----", "set event", "yield", "clear event", "yield", "yield", "task 4", "set event",
        "yield", "wait task", "task 4 done"), seen);
  }

  @Test
  void aSecondWaiterIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Asyncio.run(() -> {
      ThreadSafeFlag flag = new ThreadSafeFlag();
      Asyncio.createTask(flag::await);
      Asyncio.sleepMs(0);
      flag.await();
    }));
    assertEquals(true, e.getMessage().contains("another task is already waiting"), e.getMessage());
  }
}
