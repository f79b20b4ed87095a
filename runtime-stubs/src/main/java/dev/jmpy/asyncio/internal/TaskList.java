package dev.jmpy.asyncio.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The loop's tasks that have not finished, in creation order: a doubly-linked list through fields of
 * the tasks themselves, so that a task costs no extra node (a million tasks are a million fewer
 * objects) and add/remove are O(1). Touched only by the baton holder.
 */
final class TaskList {
  private AsyncTask first;
  private AsyncTask last;
  private int size;

  void add(AsyncTask task) {
    if (task.listed) {
      return;
    }
    task.listed = true;
    task.prevLive = last;
    task.nextLive = null;
    if (last == null) {
      first = task;
    } else {
      last.nextLive = task;
    }
    last = task;
    size++;
  }

  void remove(AsyncTask task) {
    if (!task.listed) {
      return;
    }
    AsyncTask prev = task.prevLive;
    AsyncTask next = task.nextLive;
    if (prev == null) {
      first = next;
    } else {
      prev.nextLive = next;
    }
    if (next == null) {
      last = prev;
    } else {
      next.prevLive = prev;
    }
    task.prevLive = null;
    task.nextLive = null;
    task.listed = false;
    size--;
  }

  int size() {
    return size;
  }

  /** A copy, in creation order. */
  List<AsyncTask> snapshot() {
    List<AsyncTask> tasks = new ArrayList<>(size);
    for (AsyncTask task = first; task != null; task = task.nextLive) {
      tasks.add(task);
    }
    return tasks;
  }

  /** Unlinks every task. */
  void clear() {
    for (AsyncTask task = first; task != null; ) {
      AsyncTask next = task.nextLive;
      task.prevLive = null;
      task.nextLive = null;
      task.listed = false;
      task = next;
    }
    first = null;
    last = null;
    size = 0;
  }
}
