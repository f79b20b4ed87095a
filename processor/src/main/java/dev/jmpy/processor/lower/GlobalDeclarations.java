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
          // statements' targets and := in expressions (x = (count := count + 1))
          dev.jmpy.processor.python.PyNames.assigned(def.body(), assigned);
          assigned.retainAll(globals);
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
}
