package dev.jmpy.asyncio.internal;

import java.io.PrintStream;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Messages about tasks: the "Task exception wasn't retrieved" report of MicroPython's default
 * exception handler, and the deadlock error. Coroutine names come from stack traces, because a
 * Java lambda does not know which method it calls: the outermost user frame of the task's stack
 * (lambda frames skipped) is the coroutine, as {@code bad} is in {@code create_task(bad())}.
 */
final class Diagnostics {
  private Diagnostics() {}

  /** Used when no user frame names the coroutine. */
  static final String UNKNOWN_CORO = "coro";

  /**
   * Prints what {@code Loop.default_exception_handler} prints to stderr (core.py, v1.22+), e.g.
   *
   * <pre>
   * Task exception wasn't retrieved
   * future: &lt;Task&gt; coro= &lt;generator object 'bad' at 0&gt;
   * Traceback (most recent call last):
   *   File "asyncio/core.py", line 1, in run_until_complete
   *   File "App.java", line 12, in bad
   * IllegalStateException: boom
   * </pre>
   *
   * The address is always 0, the frames are the Java frames of the exception that belong to the
   * user's code, and the last line is the exception's simple class name and message.
   */
  static void reportUnretrieved(AsyncTask task) {
    report(UNRETRIEVED, task.error);
  }

  /** The message of the "exception not retrieved" context. */
  static final String UNRETRIEVED = "Task exception wasn't retrieved";

  /** What {@code default_exception_handler} prints for a context of this message and exception. */
  static void report(String message, Throwable error) {
    StackTraceElement[] stack = error.getStackTrace();
    String name = coroutineName(stack);
    StringBuilder text = new StringBuilder();
    text.append(message).append('\n');
    text.append("future: <Task> coro= <generator object '")
        .append(name == null ? UNKNOWN_CORO : name)
        .append("' at 0>\n");
    text.append("Traceback (most recent call last):\n");
    text.append("  File \"asyncio/core.py\", line 1, in run_until_complete\n");
    for (int i = coroutineFrame(stack); i >= 0; i--) {
      StackTraceElement frame = stack[i];
      if (!isRuntimeFrame(frame) && !isLambda(frame)) {
        text.append("  File \"")
            .append(frame.getFileName() == null ? "<unknown>" : frame.getFileName())
            .append("\", line ")
            .append(Math.max(0, frame.getLineNumber()))
            .append(", in ")
            .append(frame.getMethodName())
            .append('\n');
      }
    }
    text.append(pythonStyle(error)).append('\n');
    PrintStream err = System.err;
    err.print(text);
    err.flush();
  }

  /** {@code TypeName: message}, as {@code sys.print_exception} ends. */
  static String pythonStyle(Throwable error) {
    String type = error.getClass().getSimpleName();
    if (type.isEmpty()) {
      type = error.getClass().getName();
    }
    String message = error.getLocalizedMessage();
    return message == null ? type : type + ": " + message;
  }

  /** Why a run ends with the main task pending and no task able to run again. */
  static final String DEADLOCK = "Asyncio.run: deadlock: the main task is still pending, but no"
      + " task is ready or sleeping, so nothing can ever wake it (MicroPython v1.27 would wait"
      + " here forever).";

  /**
   * The error a run ends with while tasks are pending: a deadlock, or a stop (an interrupt, a
   * teardown). Names each pending task, what it waits on and where.
   */
  static RuntimeException pending(
      String why, Collection<AsyncTask> pending, AsyncTask main, Predicate<AsyncTask> queued) {
    StringBuilder text = new StringBuilder(why).append(" Pending tasks:");
    if (pending.isEmpty()) {
      text.append(" none");
    }
    for (AsyncTask task : pending) {
      StackTraceElement[] stack =
          task.thread == null ? new StackTraceElement[0] : task.thread.getStackTrace();
      String name = coroutineName(stack);
      text.append("\n  task #").append(task.number);
      if (name != null) {
        text.append(" '").append(name).append('\'');
      }
      if (task == main) {
        text.append(" (main)");
      }
      text.append(" waits on ").append(queued.test(task) ? inQueue(task) : waitsOn(task));
      StackTraceElement where = innermostUserFrame(stack);
      if (where != null) {
        text.append(", at ").append(where);
      }
    }
    return new IllegalStateException(text.toString());
  }

  private static String inQueue(AsyncTask task) {
    return task.thread == null ? "nothing (queued, not started yet)"
        : "nothing (queued: ready, or sleeping until " + task.key + " ms)";
  }

  private static String waitsOn(AsyncTask task) {
    Object data = task.data;
    if (data instanceof AsyncTask awaited) {
      StackTraceElement[] stack =
          awaited.thread == null ? new StackTraceElement[0] : awaited.thread.getStackTrace();
      String name = coroutineName(stack);
      return "task #" + awaited.number + (name == null ? "" : " '" + name + "'");
    }
    if (data instanceof WaitQueue queue) {
      return queue.label;
    }
    if (data instanceof GatherWait) {
      return "a gather";
    }
    if (data instanceof IoQueue) {
      return "I/O (reading or writing a stream, accepting, or a ThreadSafeFlag)";
    }
    return "nothing (it is on no queue)";
  }

  /**
   * Index of the outermost user frame of a task's stack: the frames at the bottom (thread entry,
   * this runtime) skipped; -1 if none.
   */
  static int coroutineFrame(StackTraceElement[] stack) {
    int i = stack.length - 1;
    while (i >= 0 && isRuntimeFrame(stack[i])) {
      i--;
    }
    return i;
  }

  /** The coroutine's name from a stack of its task, or null. */
  static String coroutineName(StackTraceElement[] stack) {
    int outermost = coroutineFrame(stack);
    if (outermost < 0) {
      return null;
    }
    int i = outermost;
    while (i >= 0 && isLambda(stack[i])) {
      i--;
    }
    if (i >= 0 && !isRuntimeFrame(stack[i])) {
      return stack[i].getMethodName();
    }
    // A lambda that awaits the runtime directly: there is no named coroutine.
    return "<lambda>";
  }

  static StackTraceElement innermostUserFrame(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (!isRuntimeFrame(frame)) {
        return frame;
      }
    }
    return null;
  }

  static boolean isLambda(StackTraceElement frame) {
    return frame.getMethodName().startsWith("lambda$");
  }

  /** JDK frames and this runtime's own (the asyncio stubs and this package). */
  static boolean isRuntimeFrame(StackTraceElement frame) {
    String name = frame.getClassName();
    if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
      return true;
    }
    if (name.startsWith("dev.jmpy.asyncio.internal.")) {
      return true;
    }
    String prefix = "dev.jmpy.asyncio.";
    if (!name.startsWith(prefix)) {
      return false;
    }
    String simple = name.substring(prefix.length());
    int nested = simple.indexOf('$');
    if (nested >= 0) {
      simple = simple.substring(0, nested);
    }
    return switch (simple) {
      case "Asyncio", "Task", "Event", "Lock" -> true;
      default -> false;
    };
  }
}
