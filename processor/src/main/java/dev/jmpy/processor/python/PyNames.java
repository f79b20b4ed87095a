package dev.jmpy.processor.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What translated Python statements do with names, for the definitions jmpy nests in a function
 * (a switch expression's {@code def}): the names they assign, and whether they await. Nested
 * definitions are not looked into: their names are their own.
 */
public final class PyNames {
  private PyNames() {}

  /** Adds the names {@code body} assigns (=, op=, :=, for targets, except ... as) to {@code out}. */
  public static void assigned(List<PyStmt> body, Set<String> out) {
    for (PyStmt stmt : body) {
      switch (stmt) {
        case PyStmt.Assign a -> {
          target(a.target(), out);
          expression(a.value(), out);
        }
        case PyStmt.AugAssign a -> {
          target(a.target(), out);
          expression(a.value(), out);
        }
        case PyStmt.ExprStmt e -> expression(e.value(), out);
        case PyStmt.Return r -> {
          if (r.value() != null) {
            expression(r.value(), out);
          }
        }
        case PyStmt.If i -> {
          expression(i.test(), out);
          assigned(i.body(), out);
          assigned(i.orElse(), out);
        }
        case PyStmt.While w -> {
          expression(w.test(), out);
          assigned(w.body(), out);
        }
        case PyStmt.For f -> {
          target(f.target(), out);
          expression(f.iter(), out);
          assigned(f.body(), out);
        }
        case PyStmt.Try t -> {
          assigned(t.body(), out);
          for (PyStmt.Handler h : t.handlers()) {
            if (h.name() != null) {
              out.add(h.name());
            }
            assigned(h.body(), out);
          }
          assigned(t.finalBody(), out);
        }
        case PyStmt.With w -> {
          if (w.name() != null) {
            out.add(w.name());
          }
          assigned(w.body(), out);
        }
        case PyStmt.AsyncWith w -> assigned(w.body(), out);
        case PyStmt.Raise r -> {
          if (r.exc() != null) {
            expression(r.exc(), out);
          }
        }
        default -> { }
      }
    }
  }

  /** Whether {@code body} awaits, outside nested definitions. */
  public static boolean awaits(List<PyStmt> body) {
    List<PyExpr> expressions = new ArrayList<>();
    collectExpressions(body, expressions);
    for (PyExpr e : expressions) {
      if (awaits(e)) {
        return true;
      }
    }
    return false;
  }

  private static void collectExpressions(List<PyStmt> body, List<PyExpr> out) {
    for (PyStmt stmt : body) {
      switch (stmt) {
        case PyStmt.Assign a -> {
          out.add(a.target());
          out.add(a.value());
        }
        case PyStmt.AugAssign a -> {
          out.add(a.target());
          out.add(a.value());
        }
        case PyStmt.ExprStmt e -> out.add(e.value());
        case PyStmt.Return r -> {
          if (r.value() != null) {
            out.add(r.value());
          }
        }
        case PyStmt.If i -> {
          out.add(i.test());
          collectExpressions(i.body(), out);
          collectExpressions(i.orElse(), out);
        }
        case PyStmt.While w -> {
          out.add(w.test());
          collectExpressions(w.body(), out);
        }
        case PyStmt.For f -> {
          out.add(f.iter());
          collectExpressions(f.body(), out);
        }
        case PyStmt.Try t -> {
          collectExpressions(t.body(), out);
          for (PyStmt.Handler h : t.handlers()) {
            collectExpressions(h.body(), out);
          }
          collectExpressions(t.finalBody(), out);
        }
        case PyStmt.With w -> {
          out.add(w.context());
          collectExpressions(w.body(), out);
        }
        case PyStmt.AsyncWith w -> {
          // async with awaits by itself
          out.add(new PyExpr.Await(w.context()));
          collectExpressions(w.body(), out);
        }
        case PyStmt.Raise r -> {
          if (r.exc() != null) {
            out.add(r.exc());
          }
        }
        default -> { }
      }
    }
  }

  private static boolean awaits(PyExpr e) {
    if (e instanceof PyExpr.Await) {
      return true;
    }
    if (e instanceof PyExpr.Lambda) {
      return false; // its own function
    }
    for (PyExpr child : children(e)) {
      if (awaits(child)) {
        return true;
      }
    }
    return false;
  }

  private static void target(PyExpr target, Set<String> out) {
    if (target instanceof PyExpr.Name n) {
      out.add(n.id());
    } else if (target instanceof PyExpr.TupleExpr t) {
      t.elements().forEach(e -> target(e, out));
    } else {
      expression(target, out);
    }
  }

  /** Adds the names {@code :=} assigns inside {@code e} (not inside its lambdas) to {@code out}. */
  public static void expression(PyExpr e, Set<String> out) {
    if (e instanceof PyExpr.NamedExpr named) {
      out.add(named.target());
    }
    if (e instanceof PyExpr.Lambda) {
      return;
    }
    for (PyExpr child : children(e)) {
      expression(child, out);
    }
  }

  /** The sub-expressions of {@code e}. */
  public static List<PyExpr> children(PyExpr e) {
    List<PyExpr> out = new ArrayList<>();
    switch (e) {
      case PyExpr.Name n -> { }
      case PyExpr.Literal l -> { }
      case PyExpr.Attribute a -> out.add(a.value());
      case PyExpr.Call c -> {
        out.add(c.func());
        out.addAll(c.args());
        c.keywords().forEach(k -> out.add(k.value()));
      }
      case PyExpr.Subscript s -> {
        out.add(s.value());
        out.add(s.index());
      }
      case PyExpr.Slice s -> {
        out.add(s.value());
        if (s.lower() != null) {
          out.add(s.lower());
        }
        if (s.upper() != null) {
          out.add(s.upper());
        }
      }
      case PyExpr.Await a -> out.add(a.value());
      case PyExpr.BinOp b -> {
        out.add(b.left());
        out.add(b.right());
      }
      case PyExpr.UnaryOp u -> out.add(u.operand());
      case PyExpr.IfExp i -> {
        out.add(i.test());
        out.add(i.body());
        out.add(i.orElse());
      }
      case PyExpr.ListExpr l -> out.addAll(l.elements());
      case PyExpr.NamedExpr n -> out.add(n.value());
      case PyExpr.TupleExpr t -> out.addAll(t.elements());
      case PyExpr.ListComp c -> {
        out.add(c.element());
        out.add(c.iter());
        if (c.condition() != null) {
          out.add(c.condition());
        }
      }
      case PyExpr.Starred s -> out.add(s.value());
      case PyExpr.DictExpr d -> {
        out.addAll(d.keys());
        out.addAll(d.values());
      }
      case PyExpr.Lambda l -> {
        out.add(l.body());
        l.params().forEach(p -> {
          if (p.value() != null) {
            out.add(p.value());
          }
        });
      }
    }
    return out;
  }
}
