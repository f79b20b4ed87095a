package dev.jmpy.processor.emit;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints the Python AST as source: four-space indents, two blank lines around top-level
 * definitions, one around methods, and only the parentheses that precedence requires. It decides
 * nothing about meaning; that is the translator's and the passes' job.
 */
public final class PythonPrinter {
  private final StringBuilder out = new StringBuilder();
  /** Where each statement's first line was printed (1-based), when asked for; else null. */
  private final Map<PyStmt, Integer> printedAt;
  private int linesPrinted;

  private PythonPrinter(Map<PyStmt, Integer> printedAt) {
    this.printedAt = printedAt;
  }

  private PythonPrinter() {
    this(null);
  }

  /** The source text of {@code file}. */
  public static String print(PyModuleFile file) {
    return print(file, null);
  }

  /**
   * The source text of {@code file}; puts into {@code printedAt} (an identity map, when not null)
   * the line each statement's first line was printed on, for the module's line map.
   */
  public static String print(PyModuleFile file, Map<PyStmt, Integer> printedAt) {
    PythonPrinter printer = new PythonPrinter(printedAt);
    printer.block(file.body(), 0, true);
    String text = printer.out.toString();
    return text.isEmpty() ? "" : text.stripTrailing() + "\n";
  }

  /** The source text of one expression, for tests and messages. */
  public static String print(PyExpr expr) {
    return new PythonPrinter().expr(expr);
  }

  private void block(List<PyStmt> body, int depth, boolean topLevel) {
    if (body.isEmpty()) {
      line(depth, "pass");
      return;
    }
    PyStmt previous = null;
    for (PyStmt stmt : body) {
      if (previous != null) {
        int blank = blankLines(previous, stmt, topLevel);
        out.append("\n".repeat(blank));
        linesPrinted += blank;
      }
      stmt(stmt, depth);
      previous = stmt;
    }
  }

  /** PEP 8: two blank lines around top-level definitions, one around methods and after imports. */
  private static int blankLines(PyStmt previous, PyStmt next, boolean topLevel) {
    boolean prevDef = isDefinition(previous);
    boolean nextDef = isDefinition(next);
    if (prevDef || nextDef) {
      return topLevel ? 2 : 1;
    }
    boolean prevImport = previous instanceof PyStmt.Import || previous instanceof PyStmt.ImportFrom;
    boolean nextImport = next instanceof PyStmt.Import || next instanceof PyStmt.ImportFrom;
    return prevImport && !nextImport ? 1 : 0;
  }

  /** A def or class; a helper's verbatim source is one. */
  private static boolean isDefinition(PyStmt stmt) {
    return stmt instanceof PyStmt.FunctionDef || stmt instanceof PyStmt.ClassDef
        || stmt instanceof PyStmt.Verbatim;
  }

  private void stmt(PyStmt stmt, int depth) {
    if (printedAt != null) {
      printedAt.put(stmt, linesPrinted + 1);
    }
    switch (stmt) {
      case PyStmt.Assign s -> line(depth, expr(s.target()) + " = " + expr(s.value()));
      case PyStmt.AugAssign s ->
          line(depth, expr(s.target()) + " " + s.op() + "= " + expr(s.value()));
      case PyStmt.ExprStmt s -> line(depth, expr(s.value()));
      case PyStmt.Return s ->
          line(depth, s.value() == null ? "return" : "return " + expr(s.value()));
      case PyStmt.If s -> ifChain(s, depth, "if ");
      case PyStmt.While s -> {
        line(depth, "while " + expr(s.test()) + ":");
        block(s.body(), depth + 1, false);
      }
      case PyStmt.For s -> {
        String target = s.target() instanceof PyExpr.TupleExpr t
            ? t.elements().stream().map(this::expr).collect(Collectors.joining(", "))
            : expr(s.target());
        line(depth, "for " + target + " in " + expr(s.iter()) + ":");
        block(s.body(), depth + 1, false);
      }
      case PyStmt.Break s -> line(depth, "break");
      case PyStmt.Continue s -> line(depth, "continue");
      case PyStmt.Pass s -> line(depth, "pass");
      case PyStmt.Global s -> line(depth, "global " + String.join(", ", s.names()));
      case PyStmt.Raise s -> line(depth, s.exc() == null ? "raise" : "raise " + expr(s.exc()));
      case PyStmt.With s -> {
        line(depth, "with " + expr(s.context()) + (s.name() == null ? "" : " as " + s.name()) + ":");
        block(s.body(), depth + 1, false);
      }
      case PyStmt.AsyncWith s -> {
        line(depth, "async with " + expr(s.context()) + ":");
        block(s.body(), depth + 1, false);
      }
      case PyStmt.Try s -> {
        line(depth, "try:");
        block(s.body(), depth + 1, false);
        for (PyStmt.Handler h : s.handlers()) {
          StringBuilder head = new StringBuilder("except");
          if (!h.types().isEmpty()) {
            head.append(' ');
            head.append(h.types().size() == 1
                ? expr(h.types().get(0))
                : "(" + h.types().stream().map(this::expr).collect(Collectors.joining(", ")) + ")");
          }
          if (h.name() != null) {
            head.append(" as ").append(h.name());
          }
          line(depth, head + ":");
          block(h.body(), depth + 1, false);
        }
        if (!s.finalBody().isEmpty() || s.handlers().isEmpty()) {
          line(depth, "finally:");
          block(s.finalBody(), depth + 1, false);
        }
      }
      case PyStmt.Import s ->
          line(depth, "import " + s.module() + (s.alias() == null ? "" : " as " + s.alias()));
      case PyStmt.ImportFrom s -> line(depth, "from " + s.module() + " import " + s.name()
          + (s.alias() == null ? "" : " as " + s.alias()));
      case PyStmt.FunctionDef s -> {
        line(depth, (s.async() ? "async def " : "def ") + s.name()
            + "(" + String.join(", ", s.params()) + "):");
        block(s.body(), depth + 1, false);
      }
      case PyStmt.ClassDef s -> {
        String bases = s.bases().isEmpty()
            ? ""
            : "(" + s.bases().stream().map(this::expr).collect(Collectors.joining(", ")) + ")";
        line(depth, "class " + s.name() + bases + ":");
        block(s.body(), depth + 1, false);
      }
      case PyStmt.Comment s -> line(depth, "# " + s.text());
      case PyStmt.Verbatim s -> s.source().stripTrailing().lines().forEach(l -> {
        out.append(l.isBlank() ? "\n" : "    ".repeat(depth) + l + "\n");
        linesPrinted++;
      });
    }
  }

  private void ifChain(PyStmt.If s, int depth, String keyword) {
    line(depth, keyword + expr(s.test()) + ":");
    block(s.body(), depth + 1, false);
    if (s.orElse().isEmpty()) {
      return;
    }
    if (s.orElse().size() == 1 && s.orElse().get(0) instanceof PyStmt.If elif) {
      if (printedAt != null) {
        printedAt.put(elif, linesPrinted + 1);
      }
      ifChain(elif, depth, "elif ");
    } else {
      line(depth, "else:");
      block(s.orElse(), depth + 1, false);
    }
  }

  private void line(int depth, String text) {
    out.append("    ".repeat(depth)).append(text).append('\n');
    linesPrinted++;
  }

  private String expr(PyExpr e) {
    return switch (e) {
      case PyExpr.Name n -> n.id();
      case PyExpr.Literal l -> l.source();
      case PyExpr.Attribute a -> operand(a.value(), PyExpr.Prec.PRIMARY, false) + "." + a.attr();
      case PyExpr.Call c -> {
        StringBuilder args = new StringBuilder();
        for (PyExpr arg : c.args()) {
          if (!args.isEmpty()) args.append(", ");
          args.append(argument(arg));
        }
        for (PyExpr.Keyword k : c.keywords()) {
          if (!args.isEmpty()) args.append(", ");
          args.append(k.name()).append('=').append(argument(k.value()));
        }
        yield operand(c.func(), PyExpr.Prec.PRIMARY, false) + "(" + args + ")";
      }
      case PyExpr.Subscript s ->
          operand(s.value(), PyExpr.Prec.PRIMARY, false) + "[" + expr(s.index()) + "]";
      case PyExpr.Slice s -> operand(s.value(), PyExpr.Prec.PRIMARY, false) + "["
          + (s.lower() == null ? "" : expr(s.lower())) + ":"
          + (s.upper() == null ? "" : expr(s.upper())) + "]";
      case PyExpr.Await a -> "await " + operand(a.value(), PyExpr.Prec.PRIMARY, false);
      case PyExpr.BinOp b -> binOp(b);
      case PyExpr.UnaryOp u -> {
        String operand = operand(u.operand(), u.precedence(), false);
        if (operand.startsWith("-") || operand.startsWith("+")) {
          operand = "(" + operand + ")"; // -(-1), not --1
        }
        yield u.op().equals("not") ? "not " + operand : u.op() + operand;
      }
      case PyExpr.IfExp i -> operand(i.body(), PyExpr.Prec.OR, false) + " if "
          + operand(i.test(), PyExpr.Prec.OR, false) + " else "
          + operand(i.orElse(), PyExpr.Prec.CONDITIONAL, false);
      case PyExpr.ListExpr l ->
          "[" + l.elements().stream().map(this::argument).collect(Collectors.joining(", ")) + "]";
      case PyExpr.TupleExpr t -> t.elements().size() == 1
          ? "(" + argument(t.elements().get(0)) + ",)"
          : "(" + t.elements().stream().map(this::argument).collect(Collectors.joining(", ")) + ")";
      case PyExpr.ListComp c -> "[" + argument(c.element()) + " for " + c.target() + " in "
          + operand(c.iter(), PyExpr.Prec.OR, false)
          + (c.condition() == null ? "" : " if " + operand(c.condition(), PyExpr.Prec.OR, false))
          + "]";
      case PyExpr.Starred s -> "*" + operand(s.value(), PyExpr.Prec.PRIMARY, false);
      case PyExpr.DictExpr d -> {
        StringBuilder items = new StringBuilder("{");
        for (int i = 0; i < d.keys().size(); i++) {
          if (i > 0) items.append(", ");
          items.append(argument(d.keys().get(i))).append(": ").append(argument(d.values().get(i)));
        }
        yield items.append('}').toString();
      }
      case PyExpr.NamedExpr n -> "(" + n.target() + " := " + expr(n.value()) + ")";
      case PyExpr.Lambda l -> "lambda" + (l.params().isEmpty() ? "" : " " + l.params().stream()
          .map(p -> p.value() == null ? p.name() : p.name() + "=" + expr(p.value()))
          .collect(Collectors.joining(", "))) + ": " + expr(l.body());
    };
  }

  private String argument(PyExpr e) {
    return e.precedence() <= PyExpr.Prec.LAMBDA ? "(" + expr(e) + ")" : expr(e);
  }

  private String binOp(PyExpr.BinOp b) {
    int prec = b.precedence();
    if (prec == PyExpr.Prec.COMPARE) {
      // Python chains comparisons (a < b < c), so a comparison operand is always parenthesised.
      return operand(b.left(), prec, true) + " " + b.op() + " " + operand(b.right(), prec, true);
    }
    // Left-associative, except ** which binds right-to-left.
    boolean power = b.op().equals("**");
    return operand(b.left(), prec, power) + " " + b.op() + " " + operand(b.right(), prec, !power);
  }

  /** {@code e} as an operand of an operator of precedence {@code prec}, parenthesised if needed. */
  private String operand(PyExpr e, int prec, boolean parenthesiseEqual) {
    int inner = e.precedence();
    boolean paren = inner < prec || (parenthesiseEqual && inner == prec);
    return paren ? "(" + expr(e) + ")" : expr(e);
  }
}
