package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.method;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code c.removeIf(p);} as a statement: a list keeps the others in place
 * ({@code lst[:] = [x for x in lst if not p(x)]}); a set, or a map's keySet(), values() or
 * entrySet() (which remove the entries), loops over a copy and deletes each element the predicate
 * accepts, in the order Java tests them.
 */
final class RemoveIf {
  private RemoveIf() {}

  static List<PyStmt> statement(CallSite s) {
    if (s.scope().isEmpty()) {
      return null;
    }
    Expression scope = s.scope().get();
    if (!s.isA(s.typeOf(scope), Jdk.LIST) && !s.isA(s.typeOf(scope), Jdk.QUEUE)) {
      return fromSetOrMap(s, scope);
    }
    PyExpr list = s.translate(scope);
    CallSite.Applied test = s.apply(s.argument(0));
    return List.of(new PyStmt.Assign(new PyExpr.Slice(list, null, null),
        new PyExpr.ListComp(new PyExpr.Name(test.variable()), test.variable(), list,
            new PyExpr.UnaryOp("not", test.result()))));
  }

  /** Null (the call is then rejected as a value) for receivers other than sets and map views. */
  private static List<PyStmt> fromSetOrMap(CallSite s, Expression scope) {
    List<PyStmt> out = new ArrayList<>();
    if (scope instanceof MethodCallExpr view && view.getScope().isPresent()
        && s.isA(s.typeOf(view.getScope().get()), Jdk.MAP)
        && Set.of("keySet", "values", "entrySet").contains(view.getNameAsString())) {
      PyExpr map = named(s, s.translate(view.getScope().get()), "map", out);
      CallSite.Applied test = s.apply(s.argument(0));
      PyExpr element = new PyExpr.Name(test.variable());
      PyExpr target;
      PyExpr items;
      PyExpr key;
      switch (view.getNameAsString()) {
        case "keySet" -> {
          // for k in list(m): if p(k): m.pop(k)
          target = element;
          items = new PyExpr.Call(new PyExpr.Name("list"), List.of(map));
          key = element;
        }
        case "values" -> {
          // for _key, v in list(m.items()): if p(v): m.pop(_key)
          String keyName = s.temporary("key");
          target = new PyExpr.TupleExpr(List.of(new PyExpr.Name(keyName), element));
          items = listOfItems(map);
          key = new PyExpr.Name(keyName);
        }
        default -> {
          // for e in list(m.items()): if p(e): m.pop(e[0])
          target = element;
          items = listOfItems(map);
          key = new PyExpr.Subscript(element, new PyExpr.Literal("0"));
        }
      }
      out.add(new PyStmt.For(target, items, List.of(new PyStmt.If(test.result(),
          List.of(new PyStmt.ExprStmt(method(map, "pop", key))), List.of()))));
      return out;
    }
    if (s.isA(s.typeOf(scope), Jdk.SET)) {
      // for x in list(s): if p(x): s.discard(x)
      PyExpr set = named(s, s.translate(scope), "set", out);
      CallSite.Applied test = s.apply(s.argument(0));
      out.add(new PyStmt.For(test.variable(), new PyExpr.Call(new PyExpr.Name("list"),
          List.of(set)), List.of(new PyStmt.If(test.result(), List.of(new PyStmt.ExprStmt(
              method(set, "discard", new PyExpr.Name(test.variable())))), List.of()))));
      return out;
    }
    return null;
  }

  /** {@code value} itself when it is a name, else a temporary assigned before the loop. */
  private static PyExpr named(CallSite s, PyExpr value, String base, List<PyStmt> out) {
    if (value instanceof PyExpr.Name) {
      return value;
    }
    String temp = s.temporary(base);
    out.add(new PyStmt.Assign(new PyExpr.Name(temp), value));
    return new PyExpr.Name(temp);
  }

  private static PyExpr listOfItems(PyExpr map) {
    return new PyExpr.Call(new PyExpr.Name("list"), List.of(method(map, "items")));
  }
}
