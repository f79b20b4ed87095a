package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders a module's class definitions so that each comes after the classes it needs while the
 * module is imported: its base classes, and what the statements after it (an enum's constants)
 * create. Java declares classes in any order (a nested class may extend its outer class, a local
 * class is declared inside the class it extends); Python runs a class statement when it is met.
 * Definitions already in a good order keep it.
 */
final class DefinitionOrder {
  private DefinitionOrder() {}

  /** A class statement with the statements that follow it (an enum's constants). */
  private record Unit(String name, List<PyStmt> statements, Set<String> needs) {}

  static List<PyStmt> order(List<PyStmt> definitions) {
    List<Unit> pending = units(definitions);
    Set<String> defined = new HashSet<>();
    Set<String> all = new HashSet<>();
    pending.forEach(u -> all.add(u.name()));
    List<PyStmt> out = new ArrayList<>();
    while (!pending.isEmpty()) {
      Unit next = pending.stream()
          .filter(u -> u.needs().stream().allMatch(n -> defined.contains(n) || !all.contains(n)
              || n.equals(u.name())))
          .findFirst()
          .orElse(pending.get(0)); // a cycle Java would not compile: keep the order
      pending.remove(next);
      defined.add(next.name());
      out.addAll(next.statements());
    }
    return out;
  }

  private static List<Unit> units(List<PyStmt> definitions) {
    List<Unit> units = new ArrayList<>();
    List<PyStmt> current = null;
    Set<String> needs = null;
    String name = null;
    for (PyStmt stmt : definitions) {
      if (stmt instanceof PyStmt.ClassDef || current == null) {
        if (current != null) {
          units.add(new Unit(name, current, needs));
        }
        current = new ArrayList<>();
        needs = new HashSet<>();
        name = stmt instanceof PyStmt.ClassDef c ? c.name() : null;
        if (stmt instanceof PyStmt.ClassDef c) {
          for (PyExpr base : c.bases()) {
            names(base, needs);
          }
          for (PyStmt member : c.body()) {
            names(member, needs); // class attributes, not methods
          }
        }
      } else {
        names(stmt, needs);
      }
      current.add(stmt);
    }
    if (current != null) {
      units.add(new Unit(name, current, needs));
    }
    return units;
  }

  private static void names(PyStmt stmt, Set<String> out) {
    switch (stmt) {
      case PyStmt.Assign a -> {
        names(a.target(), out);
        names(a.value(), out);
      }
      case PyStmt.ExprStmt e -> names(e.value(), out);
      default -> { }
    }
  }

  /** The names {@code e} reads (and the bases' names, which are {@link PyExpr.Name}s). */
  private static void names(PyExpr e, Set<String> out) {
    switch (e) {
      case PyExpr.Name n -> out.add(n.id());
      case PyExpr.Literal l -> { }
      case PyExpr.Attribute a -> names(a.value(), out);
      case PyExpr.Call c -> {
        names(c.func(), out);
        c.args().forEach(x -> names(x, out));
        c.keywords().forEach(k -> names(k.value(), out));
      }
      case PyExpr.Subscript s -> {
        names(s.value(), out);
        names(s.index(), out);
      }
      case PyExpr.Slice s -> {
        names(s.value(), out);
        if (s.lower() != null) {
          names(s.lower(), out);
        }
        if (s.upper() != null) {
          names(s.upper(), out);
        }
      }
      case PyExpr.Await a -> names(a.value(), out);
      case PyExpr.BinOp b -> {
        names(b.left(), out);
        names(b.right(), out);
      }
      case PyExpr.UnaryOp u -> names(u.operand(), out);
      case PyExpr.IfExp i -> {
        names(i.test(), out);
        names(i.body(), out);
        names(i.orElse(), out);
      }
      case PyExpr.ListExpr l -> l.elements().forEach(x -> names(x, out));
      case PyExpr.Lambda l -> { } // runs later
      case PyExpr.NamedExpr n -> names(n.value(), out);
      case PyExpr.TupleExpr t -> t.elements().forEach(x -> names(x, out));
      case PyExpr.ListComp c -> {
        names(c.element(), out);
        names(c.iter(), out);
        if (c.condition() != null) {
          names(c.condition(), out);
        }
      }
      case PyExpr.Starred s -> names(s.value(), out);
      case PyExpr.DictExpr d -> {
        d.keys().forEach(x -> names(x, out));
        d.values().forEach(x -> names(x, out));
      }
    }
  }
}
