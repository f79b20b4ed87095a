package dev.jmpy.asyncio.internal;

/**
 * A queue a suspended task can be parked on, other than the run queue: MicroPython's objects with
 * a {@code remove(task)} method ({@code TaskQueue} of an Event or Lock, gather's {@code _Remove}).
 * {@code Task.cancel()} takes the task off it before rescheduling it.
 */
interface Removable {
  void remove(AsyncTask task);
}
