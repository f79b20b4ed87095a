package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.helper;
import static dev.jmpy.processor.library.Forms.literal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * The JDK's unmodifiable collections: {@code List.of}/{@code copyOf} ({@code _ListOf}),
 * {@code Set.of}/{@code copyOf} ({@code _SetOf}), {@code Map.of}/{@code ofEntries}/{@code copyOf}
 * ({@code _MapOf}), {@code Collections.emptyList}/{@code nCopies} ({@code _ImmutableList}) and
 * {@code Collections.unmodifiableList} ({@code _ListView}, live). Each is a subclass of Python's
 * list, set or dict whose changing methods throw UnsupportedOperationException, so every List,
 * Set and Map row works on them unchanged; {@code of}/{@code copyOf} refuse null as Java does.
 * An entry ({@code Map.entry(k, v)}) is a {@code (key, value)} tuple, as the entries of a map are.
 */
final class ImmutableRows implements LibraryRegistry.Rows {
  private static final String COLLECTIONS = "java.util.Collections#";
  /** JDK methods that only copy or print a collection passed to them. */
  private static final java.util.Set<String> CONSUMERS = java.util.Set.of("addAll", "join",
      "println", "print", "valueOf", "format", "formatted", "printf");

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(Jdk.LIST + "#of", s -> copiedAtOnce(s) ? elements(s)
            : helper(s, Helper.LIST_OF, List.of(elements(s))))
        .call(Jdk.LIST + "#copyOf", s -> helper(s, Helper.LIST_OF, List.of(s.arg(0))))
        .call(Jdk.SET + "#of", s -> helper(s, Helper.SET_OF, List.of(elements(s))))
        .call(Jdk.SET + "#copyOf", s -> helper(s, Helper.SET_OF, List.of(s.arg(0),
            literal("False"))))
        .call(Jdk.MAP + "#of", ImmutableRows::mapOf)
        .call(Jdk.MAP + "#ofEntries", s -> helper(s, Helper.MAP_OF, List.of(elements(s))))
        .call(Jdk.MAP + "#copyOf", s -> helper(s, Helper.MAP_OF, List.of(
            Forms.method(s.arg(0), "items"))))
        .call(Jdk.MAP + "#entry", s -> new PyExpr.TupleExpr(s.args()))
        .call(COLLECTIONS + "emptyList", s -> helper(s, Helper.IMMUTABLE_LIST, List.of()))
        .call(COLLECTIONS + "nCopies", s -> helper(s, Helper.N_COPIES, s.args()))
        .call(COLLECTIONS + "unmodifiableList", s -> helper(s, Helper.LIST_VIEW,
            List.of(s.arg(0))))
        .call(COLLECTIONS + "unmodifiableCollection", s -> s.isA(s.typeOf(s.argument(0)),
            Jdk.LIST) ? helper(s, Helper.LIST_VIEW, List.of(s.arg(0))) : null);
  }

  /**
   * The elements of a varargs call: {@code [a, b]}, or the array itself when one array is passed
   * ({@code List.of(array)}).
   */
  private static PyExpr elements(CallSite s) {
    if (s.method().isVarArgs() && s.arity() == 1
        && s.typeOf(s.argument(0)).getKind() == TypeKind.ARRAY) {
      return s.arg(0);
    }
    return new PyExpr.ListExpr(s.args());
  }

  /**
   * Whether {@code List.of(literals or new objects)} is only walked, copied or printed where it is written (a
   * for-each, a JDK collection's copy constructor, addAll, String.join, text): then a plain list
   * literal behaves alike, since none of them is null and nothing can reach the list to change or
   * query it.
   */
  private static boolean copiedAtOnce(CallSite s) {
    // literals other than null, and new objects, are never null
    if (!s.arguments().stream().allMatch(a -> a.isLiteralExpr() && !a.isNullLiteralExpr()
        || a.isObjectCreationExpr())) {
      return false;
    }
    Node parent = s.node().getParentNode().orElse(null);
    return parent instanceof ForEachStmt loop && loop.getIterable() == s.node()
        || parent instanceof ObjectCreationExpr copy && copy.getAnonymousClassBody().isEmpty()
            && s.isA(s.typeOf(copy), Jdk.COLLECTION)
        || parent instanceof BinaryExpr text && text.getOperator() == BinaryExpr.Operator.PLUS
        || parent instanceof MethodCallExpr call && CONSUMERS.contains(call.getNameAsString())
            && call.getArguments().contains(s.node()) && s.element(call).map(e ->
                e.getEnclosingElement() instanceof javax.lang.model.element.TypeElement t
                    && Jdk.isJdk(t)).orElse(false);
  }

  /** {@code Map.of(k1, v1, k2, v2)} → {@code _MapOf([(k1, v1), (k2, v2)])}. */
  private static PyExpr mapOf(CallSite s) {
    List<PyExpr> args = s.args();
    List<PyExpr> entries = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      entries.add(new PyExpr.TupleExpr(List.of(args.get(i), args.get(i + 1))));
    }
    return helper(s, Helper.MAP_OF, List.of(new PyExpr.ListExpr(entries)));
  }
}
