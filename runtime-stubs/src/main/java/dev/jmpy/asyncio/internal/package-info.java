/**
 * The JVM implementation of MicroPython's {@code asyncio} core: not API. Only what the stubs in
 * {@code dev.jmpy.asyncio} and the test support in {@code dev.jmpy.asyncio.testing} need is public.
 *
 * <p>Design, in MicroPython's terms ({@code extmod/asyncio/core.py}, v1.27):
 *
 * <ul>
 *   <li>{@link dev.jmpy.asyncio.internal.EventLoop} holds the one global {@code _task_queue}: a
 *       priority queue ordered by (wake time in ms, push sequence) that holds ready and sleeping
 *       tasks alike, and {@code cur_task}.
 *   <li>Each {@link dev.jmpy.asyncio.internal.AsyncTask} runs on its own virtual thread, started at
 *       its first step. Exactly one of them runs at a time: the running one holds the "baton"
 *       and gives it away only inside an await primitive. The giver itself pops the next task
 *       and unparks it (direct hand-off: one park/unpark per switch), so no loop thread sits in
 *       the middle; the thread that called {@code run} waits until main ends.
 *   <li>A plain blocking Java call inside a task does not give the baton away, so it stalls the
 *       whole loop, as on the board.
 *   <li>Time is whole milliseconds, real ({@link java.lang.System#nanoTime()}) or virtual: a
 *       virtual clock only moves when the head of the queue is in the future, that is when every
 *       task is blocked, and then jumps straight to that head.
 * </ul>
 *
 * <p>Not thread-safe: everything is meant to be called from the running task, or from the thread
 * that calls {@code run} while no run is in progress, like the single-threaded board.
 */
package dev.jmpy.asyncio.internal;
