package dev.jmpy.asyncio.internal;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * MicroPython's {@code _task_queue}: tasks ordered by wake time ({@code ph_key}), then by push order.
 *
 * <p>Two parts whose heads are merged: a FIFO of tasks pushed with key = now (a ready task; the clock
 * never goes back, so appending keeps it in (key, seq) order), and a binary heap of the rest
 * (sleepers), kept in flat arrays so that a comparison reads no task object. Each task knows its
 * place, so removal is O(log n) and membership O(1). Touched only by the baton holder.
 */
final class RunQueue {
  /** {@link AsyncTask#queueIndex} of a task in no queue. */
  static final int NOT_QUEUED = -1;
  /** {@link AsyncTask#queueIndex} of a task in the FIFO part. */
  static final int IN_FIFO = -2;

  private final ArrayDeque<AsyncTask> fifo = new ArrayDeque<>();
  private long fifoTailKey = Long.MIN_VALUE;

  private AsyncTask[] heap = new AsyncTask[64];
  private long[] heapKey = new long[64];
  private long[] heapSeq = new long[64];
  private int heapSize;

  /** Queues {@code task}, whose {@code key} and {@code seq} are set; {@code now} is the clock. */
  void add(AsyncTask task, long now) {
    if (task.queueIndex != NOT_QUEUED) {
      remove(task);
    }
    long key = task.key;
    if (key <= now && key >= fifoTailKey) {
      fifo.addLast(task);
      fifoTailKey = key;
      task.queueIndex = IN_FIFO;
      return;
    }
    if (heapSize == heap.length) {
      int capacity = heap.length * 2;
      heap = Arrays.copyOf(heap, capacity);
      heapKey = Arrays.copyOf(heapKey, capacity);
      heapSeq = Arrays.copyOf(heapSeq, capacity);
    }
    siftUp(heapSize++, task, key, task.seq);
  }

  boolean isEmpty() {
    return fifo.isEmpty() && heapSize == 0;
  }

  /** The first task, or null. */
  AsyncTask peek() {
    AsyncTask ready = fifo.peekFirst();
    if (heapSize == 0) {
      return ready;
    }
    if (ready == null) {
      return heap[0];
    }
    return heapKey[0] < ready.key || (heapKey[0] == ready.key && heapSeq[0] < ready.seq)
        ? heap[0] : ready;
  }

  /** Removes and returns the first task, or null. */
  AsyncTask poll() {
    AsyncTask head = peek();
    if (head != null) {
      remove(head);
    }
    return head;
  }

  boolean contains(AsyncTask task) {
    return task.queueIndex != NOT_QUEUED;
  }

  /** Takes {@code task} out if it is queued. */
  void remove(AsyncTask task) {
    int index = task.queueIndex;
    if (index == NOT_QUEUED) {
      return;
    }
    task.queueIndex = NOT_QUEUED;
    if (index == IN_FIFO) {
      if (fifo.peekFirst() == task) {
        fifo.pollFirst();
      } else {
        fifo.removeFirstOccurrence(task);
      }
      if (fifo.isEmpty()) {
        fifoTailKey = Long.MIN_VALUE;
      }
      return;
    }
    int last = --heapSize;
    AsyncTask moved = heap[last];
    long movedKey = heapKey[last];
    long movedSeq = heapSeq[last];
    heap[last] = null;
    if (index == last) {
      return;
    }
    siftDown(index, moved, movedKey, movedSeq);
    if (heap[index] == moved) {
      siftUp(index, moved, movedKey, movedSeq);
    }
  }

  /** Empties the queue ({@code new_event_loop()}). */
  void clear() {
    for (AsyncTask task : fifo) {
      task.queueIndex = NOT_QUEUED;
    }
    fifo.clear();
    fifoTailKey = Long.MIN_VALUE;
    for (int i = 0; i < heapSize; i++) {
      heap[i].queueIndex = NOT_QUEUED;
      heap[i] = null;
    }
    heapSize = 0;
  }

  private static boolean before(long key, long seq, long otherKey, long otherSeq) {
    return key < otherKey || (key == otherKey && seq < otherSeq);
  }

  private void siftUp(int index, AsyncTask task, long key, long seq) {
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (!before(key, seq, heapKey[parent], heapSeq[parent])) {
        break;
      }
      place(index, heap[parent], heapKey[parent], heapSeq[parent]);
      index = parent;
    }
    place(index, task, key, seq);
  }

  private void siftDown(int index, AsyncTask task, long key, long seq) {
    int half = heapSize >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      int right = child + 1;
      if (right < heapSize && before(heapKey[right], heapSeq[right], heapKey[child], heapSeq[child])) {
        child = right;
      }
      if (!before(heapKey[child], heapSeq[child], key, seq)) {
        break;
      }
      place(index, heap[child], heapKey[child], heapSeq[child]);
      index = child;
    }
    place(index, task, key, seq);
  }

  private void place(int index, AsyncTask task, long key, long seq) {
    heap[index] = task;
    heapKey[index] = key;
    heapSeq[index] = seq;
    task.queueIndex = index;
  }
}
