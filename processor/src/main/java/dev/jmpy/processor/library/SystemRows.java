package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.helper;

import dev.jmpy.processor.runtime.Helper;

/**
 * {@code System.arraycopy} ({@code _jarraycopy}: Java's bounds checks, and overlapping ranges of
 * one array copied as Java copies them) and {@code Comparable.compareTo} called on a type variable
 * ({@code _jcompareto}: the value decides at run time, a String by Java's char difference, a
 * number or boolean by sign, an enum by ordinal, your class by its {@code compare_to}).
 */
final class SystemRows implements LibraryRegistry.Rows {
  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call("java.lang.System#arraycopy", s -> helper(s, Helper.ARRAY_COPY, s.args()))
        .call(Jdk.COMPARABLE + "#compareTo", s -> helper(s, Helper.COMPARE_TO,
            java.util.List.of(s.receiver(), s.arg(0))));
  }
}
