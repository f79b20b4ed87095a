package dev.jmpy.asyncio.internal;

/**
 * Thrown at the suspension point of a task dropped by {@code newEventLoop()}, to unwind its thread.
 * An {@link Error}, so that neither {@code catch (Exception e)} nor {@code catch (CancelledError e)}
 * stops it. Every await primitive throws it again at once, so a task cannot wait any more.
 */
final class TaskDiscarded extends Error {
  TaskDiscarded() {
    super("task discarded by asyncio.new_event_loop()", null, false, false);
  }
}
