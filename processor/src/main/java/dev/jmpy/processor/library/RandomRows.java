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
        // Random.nextLong(bound) is RandomGenerator's default method: Java's bounded algorithm
        .call("java.util.random.RandomGenerator#nextLong", s -> s.arity() == 1
            ? method(s.receiver(), "next_long_below", s.arg(0)) : null)
        // new SecureRandom(): Java's algorithms over the board's random bits, not Java's values,
        // which a program cannot observe (no seed repeats a SecureRandom); a seed is not mapped
        .creation("java.security.SecureRandom", s -> s.arity() == 0
            ? new PyExpr.Call(s.helper(Helper.SECURE_RANDOM), java.util.List.of()) : null)
        .call("java.security.SecureRandom#nextBytes", s -> method(s.receiver(), "next_bytes", s.arg(0)))
        .call("java.security.SecureRandom#setSeed", s -> s.arity() == 1
            && s.typeOf(s.argument(0)).getKind() == javax.lang.model.type.TypeKind.LONG
            ? method(s.receiver(), "set_seed", s.arg(0)) : null)
        .instead(RANDOM, name -> "nextInt(), nextInt(bound), nextLong(), nextBoolean(), "
            + "nextFloat() and setSeed are translated; compute others from nextInt(bound)");
  }
}
