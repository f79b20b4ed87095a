package dev.jmpy.processor.translate;

import dev.jmpy.processor.emit.PythonPrinter;
import dev.jmpy.processor.python.PyExpr;

/** The source text of an expression, where the AST needs it inside a name (default arguments). */
final class PythonText {
  private PythonText() {}

  static String of(PyExpr expr) {
    return PythonPrinter.print(expr);
  }
}
