package dev.jmpy.processor.python;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A side table from Python statements (by identity: two {@code break} statements are equal records)
 * to the Java statement each was translated from, for the module's line map. The translator fills it
 * at its one statement entry point; {@link #carryOver} follows a lowering pass that rebuilt
 * statements; the printer then says which Python line each statement got.
 */
public final class LineOrigins {
  private final Map<PyStmt, JavaOrigin> origins = new IdentityHashMap<>();

  /**
   * Records {@code origin} for each of {@code statements} and the statements nested in them that
   * have none yet (an inner Java statement was recorded first, with its own line).
   */
  public void recordAll(List<PyStmt> statements, JavaOrigin origin) {
    for (PyStmt stmt : statements) {
      origins.putIfAbsent(stmt, origin);
      for (List<PyStmt> body : bodies(stmt)) {
        recordAll(body, origin);
      }
    }
  }

  /** The Java origin of {@code stmt}, or null for code jmpy made up (imports, helpers, ...). */
  public JavaOrigin get(PyStmt stmt) {
    return origins.get(stmt);
  }

  /**
   * Gives the statements of {@code after}, a pass's rewrite of {@code before}, the origins of the
   * statements they replace. Passes keep the shape of the code and only insert declarations
   * ({@code global x}), so the two trees are walked side by side, skipping inserted statements.
   */
  public void carryOver(List<PyStmt> before, List<PyStmt> after) {
    int i = 0;
    for (PyStmt next : after) {
      if (i >= before.size()) {
        return;
      }
      PyStmt old = before.get(i);
      if (next.getClass() != old.getClass()) {
        continue; // inserted by the pass
      }
      i++;
      if (next != old) {
        JavaOrigin origin = origins.get(old);
        if (origin != null) {
          origins.putIfAbsent(next, origin);
        }
        List<List<PyStmt>> oldBodies = bodies(old);
        List<List<PyStmt>> newBodies = bodies(next);
        for (int b = 0; b < Math.min(oldBodies.size(), newBodies.size()); b++) {
          carryOver(oldBodies.get(b), newBodies.get(b));
        }
      }
    }
  }

  /** The statement lists nested in {@code stmt}, in printing order. */
  public static List<List<PyStmt>> bodies(PyStmt stmt) {
    return switch (stmt) {
      case PyStmt.If s -> List.of(s.body(), s.orElse());
      case PyStmt.While s -> List.of(s.body());
      case PyStmt.For s -> List.of(s.body());
      case PyStmt.With s -> List.of(s.body());
      case PyStmt.AsyncWith s -> List.of(s.body());
      case PyStmt.FunctionDef s -> List.of(s.body());
      case PyStmt.ClassDef s -> List.of(s.body());
      case PyStmt.Try s -> {
        List<List<PyStmt>> all = new java.util.ArrayList<>();
        all.add(s.body());
        for (PyStmt.Handler h : s.handlers()) {
          all.add(h.body());
        }
        all.add(s.finalBody());
        yield all;
      }
      default -> List.of();
    };
  }
}
