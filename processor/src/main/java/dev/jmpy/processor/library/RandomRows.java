package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.method;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;

/**
 * {@code java.util.Random}: {@code _JRandom}, Java's own generator, so {@code new Random(seed)}
 * gives Java's sequence on the board ({@code new Random()} seeds from MicroPython's random).
 */
final class RandomRows implements LibraryRegistry.Rows {
  private static final String RANDOM = "java.util.Random";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String random = RANDOM + "#";
    rows.creation(RANDOM, s -> new PyExpr.Call(s.helper(Helper.RANDOM), s.args()))
        .call(random + "nextInt", s -> s.arity() <= 1
            ? method(s.receiver(), "next_int", s.args().toArray(PyExpr[]::new)) : null)
        .call(random + "nextLong", s -> s.arity() == 0 ? method(s.receiver(), "next_long") : null)
        .call(random + "nextBoolean", s -> method(s.receiver(), "next_boolean"))
        .call(random + "nextFloat", s -> s.arity() == 0 ? method(s.receiver(), "next_float") : null)
        .call(random + "nextDouble", s -> s.arity() == 0 ? method(s.receiver(), "next_double") : null)
        .call(random + "setSeed", s -> method(s.receiver(), "set_seed", s.arg(0)))
        .instead(RANDOM, name -> "nextInt(), nextInt(bound), nextLong(), nextBoolean(), "
            + "nextFloat() and setSeed are translated; compute others from nextInt(bound)");
  }
}
