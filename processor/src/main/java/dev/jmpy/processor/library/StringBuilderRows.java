package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.joined;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code java.lang.StringBuilder}: a Python list of pieces, one {@code append} per piece,
 * {@code "".join(sb)} for its text; the edits go through {@code _jsbedit} with Java's bounds check.
 */
final class StringBuilderRows implements LibraryRegistry.Rows {
  private static final String BUILDER = Jdk.STRING_BUILDER + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation(Jdk.STRING_BUILDER, StringBuilderRows::create)
        .call(BUILDER + "toString", s -> joined(s.receiver()))
        .call(BUILDER + "length", s -> builtin("len", joined(s.receiver())))
        .call(BUILDER + "reverse", s -> new PyExpr.Call(s.helper(Helper.BUILDER_REVERSE),
            List.of(s.receiver())))
        .call(BUILDER + "charAt", s -> builtin("ord",
            new PyExpr.Subscript(joined(s.receiver()), s.arg(0))))
        .call(BUILDER + "indexOf", s -> s.arity() == 1
            ? method(joined(s.receiver()), "find", s.arg(0)) : null)
        .call(BUILDER + "insert", s -> s.arity() == 2
            ? edit(s, s.arg(0), s.arg(0), s.text(s.argument(1))) : null)
        .call(BUILDER + "deleteCharAt", s -> edit(s, s.arg(0),
            op(s.arg(0), "+", literal("1")), literal("\"\"")))
        .call(BUILDER + "setCharAt", s -> edit(s, s.arg(0),
            op(s.arg(0), "+", literal("1")), builtin("chr", s.arg(1))))
        .statement(BUILDER + "append", StringBuilderRows::appends);
  }

  /** {@code new StringBuilder(text)} → {@code [text]}; a capacity is dropped (after its checks). */
  private static PyExpr create(CallSite s) {
    List<PyExpr> args = s.args();
    boolean text = args.size() == 1 && Jdk.isString(s.typeOf(s.argument(0)));
    return new PyExpr.ListExpr(text ? args : List.of());
  }

  /** {@code _jsbedit(sb, start, end, text)}; {@code start} is an index read twice, so plain only. */
  private static PyExpr edit(CallSite s, PyExpr start, PyExpr end, PyExpr text) {
    if (!(s.argument(0).isNameExpr() || s.argument(0).isLiteralExpr())) {
      return s.rejectAt(s.argument(0), Message.COMPUTED_ARGUMENT, "a computed index here",
          "store it in a local variable first");
    }
    return new PyExpr.Call(s.helper(Helper.BUILDER_EDIT), List.of(s.receiver(), start, end, text));
  }

  /** {@code sb.append(a).append(b);} → {@code sb.append(a)}, {@code sb.append(b)}. */
  private static List<PyStmt> appends(CallSite s) {
    if (s.scope().isEmpty()) {
      return null;
    }
    Expression builder = (Expression) s.node();
    Deque<Expression> pieces = new ArrayDeque<>();
    while (builder instanceof MethodCallExpr link && link.getNameAsString().equals("append")
        && link.getScope().isPresent() && link.getArguments().size() == 1) {
      pieces.push(link.getArgument(0));
      builder = link.getScope().get();
    }
    PyExpr target = s.translate(builder);
    List<PyStmt> out = new ArrayList<>();
    for (Expression piece : pieces) {
      out.add(new PyStmt.ExprStmt(method(target, "append", s.text(piece))));
    }
    return out;
  }
}
