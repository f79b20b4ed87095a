package dev.jmpy.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyExpr.BinOp;
import dev.jmpy.processor.python.PyExpr.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer adds exactly the parentheses Python's precedence needs. */
class PythonPrinterTest {
  private static final PyExpr A = new Name("a");
  private static final PyExpr B = new Name("b");
  private static final PyExpr C = new Name("c");

  @Test
  void leftAssociativeOperatorsParenthesiseOnlyTheRight() {
    assertEquals("a - b - c", PythonPrinter.print(new BinOp(new BinOp(A, "-", B), "-", C)));
    assertEquals("a - (b - c)", PythonPrinter.print(new BinOp(A, "-", new BinOp(B, "-", C))));
    assertEquals("(a + b) * c", PythonPrinter.print(new BinOp(new BinOp(A, "+", B), "*", C)));
  }

  @Test
  void comparisonsNeverChain() {
    // Java's (a < b) == c must not become Python's chained a < b == c.
    assertEquals("(a < b) == c", PythonPrinter.print(new BinOp(new BinOp(A, "<", B), "==", C)));
  }

  @Test
  void awaitBindsTighterThanOperatorsAndLooserThanCalls() {
    PyExpr call = new PyExpr.Call(new Name("f"), List.of());
    assertEquals("await f() + 1",
        PythonPrinter.print(new BinOp(new PyExpr.Await(call), "+", new PyExpr.Literal("1"))));
    assertEquals("(await f()).x", PythonPrinter.print(new PyExpr.Attribute(new PyExpr.Await(call), "x")));
  }

  @Test
  void conditionalAndNotAndNegativeLiterals() {
    PyExpr cond = new PyExpr.IfExp(A, B, new PyExpr.IfExp(C, A, B));
    assertEquals("b if a else a if c else b", PythonPrinter.print(cond));
    assertEquals("not (a and b)", PythonPrinter.print(new PyExpr.UnaryOp("not", new BinOp(A, "and", B))));
    assertEquals("(-1).x", PythonPrinter.print(new PyExpr.Attribute(new PyExpr.Literal("-1"), "x")));
    assertEquals("-(a + b)", PythonPrinter.print(new PyExpr.UnaryOp("-", new BinOp(A, "+", B))));
  }
}
