package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.joined;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code java.lang.StringBuilder}: a Python list of pieces, one {@code append} per group of an
 * append chain ({@link ChainPieces}), {@code "".join(sb)} for its text; the edits go through {@code _jsbedit} / {@code _jsbreplace}
 * with Java's bounds checks.
 */
final class StringBuilderRows implements LibraryRegistry.Rows {
  private static final String BUILDER = Jdk.STRING_BUILDER + "#";
  private static final String CHAR_SEQUENCE = Jdk.CHAR_SEQUENCE + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    // StringJoiner: CharSequence arguments by their text ("null" for null, a builder joined)
    String joiner = "java.util.StringJoiner";
    rows.creation(joiner, s -> new PyExpr.Call(s.helper(Helper.STRING_JOINER),
            s.arguments().stream().map(s::text).toList()))
        .call(joiner + "#add", s -> method(s.receiver(), "add", s.text(s.argument(0))))
        .call(joiner + "#setEmptyValue", s -> method(s.receiver(), "set_empty_value",
            s.text(s.argument(0))))
        .call(joiner + "#length", s -> method(s.receiver(), "length"))
        .call(joiner + "#toString", s -> builtin("str", s.receiver()));
    rows.creation(Jdk.STRING_BUILDER, StringBuilderRows::create)
        .creation(Jdk.STRING_BUFFER, StringBuilderRows::create)
        .call(BUILDER + "toString", s -> joined(s.receiver()))
        .call(BUILDER + "length", s -> builtin("len", joined(s.receiver())))
        .call(BUILDER + "reverse", s -> new PyExpr.Call(s.helper(Helper.BUILDER_REVERSE),
            List.of(s.receiver())))
        .call(BUILDER + "charAt", s -> builtin("ord",
            new PyExpr.Subscript(joined(s.receiver()), s.arg(0))))
        .call(BUILDER + "indexOf", s -> s.arity() == 1
            ? method(joined(s.receiver()), "find", s.arg(0)) : null)
        .call(BUILDER + "insert", s -> s.arity() == 2 ? edit(s, 0, s.text(s.argument(1))) : null)
        .call(BUILDER + "deleteCharAt", s -> edit(s, 1, literal("\"\"")))
        .call(BUILDER + "setCharAt", s -> edit(s, 1, builtin("chr", s.arg(1))))
        .call(BUILDER + "delete", s -> helperOnReceiver(s, Helper.BUILDER_REPLACE, literal("\"\"")))
        .call(BUILDER + "replace", s -> helperOnReceiver(s, Helper.BUILDER_REPLACE,
            s.text(s.argument(2))))
        .call(BUILDER + "setLength", StringBuilderRows::setLength)
        .call(BUILDER + "substring", s -> new PyExpr.Call(s.helper(Helper.SUBSTRING),
            s.arity() == 2 ? List.of(joined(s.receiver()), s.arg(0), s.arg(1))
                : List.of(joined(s.receiver()), s.arg(0))))
        .call(BUILDER + "append", StringBuilderRows::appended)
        .statement(BUILDER + "append", StringBuilderRows::appends);
    // A CharSequence is a str or a builder's list of pieces: "".join gives the text of both.
    rows.call(CHAR_SEQUENCE + "length", s -> builtin("len", joined(s.receiver())))
        .call(CHAR_SEQUENCE + "charAt", s -> builtin("ord",
            new PyExpr.Subscript(joined(s.receiver()), s.arg(0))))
        .call(CHAR_SEQUENCE + "isEmpty", s -> op(builtin("len", joined(s.receiver())), "==",
            literal("0")))
        .call(CHAR_SEQUENCE + "toString", s -> joined(s.receiver()));
  }

  /** {@code new StringBuilder(text)} → {@code [text]}; a capacity is dropped (after its checks). */
  private static PyExpr create(CallSite s) {
    List<PyExpr> args = s.args();
    if (args.size() != 1 || s.typeOf(s.argument(0)).getKind().isPrimitive()) {
      return new PyExpr.ListExpr(List.of()); // a capacity (a char is one too, as javac picks)
    }
    if (Jdk.isString(s.typeOf(s.argument(0)))) {
      return new PyExpr.ListExpr(args);
    }
    // A CharSequence: a str or a builder's pieces, whose text "".join gives (copied, as Java does).
    return new PyExpr.ListExpr(List.of(joined(args.get(0))));
  }

  /**
   * {@code _jsbedit(sb, i, i + width, text)}, the index evaluated once ({@code (_i := f())} then
   * {@code _i}), before the text as in Java.
   */
  private static PyExpr edit(CallSite s, int width, PyExpr text) {
    PyExpr receiver = s.receiver();
    PyExpr[] index = Forms.once(s, s.arg(0), "i");
    PyExpr end = width == 0 ? index[1] : op(index[1], "+", literal(String.valueOf(width)));
    return new PyExpr.Call(s.helper(Helper.BUILDER_EDIT), List.of(receiver, index[0], end, text));
  }

  /** {@code helper(sb, a, b, text)} for delete / replace. */
  private static PyExpr helperOnReceiver(CallSite s, Helper helper, PyExpr text) {
    return new PyExpr.Call(s.helper(helper), List.of(s.receiver(), s.arg(0), s.arg(1), text));
  }

  /** {@code sb.clear()} for setLength(0), else {@code _jsblength(sb, n)} (Java pads with '\0'). */
  private static PyExpr setLength(CallSite s) {
    if (s.argument(0) instanceof IntegerLiteralExpr zero && zero.asNumber().intValue() == 0) {
      return method(s.receiver(), "clear");
    }
    return new PyExpr.Call(s.helper(Helper.BUILDER_SET_LENGTH), List.of(s.receiver(), s.arg(0)));
  }

  /**
   * {@code append} used as a value: {@code new StringBuilder().append(a).append(b)} is the list of
   * one piece {@code ["%s%s" % (a, b)]} (nothing can see the new builder before the chain ends); on
   * an existing builder, {@code (sb.append(x) or sb.append(y) or sb)} with one append per group of
   * pieces ({@link ChainPieces}; Python's append returns None), the builder evaluated once.
   */
  private static PyExpr appended(CallSite s) {
    if (!(s.node() instanceof MethodCallExpr) || s.scope().isEmpty()) {
      return null;
    }
    Deque<MethodCallExpr> links = new ArrayDeque<>();
    Expression builder = chain((MethodCallExpr) s.node(), links);
    if (builder instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()) {
      List<PyExpr> all = new ArrayList<>(((PyExpr.ListExpr) s.translate(creation)).elements());
      all.add(ChainPieces.whole(s, links));
      return new PyExpr.ListExpr(all);
    }
    PyExpr[] target = Forms.once(s, s.translate(builder), "sb");
    PyExpr value = null;
    for (PyExpr piece : ChainPieces.grouped(s, links)) {
      PyExpr append = method(value == null ? target[0] : target[1], "append", piece);
      value = value == null ? append : op(value, "or", append);
    }
    return op(value, "or", target[1]);
  }

  /**
   * The builder a chain {@code b.append(x).append(y)} starts from; its appends, first to last, go
   * to {@code out}.
   */
  private static Expression chain(MethodCallExpr call, Deque<MethodCallExpr> out) {
    Expression builder = call;
    while (builder instanceof MethodCallExpr link && ChainPieces.isAppend(link)) {
      out.push(link);
      builder = link.getScope().get();
    }
    return builder;
  }

  /**
   * {@code sb.append(a).append(b);} → one {@code sb.append(...)} per group of pieces; a builder
   * given by a call ({@code sb.reverse().append(a)}) is evaluated once, as in Java.
   */
  private static List<PyStmt> appends(CallSite s) {
    if (!(s.node() instanceof MethodCallExpr) || s.scope().isEmpty()) {
      return null;
    }
    Deque<MethodCallExpr> links = new ArrayDeque<>();
    Expression builder = chain((MethodCallExpr) s.node(), links);
    List<PyExpr> groups = ChainPieces.grouped(s, links);
    PyExpr translated = s.translate(builder);
    PyExpr[] target = readsOnly(translated) || groups.size() == 1 ? new PyExpr[] {translated, translated}
        : Forms.once(s, translated, "sb");
    List<PyStmt> out = new ArrayList<>();
    for (PyExpr piece : groups) {
      PyExpr receiver = out.isEmpty() ? target[0] : target[1];
      out.add(new PyStmt.ExprStmt(method(receiver, "append", piece)));
    }
    return out;
  }

  /** A name or a field of one ({@code sb}, {@code self._log}): read again without effects. */
  private static boolean readsOnly(PyExpr e) {
    return e instanceof PyExpr.Name
        || e instanceof PyExpr.Attribute a && readsOnly(a.value());
  }
}
