package dev.jmpy.asyncio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The run queue against the order it must give (MicroPython's pairing heap: wake time, then push
 * order), with a clock that moves forward, ready and sleeping pushes mixed, re-pushes and removals
 * from the middle (cancel). A fixed seed: the same sequence every run.
 */
class RunQueueTest {
  private static final Comparator<AsyncTask> ORDER =
      Comparator.<AsyncTask>comparingLong(t -> t.key).thenComparingLong(t -> t.seq);

  @Test
  void popsInKeyThenPushOrderWhateverTheMixOfPushesAndRemovals() {
    Random random = new Random(11);
    RunQueue queue = new RunQueue();
    List<AsyncTask> reference = new ArrayList<>();
    List<AsyncTask> tasks = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      tasks.add(new AsyncTask((TaskBody) () -> null, i));
    }
    long now = 0;
    long seq = 0;
    for (int step = 0; step < 20_000; step++) {
      int action = random.nextInt(10);
      if (action < 5) {
        AsyncTask task = tasks.get(random.nextInt(tasks.size()));
        reference.remove(task);
        task.key = random.nextInt(3) == 0 ? now + random.nextInt(50) : now;
        task.seq = seq++;
        queue.add(task, now);
        reference.add(task);
      } else if (action < 8) {
        reference.sort(ORDER);
        AsyncTask expected = reference.isEmpty() ? null : reference.remove(0);
        assertEquals(expected, queue.poll(), "step " + step);
        if (expected != null) {
          assertFalse(queue.contains(expected));
          now = Math.max(now, expected.key);
        }
      } else if (action < 9) {
        AsyncTask task = tasks.get(random.nextInt(tasks.size()));
        assertEquals(reference.contains(task), queue.contains(task));
        reference.remove(task);
        queue.remove(task);
      } else {
        now += random.nextInt(5);
      }
    }
    reference.sort(ORDER);
    for (AsyncTask expected : reference) {
      assertTrue(queue.contains(expected));
      assertEquals(expected, queue.poll());
    }
    assertTrue(queue.isEmpty());
  }

  @Test
  void clearForgetsEveryTask() {
    RunQueue queue = new RunQueue();
    AsyncTask ready = new AsyncTask((TaskBody) () -> null, 1);
    AsyncTask sleeping = new AsyncTask((TaskBody) () -> null, 2);
    ready.key = 0;
    ready.seq = 0;
    sleeping.key = 10;
    sleeping.seq = 1;
    queue.add(ready, 0);
    queue.add(sleeping, 0);
    queue.clear();
    assertTrue(queue.isEmpty());
    assertFalse(queue.contains(ready));
    assertFalse(queue.contains(sleeping));
    assertEquals(null, queue.poll());
  }
}
