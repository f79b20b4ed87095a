package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.method;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;

/**
 * Iteration: {@code c.iterator()} as a {@code _JIterator} ({@link Iterators}), its
 * {@code hasNext}/{@code next}/{@code remove}, and {@code forEach} as a for loop
 * ({@code xs.forEach(x -> body)} → {@code for x in xs: body}; a map's over {@code m.items()}).
 */
final class IteratorRows implements LibraryRegistry.Rows {
  private static final String ITERATOR = "java.util.Iterator#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(ITERATOR + "hasNext", s -> method(s.receiver(), "has_next"))
        .call(ITERATOR + "next", s -> method(s.receiver(), "next"))
        .call(ITERATOR + "remove", s -> method(s.receiver(), "remove"));
    for (String collection : List.of(Jdk.LIST, Jdk.SET, DequeRows.DEQUE)) {
      rows.call(collection + "#iterator", Iterators::iterator);
    }
    for (String iterable : List.of(Jdk.ITERABLE, Jdk.LIST, DequeRows.DEQUE)) {
      rows.statement(iterable + "#forEach", s -> forEach(s, false, false));
    }
    rows.statement(Jdk.MAP + "#forEach", s -> forEach(s, true, false))
        .statement(StreamRows.STREAM + "#forEach", s -> forEach(s, false, true));
  }

  /** A for loop over the elements, the lambda's body inline when it returns nothing. */
  private static List<PyStmt> forEach(CallSite s, boolean map, boolean stream) {
    if (s.scope().isEmpty() || s.arity() != 1) {
      return null;
    }
    Expression scope = s.scope().get();
    Expression action = s.argument(0);
    PyExpr items = stream ? Streams.elements(s, scope)
        : map ? method(s.translate(scope), "items") : s.translate(scope);
    if (action instanceof LambdaExpr lambda && lambda.getParameters().size() == (map ? 2 : 1)
        && lambda.getBody().findFirst(ReturnStmt.class).isEmpty()) {
      // The lambda's body, inline: its parameters become the loop's variables.
      List<PyExpr> names = lambda.getParameters().stream()
          .map(p -> (PyExpr) new PyExpr.Name(s.local(p.getNameAsString()))).toList();
      List<PyStmt> body = s.body(lambda.getBody());
      return List.of(new PyStmt.For(names.size() == 1 ? names.get(0)
          : new PyExpr.TupleExpr(names), items, body));
    }
    PyExpr function = s.translate(action);
    String element = s.temporary("e");
    List<PyExpr> args = map
        ? List.of(Forms.item(new PyExpr.Name(element), "0"), Forms.item(new PyExpr.Name(element), "1"))
        : List.of(new PyExpr.Name(element));
    return List.of(new PyStmt.For(element, items,
        List.of(new PyStmt.ExprStmt(new PyExpr.Call(function, args)))));
  }
}
