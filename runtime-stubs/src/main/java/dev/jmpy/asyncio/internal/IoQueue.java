package dev.jmpy.asyncio.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MicroPython's {@code IOQueue} (core.py): the tasks waiting for a stream to become readable or
 * writable, at most one of each per stream, polled by the scheduler on every step. Streams are
 * non-blocking socket channels on one {@link Selector}, and {@link AsyncFlag}s (ThreadSafeFlag),
 * which are "readable" while set.
 *
 * <p>As on the board: a ready waiter is pushed on the run queue with key = now, in the order the
 * streams were registered; cancelling either waiter of a stream drops the whole entry (the other
 * direction's waiter is forgotten and never woken).
 */
final class IoQueue implements Removable {
  /** One stream's waiters: {@code [task_waiting_read, task_waiting_write, stream]}. */
  private static final class Entry {
    final Pollable stream;
    /** Registration order: ready entries are handled in it, as the board's poll array is. */
    final long order;
    AsyncTask reader;
    AsyncTask writer;
    SelectionKey key;
    /** The stream was closed while waited on: both waiters wake at the next poll (POLLNVAL). */
    boolean closed;

    Entry(Pollable stream, long order) {
      this.stream = stream;
      this.order = order;
    }
  }

  private long registrations;
  /** Entries that may be readable without the selector: flags, streams holding read bytes. */
  private final Set<Entry> soft = new LinkedHashSet<>();
  /** Entries on open connections (for the virtual clock's in-flight rule). */
  private int connectionEntries;

  /** Registration order, which is the order ready waiters are queued in. */
  private final Map<Pollable, Entry> map = new LinkedHashMap<>();

  private volatile Selector selector;
  /** Set by a ThreadSafeFlag from any thread; makes the next poll return at once. */
  private volatile boolean flagSet;

  /** {@code _io_queue.map}: whether any task waits for I/O or a flag. */
  boolean hasWaiters() {
    return !map.isEmpty();
  }

  /** {@code queue_read(s)} then suspend: the current task waits until {@code stream} is readable. */
  void waitReadable(Pollable stream) {
    enqueue(stream, true);
  }

  /** {@code queue_write(s)} then suspend. */
  void waitWritable(Pollable stream) {
    enqueue(stream, false);
  }

  private void enqueue(Pollable stream, boolean read) {
    AsyncTask task = EventLoop.requireCurrent();
    Entry entry = map.get(stream);
    if (entry == null) {
      entry = new Entry(stream, registrations++);
      map.put(stream, entry);
      if (stream.channel() instanceof SocketChannel) {
        connectionEntries++;
      }
    } else if ((read ? entry.reader : entry.writer) != null) {
      if (stream instanceof AsyncFlag) {
        // MicroPython (asserts stripped) lets the new waiter replace the first, which hangs forever.
        throw new IllegalStateException(
            "ThreadSafeFlag.wait(): another task is already waiting on this flag (MicroPython"
                + " allows one waiter; the first would hang forever)");
      }
      throw new IllegalStateException(
          "asyncio: two tasks wait to " + (read ? "read from" : "write to") + " the same stream"
              + " (MicroPython allows one of each)");
    }
    if (read) {
      entry.reader = task;
      if (stream.channel() == null || stream.readableNow()) {
        soft.add(entry);
      }
    } else {
      entry.writer = task;
    }
    if (stream.channel() != null) {
      register(entry, stream.channel());
    }
    task.data = this;
    EventLoop.suspend(task, true);
  }

  private void register(Entry entry, SelectableChannel channel) {
    int ops = 0;
    if (entry.reader != null) {
      ops |= channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }
    if (entry.writer != null) {
      ops |= channel instanceof SocketChannel socket && socket.isConnectionPending()
          ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
    }
    // A channel keeps its key while open (interest 0 when nobody waits): re-registering a
    // cancelled key before the next select would throw.
    SelectionKey key = channel.keyFor(selector());
    try {
      if (key == null) {
        key = channel.register(selector(), ops, entry);
      } else {
        key.interestOps(ops);
        key.attach(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entry.key = key;
  }

  private Selector selector() {
    Selector s = selector;
    if (s == null) {
      try {
        s = Selector.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      selector = s;
    }
    return s;
  }

  /** {@code IOQueue.remove(task)}: drops every entry the task waits in, both directions. */
  @Override
  public void remove(AsyncTask task) {
    List<Entry> dropped = new ArrayList<>();
    for (Entry entry : map.values()) {
      if (entry.reader == task || entry.writer == task) {
        dropped.add(entry);
      }
    }
    dropped.forEach(this::drop);
  }

  private void drop(Entry entry) {
    if (map.remove(entry.stream) == null) {
      return;
    }
    soft.remove(entry);
    if (entry.stream.channel() instanceof SocketChannel) {
      connectionEntries--;
    }
    if (entry.key != null && entry.key.isValid()) {
      entry.key.interestOps(0);
      entry.key.attach(null);
    }
  }

  /** Forgets every waiter ({@code new_event_loop()} makes a new IOQueue). */
  void clear() {
    new ArrayList<>(map.values()).forEach(this::drop);
  }

  /** A stream is being closed by its waiting task itself: its entry (if any) is dropped. */
  void forget(Pollable stream) {
    Entry entry = map.get(stream);
    if (entry != null) {
      drop(entry);
    }
  }

  /**
   * A stream is being closed while other tasks may wait on it: as the board's poller reports a
   * closed socket (POLLNVAL, neither only POLLIN nor only POLLOUT), both waiters are woken at the
   * next poll, and their read or write then raises OSError(EBADF).
   */
  void hangUp(Pollable stream) {
    Entry entry = map.get(stream);
    if (entry != null) {
      entry.closed = true;
      soft.add(entry);
    }
  }

  private boolean anyReadableNow() {
    for (Entry entry : soft) {
      if (entry.closed || (entry.reader != null && entry.stream.readableNow())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lets the selector deregister closed channels: NIO closes a registered socket for good (and
   * frees its port) only at the next selection.
   */
  void flushClosed() {
    Selector s = selector;
    if (s != null) {
      try {
        s.selectNow();
        s.selectedKeys().clear();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Wakes a poll blocked in another thread: {@code ThreadSafeFlag.set()}. */
  void wakeUp() {
    flagSet = true;
    Selector s = selector;
    if (s != null) {
      s.wakeup();
    }
  }

  /** Whether a task waits on an open connection (not a listening socket, not a flag). */
  boolean waitsOnConnection() {
    return connectionEntries > 0;
  }

  /**
   * {@code wait_io_event(dt)}: waits up to {@code dtMs} of real time (0: only looks, -1: until
   * something is ready) and queues every ready waiter with key = now. Returns how many it queued.
   */
  int waitIoEvent(long dtMs) {
    // Open the selector before reading flagSet: a set() that finds no selector has set flagSet first.
    Selector s = selector();
    if (flagSet || anyReadableNow()) {
      dtMs = 0;
    }
    flagSet = false;
    try {
      if (dtMs == 0) {
        s.selectNow();
      } else if (dtMs < 0) {
        s.select();
      } else {
        s.select(dtMs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<Entry> selected = new HashSet<>();
    for (SelectionKey key : s.selectedKeys()) {
      if (key.attachment() instanceof Entry entry && map.get(entry.stream) == entry) {
        selected.add(entry);
      }
    }
    s.selectedKeys().clear();
    List<Entry> ready = new ArrayList<>(selected);
    for (Entry entry : soft) {
      if ((entry.closed || entry.stream.readableNow()) && !selected.contains(entry)) {
        ready.add(entry);
      }
    }
    ready.sort(java.util.Comparator.comparingLong(entry -> entry.order));
    List<AsyncTask> woken = new ArrayList<>();
    for (Entry entry : ready) {
      boolean readable = entry.closed || entry.stream.readableNow();
      boolean writable = entry.closed;
      if (selected.contains(entry) && entry.key.isValid()) {
        // An error or hang-up shows as ready for what was asked, as POLLERR/POLLHUP on the board.
        int ops = entry.key.readyOps();
        readable |= (ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0;
        writable = (ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0;
      }
      if (readable && entry.reader != null) {
        woken.add(entry.reader);
        entry.reader = null;
        soft.remove(entry);
      }
      if (writable && entry.writer != null) {
        woken.add(entry.writer);
        entry.writer = null;
      }
      if (entry.reader == null && entry.writer == null) {
        drop(entry);
      } else if (entry.stream.channel() != null) {
        register(entry, entry.stream.channel());
      }
    }
    long now = EventLoop.now();
    for (AsyncTask task : woken) {
      EventLoop.push(task, now);
    }
    return woken.size();
  }

}
