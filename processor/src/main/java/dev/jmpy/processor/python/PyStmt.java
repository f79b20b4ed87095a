package dev.jmpy.processor.python;

import java.util.List;

/** A Python statement. Bodies are lists; the printer writes {@code pass} for an empty one. */
public sealed interface PyStmt {

  /** {@code target = value}. */
  record Assign(PyExpr target, PyExpr value) implements PyStmt {}

  /** {@code target op= value}, {@code op} without the {@code =}. */
  record AugAssign(PyExpr target, String op, PyExpr value) implements PyStmt {}

  /** An expression evaluated for its effect. */
  record ExprStmt(PyExpr value) implements PyStmt {}

  /** {@code return} or {@code return value}; {@code value} may be null. */
  record Return(PyExpr value) implements PyStmt {}

  /** {@code if test: body else: orElse}; an {@code else} holding only an If prints as {@code elif}. */
  record If(PyExpr test, List<PyStmt> body, List<PyStmt> orElse) implements PyStmt {}

  /** {@code while test: body}. */
  record While(PyExpr test, List<PyStmt> body) implements PyStmt {}

  /** {@code for target in iter: body}; the target is a name or a tuple of names ({@code k, v}). */
  record For(PyExpr target, PyExpr iter, List<PyStmt> body) implements PyStmt {
    public For(String name, PyExpr iter, List<PyStmt> body) {
      this(new PyExpr.Name(name), iter, body);
    }
  }

  /** {@code break}. */
  record Break() implements PyStmt {}

  /** {@code continue}. */
  record Continue() implements PyStmt {}

  /** {@code pass}. */
  record Pass() implements PyStmt {}

  /** {@code global a, b}. */
  record Global(List<String> names) implements PyStmt {}

  /** {@code raise} (re-raise when {@code exc} is null) or {@code raise exc}. */
  record Raise(PyExpr exc) implements PyStmt {}

  /** {@code try: body except ...: ... finally: finalBody}. */
  record Try(List<PyStmt> body, List<Handler> handlers, List<PyStmt> finalBody) implements PyStmt {}

  /** {@code with context as name: body}; {@code name} may be null. */
  record With(PyExpr context, String name, List<PyStmt> body) implements PyStmt {}

  /** {@code async with context: body}. */
  record AsyncWith(PyExpr context, List<PyStmt> body) implements PyStmt {}

  /** {@code except (types) as name: body}; {@code name} may be null. */
  record Handler(List<PyExpr> types, String name, List<PyStmt> body) {}

  /** {@code import module} or {@code import module as alias}; {@code alias} may be null. */
  record Import(String module, String alias) implements PyStmt {}

  /** {@code from module import name}, or {@code ... as alias} when the alias is not null. */
  record ImportFrom(String module, String name, String alias) implements PyStmt {
    public ImportFrom(String module, String name) {
      this(module, name, null);
    }
  }

  /** {@code def name(params): body} or {@code async def}. */
  record FunctionDef(String name, List<String> params, boolean async, List<PyStmt> body)
      implements PyStmt {}

  /** {@code class name(bases): body}. */
  record ClassDef(String name, List<PyExpr> bases, List<PyStmt> body) implements PyStmt {}

  /** A {@code # comment} line. */
  record Comment(String text) implements PyStmt {}

  /**
   * Python source printed as it is, line by line at the statement's indent: one of jmpy's own
   * helper definitions, read from its {@code .py} resource ({@code runtime/Helper}). Lowering
   * passes leave it alone; its names are its own.
   */
  record Verbatim(String source) implements PyStmt {}
}
