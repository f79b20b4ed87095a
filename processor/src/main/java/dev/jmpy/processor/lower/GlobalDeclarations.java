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
 * Each {@code def}, nested ones included (a block lambda's, wherever it is placed), declares what
 * its own body assigns: an enclosing function's {@code global} does not reach into it.
 */
final class GlobalDeclarations extends Rewriter {
  private final Set<String> globals;

  private GlobalDeclarations(Set<String> globals) {
    this.globals = globals;
  }

  static PyModuleFile apply(PyModuleFile file, Set<String> moduleVariables) {
    if (moduleVariables.isEmpty()) {
      return file;
    }
    return new PyModuleFile(file.path(), new GlobalDeclarations(moduleVariables).body(file.body()));
  }

  @Override
  List<PyStmt> statement(PyStmt stmt) {
    if (!(stmt instanceof PyStmt.FunctionDef def)) {
      return super.statement(stmt);
    }
    Set<String> assigned = new LinkedHashSet<>();
    collectAssigned(def.body(), assigned);
    List<PyStmt> body = new ArrayList<>();
    if (!assigned.isEmpty()) {
      body.add(new PyStmt.Global(List.copyOf(assigned)));
    }
    body.addAll(body(def.body()));
    return List.of(new PyStmt.FunctionDef(def.name(), def.params(), def.async(), body));
  }

  /** The module variables {@code body} assigns, not counting the definitions nested in it. */
  private void collectAssigned(List<PyStmt> body, Set<String> out) {
    for (PyStmt stmt : body) {
      switch (stmt) {
        case PyStmt.Assign s -> target(s.target(), out);
        case PyStmt.AugAssign s -> target(s.target(), out);
        case PyStmt.For s -> {
          target(s.target(), out);
          collectAssigned(s.body(), out);
        }
        case PyStmt.If s -> {
          collectAssigned(s.body(), out);
          collectAssigned(s.orElse(), out);
        }
        case PyStmt.While s -> collectAssigned(s.body(), out);
        case PyStmt.With s -> collectAssigned(s.body(), out);
        case PyStmt.AsyncWith s -> collectAssigned(s.body(), out);
        case PyStmt.Try s -> {
          collectAssigned(s.body(), out);
          for (PyStmt.Handler h : s.handlers()) {
            collectAssigned(h.body(), out);
          }
          collectAssigned(s.finalBody(), out);
        }
        // Their own scopes: a nested def declares its own globals; a class body's names are
        // class attributes.
        case PyStmt.FunctionDef s -> { }
        case PyStmt.ClassDef s -> { }
        case PyStmt.ExprStmt s -> { }
        case PyStmt.Return s -> { }
        case PyStmt.Raise s -> { }
        case PyStmt.Break s -> { }
        case PyStmt.Continue s -> { }
        case PyStmt.Pass s -> { }
        case PyStmt.Global s -> { }
        case PyStmt.Import s -> { }
        case PyStmt.ImportFrom s -> { }
        case PyStmt.Comment s -> { }
        case PyStmt.Verbatim s -> { }
      }
    }
  }

  private void target(PyExpr target, Set<String> out) {
    if (target instanceof PyExpr.Name n && globals.contains(n.id())) {
      out.add(n.id());
    } else if (target instanceof PyExpr.TupleExpr t) {
      t.elements().forEach(e -> target(e, out));
    }
  }
}
