package dev.jmpy.processor.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.processor.emit.PythonPrinter;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlobalDeclarationsTest {
  @Test
  void declaresEveryModuleVariableAFunctionAssignsAndNothingElse() {
    PyExpr total = new PyExpr.Name("total");
    PyExpr count = new PyExpr.Name("count");
    PyStmt reads = new PyStmt.FunctionDef("reads", List.of(), false,
        List.of(new PyStmt.Return(total)));
    PyStmt writes = new PyStmt.FunctionDef("writes", List.of(), true, List.of(
        new PyStmt.If(new PyExpr.Literal("True"),
            List.of(new PyStmt.AugAssign(count, "+", new PyExpr.Literal("1"))), List.of()),
        new PyStmt.Assign(new PyExpr.Name("local"), total),
        new PyStmt.Assign(total, new PyExpr.Literal("0"))));
    PyModuleFile file = new PyModuleFile("m.py", List.of(
        new PyStmt.Assign(total, new PyExpr.Literal("0")),
        new PyStmt.Assign(count, new PyExpr.Literal("0")),
        reads, writes));

    String printed = PythonPrinter.print(Passes.lower(file, Set.of("total", "count")));

    assertEquals("""
        total = 0
        count = 0


        def reads():
            return total


        async def writes():
            global count, total
            if True:
                count += 1
            local = total
            total = 0
        """, printed);
  }

  /** A def placed in a with block (a block lambda inside try-with-resources) declares its own. */
  @Test
  void declaresTheModuleVariablesADefInsideAWithBlockAssigns() {
    PyExpr count = new PyExpr.Name("count");
    PyStmt lambda = new PyStmt.FunctionDef("_lambda", List.of(), false,
        List.of(new PyStmt.AugAssign(count, "+", new PyExpr.Literal("1"))));
    PyStmt main = new PyStmt.FunctionDef("main", List.of(), false, List.of(
        new PyStmt.With(new PyExpr.Call(new PyExpr.Name("Session"), List.of()), "session",
            List.of(lambda, new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Name("_lambda"),
                List.of()))))));
    PyModuleFile file = new PyModuleFile("m.py", List.of(
        new PyStmt.Assign(count, new PyExpr.Literal("0")), main));

    String printed = PythonPrinter.print(Passes.lower(file, Set.of("count")));

    assertEquals("""
        count = 0


        def main():
            with Session() as session:
                def _lambda():
                    global count
                    count += 1

                _lambda()
        """, printed);
  }

  @Test
  void leavesHelperDefinitionsAlone() {
    PyExpr h = new PyExpr.Name("h");
    PyStmt helper = new PyStmt.Verbatim("""
        def _jhash(s):
            h = 0
            return h
        """);
    PyStmt user = new PyStmt.FunctionDef("bump", List.of(), false, List.of(
        new PyStmt.AugAssign(h, "+", new PyExpr.Literal("1"))));
    PyModuleFile file = new PyModuleFile("m.py", List.of(helper,
        new PyStmt.Assign(h, new PyExpr.Literal("7")), user));

    String printed = PythonPrinter.print(Passes.lower(file, Set.of("h")));

    assertEquals("""
        def _jhash(s):
            h = 0
            return h


        h = 7


        def bump():
            global h
            h += 1
        """, printed);
  }

  @Test
  void declaresTheModuleVariablesANestedDefinitionAssignsInThatDefinition() {
    PyExpr count = new PyExpr.Name("count");
    PyStmt lambda = new PyStmt.FunctionDef("_lambda", List.of(), false,
        List.of(new PyStmt.AugAssign(count, "+", new PyExpr.Literal("1"))));
    PyStmt outer = new PyStmt.FunctionDef("main", List.of(), false, List.of(
        new PyStmt.If(new PyExpr.Literal("True"), List.of(lambda), List.of()),
        new PyStmt.Return(count)));
    PyModuleFile file = new PyModuleFile("m.py", List.of(outer));

    String printed = PythonPrinter.print(Passes.lower(file, Set.of("count")));

    assertEquals("""
        def main():
            if True:
                def _lambda():
                    global count
                    count += 1
            return count
        """, printed);
  }
}
