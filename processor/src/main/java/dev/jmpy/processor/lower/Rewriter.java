package dev.jmpy.processor.lower;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * A rewrite of the Python AST, bottom-up. Every kind of statement and expression has its case in
 * {@link #children(PyStmt)} and {@link #children(PyExpr)}, with no default: a new kind does not
 * compile until each rewrite knows how to go through it, so no pass can forget one. A pass
 * overrides {@link #statement} or {@link #expression} for the kinds it changes.
 */
abstract class Rewriter {
  /** The rewritten statements of a body; a statement may become several, or none. */
  List<PyStmt> body(List<PyStmt> body) {
    List<PyStmt> out = new ArrayList<>();
    for (PyStmt stmt : body) {
      out.addAll(statement(stmt));
    }
    return out;
  }

  /** A statement's rewrite; by default, the same statement with its parts rewritten. */
  List<PyStmt> statement(PyStmt stmt) {
    return List.of(children(stmt));
  }

  /** An expression's rewrite; by default, the same expression with its parts rewritten. */
  PyExpr expression(PyExpr expr) {
    return children(expr);
  }

  /** {@code stmt} with its bodies and expressions rewritten. */
  final PyStmt children(PyStmt stmt) {
    return switch (stmt) {
      case PyStmt.Assign s -> new PyStmt.Assign(expression(s.target()), expression(s.value()));
      case PyStmt.AugAssign s -> new PyStmt.AugAssign(expression(s.target()), s.op(),
          expression(s.value()));
      case PyStmt.ExprStmt s -> new PyStmt.ExprStmt(expression(s.value()));
      case PyStmt.Return s -> new PyStmt.Return(optional(s.value()));
      case PyStmt.If s -> new PyStmt.If(expression(s.test()), body(s.body()), body(s.orElse()));
      case PyStmt.While s -> new PyStmt.While(expression(s.test()), body(s.body()));
      case PyStmt.For s -> new PyStmt.For(expression(s.target()), expression(s.iter()),
          body(s.body()));
      case PyStmt.Try s -> new PyStmt.Try(body(s.body()), s.handlers().stream()
          .map(h -> new PyStmt.Handler(expressions(h.types()), h.name(), body(h.body())))
          .toList(), body(s.finalBody()));
      case PyStmt.With s -> new PyStmt.With(expression(s.context()), s.name(), body(s.body()));
      case PyStmt.AsyncWith s -> new PyStmt.AsyncWith(expression(s.context()), body(s.body()));
      case PyStmt.FunctionDef s -> new PyStmt.FunctionDef(s.name(), s.params(), s.async(),
          body(s.body()));
      case PyStmt.ClassDef s -> new PyStmt.ClassDef(s.name(), expressions(s.bases()),
          body(s.body()));
      case PyStmt.Raise s -> new PyStmt.Raise(optional(s.exc()));
      case PyStmt.Break s -> s;
      case PyStmt.Continue s -> s;
      case PyStmt.Pass s -> s;
      case PyStmt.Global s -> s;
      case PyStmt.Import s -> s;
      case PyStmt.ImportFrom s -> s;
      case PyStmt.Comment s -> s;
      case PyStmt.Verbatim s -> s; // a helper's own source, with its own names
    };
  }

  /** {@code expr} with its parts rewritten. */
  final PyExpr children(PyExpr expr) {
    return switch (expr) {
      case PyExpr.Name e -> e;
      case PyExpr.Literal e -> e;
      case PyExpr.Attribute e -> new PyExpr.Attribute(expression(e.value()), e.attr());
      case PyExpr.Call e -> new PyExpr.Call(expression(e.func()), expressions(e.args()),
          e.keywords().stream().map(k -> new PyExpr.Keyword(k.name(), expression(k.value())))
              .toList());
      case PyExpr.Subscript e -> new PyExpr.Subscript(expression(e.value()), expression(e.index()));
      case PyExpr.Slice e -> new PyExpr.Slice(expression(e.value()), optional(e.lower()),
          optional(e.upper()));
      case PyExpr.Await e -> new PyExpr.Await(expression(e.value()));
      case PyExpr.BinOp e -> new PyExpr.BinOp(expression(e.left()), e.op(), expression(e.right()));
      case PyExpr.UnaryOp e -> new PyExpr.UnaryOp(e.op(), expression(e.operand()));
      case PyExpr.IfExp e -> new PyExpr.IfExp(expression(e.test()), expression(e.body()),
          expression(e.orElse()));
      case PyExpr.ListExpr e -> new PyExpr.ListExpr(expressions(e.elements()));
      case PyExpr.NamedExpr e -> new PyExpr.NamedExpr(e.target(), expression(e.value()));
      case PyExpr.TupleExpr e -> new PyExpr.TupleExpr(expressions(e.elements()));
      case PyExpr.ListComp e -> new PyExpr.ListComp(expression(e.element()), e.target(),
          expression(e.iter()), optional(e.condition()));
      case PyExpr.Starred e -> new PyExpr.Starred(expression(e.value()));
      case PyExpr.DictExpr e -> new PyExpr.DictExpr(expressions(e.keys()),
          expressions(e.values()));
      case PyExpr.Lambda e -> new PyExpr.Lambda(e.params().stream()
          .map(p -> new PyExpr.Param(p.name(), optional(p.value()))).toList(),
          expression(e.body()));
    };
  }

  private List<PyExpr> expressions(List<PyExpr> list) {
    return list.stream().map(this::expression).toList();
  }

  private PyExpr optional(PyExpr expr) {
    return expr == null ? null : expression(expr);
  }
}
