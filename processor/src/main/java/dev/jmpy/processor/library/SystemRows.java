package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.helper;

import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.runtime.Helper;

/**
 * {@code System.arraycopy} ({@code _jarraycopy}: Java's bounds checks, and overlapping ranges of
 * one array copied as Java copies them) and {@code Comparable.compareTo} called on a type variable
 * ({@code _jcompareto}: the value decides at run time, a String by Java's char difference, a
 * number or boolean by sign, an enum by ordinal, your class by its {@code compare_to}).
 * {@code System.currentTimeMillis/nanoTime} (the host's clock) and {@code System.exit} (a board
 * restarts main.py) are rejected with the reason (JMPY161, JMPY162).
 */
final class SystemRows implements LibraryRegistry.Rows {
  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call("java.lang.System#arraycopy", s -> helper(s, Helper.ARRAY_COPY, s.args()))
        .call(Jdk.COMPARABLE + "#compareTo", s -> helper(s, Helper.COMPARE_TO,
            java.util.List.of(s.receiver(), s.arg(0))))
        .call("java.lang.System#currentTimeMillis", SystemRows::hostClock)
        .call("java.lang.System#nanoTime", SystemRows::hostClock)
        .call("java.lang.System#exit", s -> s.reject(Message.SYSTEM_EXIT, "System.exit()",
            "return from main (a board then stays in its REPL), or raise an exception"));
  }

  private static dev.jmpy.processor.python.PyExpr hostClock(CallSite s) {
    return s.reject(Message.HOST_CLOCK, "System." + s.method().getSimpleName() + "()",
        "write Time.ticksMs()/ticksUs() with Time.ticksDiff (dev.jmpy.time) for durations, which "
            + "tests run in virtual time, or a seed you choose for new Random(seed)");
  }
}
