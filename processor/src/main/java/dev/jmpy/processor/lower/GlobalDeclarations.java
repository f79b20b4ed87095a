package dev.jmpy.processor.lower;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds {@code global x} to each function that assigns the module-level variable {@code x} (a Java
 * static field). Without it Python would make {@code x} a new local. Locals never share a name with
 * a module-level variable (the translator renames them), so every such assignment is a global one.
 */
final class GlobalDeclarations {
  private GlobalDeclarations() {}

  static PyModuleFile apply(PyModuleFile file, Set<String> moduleVariables) {
    if (moduleVariables.isEmpty()) {
      return file;
    }
    // A helper is verbatim source: its locals (lo, h, old, ...) stay locals, whatever the
    // module's variables are called.
    return new PyModuleFile(file.path(), rewriteDefinitions(file.body(), moduleVariables));
  }

  private static List<PyStmt> rewriteDefinitions(List<PyStmt> body, Set<String> globals) {
    List<PyStmt> out = new ArrayList<>();
    for (PyStmt stmt : body) {
      switch (stmt) {
        case PyStmt.FunctionDef def -> {
          Set<String> assigned = new LinkedHashSet<>();
          collectAssigned(def.body(), globals, assigned);
          List<PyStmt> newBody = new ArrayList<>();
          if (!assigned.isEmpty()) {
            newBody.add(new PyStmt.Global(List.copyOf(assigned)));
          }
          newBody.addAll(rewriteNested(def.body(), globals));
          out.add(new PyStmt.FunctionDef(def.name(), def.params(), def.async(), newBody));
        }
        case PyStmt.ClassDef cls -> out.add(new PyStmt.ClassDef(cls.name(), cls.bases(),
            rewriteDefinitions(cls.body(), globals)));
        default -> out.add(stmt);
      }
    }
    return out;
  }

  /**
   * The definitions nested in a function's body (a block lambda's {@code def}), which need their
   * own {@code global}: the enclosing function's does not reach into them.
   */
  private static List<PyStmt> rewriteNested(List<PyStmt> body, Set<String> globals) {
    List<PyStmt> out = new ArrayList<>();
    for (PyStmt stmt : body) {
      out.add(switch (stmt) {
        case PyStmt.FunctionDef def -> rewriteDefinitions(List.of(def), globals).get(0);
        case PyStmt.ClassDef cls -> rewriteDefinitions(List.of(cls), globals).get(0);
        case PyStmt.If i -> new PyStmt.If(i.test(), rewriteNested(i.body(), globals),
            rewriteNested(i.orElse(), globals));
        case PyStmt.While w -> new PyStmt.While(w.test(), rewriteNested(w.body(), globals));
        case PyStmt.For f -> new PyStmt.For(f.target(), f.iter(), rewriteNested(f.body(), globals));
        case PyStmt.AsyncWith w -> new PyStmt.AsyncWith(w.context(),
            rewriteNested(w.body(), globals));
        case PyStmt.Try t -> new PyStmt.Try(rewriteNested(t.body(), globals),
            t.handlers().stream().map(h -> new PyStmt.Handler(h.types(), h.name(),
                rewriteNested(h.body(), globals))).toList(),
            rewriteNested(t.finalBody(), globals));
        default -> stmt;
      });
    }
    return out;
  }

  private static void collectAssigned(List<PyStmt> body, Set<String> globals, Set<String> out) {
    for (PyStmt stmt : body) {
      switch (stmt) {
        case PyStmt.Assign a -> target(a.target(), globals, out);
        case PyStmt.AugAssign a -> target(a.target(), globals, out);
        case PyStmt.For f -> {
          target(f.target(), globals, out);
          collectAssigned(f.body(), globals, out);
        }
        case PyStmt.If i -> {
          collectAssigned(i.body(), globals, out);
          collectAssigned(i.orElse(), globals, out);
        }
        case PyStmt.While w -> collectAssigned(w.body(), globals, out);
        case PyStmt.AsyncWith w -> collectAssigned(w.body(), globals, out);
        case PyStmt.With w -> collectAssigned(w.body(), globals, out);
        case PyStmt.Try t -> {
          collectAssigned(t.body(), globals, out);
          for (PyStmt.Handler h : t.handlers()) {
            collectAssigned(h.body(), globals, out);
          }
          collectAssigned(t.finalBody(), globals, out);
        }
        default -> { }
      }
    }
  }

  private static void target(PyExpr target, Set<String> globals, Set<String> out) {
    if (target instanceof PyExpr.Name n && globals.contains(n.id())) {
      out.add(n.id());
    } else if (target instanceof PyExpr.TupleExpr t) {
      t.elements().forEach(e -> target(e, globals, out));
    }
  }
}
