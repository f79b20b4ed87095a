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
    // statements' targets and := in expressions (x = (count := count + 1))
    dev.jmpy.processor.python.PyNames.assigned(def.body(), assigned);
    assigned.retainAll(globals);
    List<PyStmt> body = new ArrayList<>();
    if (!assigned.isEmpty()) {
      body.add(new PyStmt.Global(List.copyOf(assigned)));
    }
    body.addAll(body(def.body()));
    return List.of(new PyStmt.FunctionDef(def.name(), def.params(), def.async(), body));
  }
}
