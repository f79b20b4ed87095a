package dev.jmpy.processor.library;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * {@code c.iterator()} as a {@code _JIterator} ({@code Helper.ITERATOR}): a list is walked in
 * place, so {@code it.remove()} deletes at the cursor as ArrayList's iterator does; a set, or a
 * map's keySet() or entrySet(), is walked over a copy, and {@code it.remove()} deletes the last
 * element returned from the set or map itself.
 */
final class Iterators {
  private final CallSite site;

  private Iterators(CallSite site) {
    this.site = site;
  }

  /** The iterator of the call's receiver; null for an {@code iterator(...)} with arguments. */
  static PyExpr iterator(CallSite site) {
    return site.method().getParameters().isEmpty()
        ? new Iterators(site).iterator((MethodCallExpr) site.node()) : null;
  }

  private PyExpr iterator(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope().map(Iterators::unwrap);
    if (scope.isEmpty()) {
      return reject(call, "this object", "call iterator() on a List or a Set");
    }
    if (scope.get() instanceof MethodCallExpr view && mapView(view).isPresent()) {
      return mapViewIterator(call, view, mapView(view).get());
    }
    TypeMirror type = site.typeOf(scope.get());
    PyExpr iterator = site.helper(Helper.ITERATOR);
    if (isA(type, Jdk.LIST) || isA(type, Jdk.QUEUE)) {
      return new PyExpr.Call(iterator, List.of(site.translate(scope.get())));
    }
    if (isA(type, Jdk.SET)) {
      // _JIterator(list(s), lambda x, s=s: s.discard(x))
      PyExpr[] set = once(site.translate(scope.get()), "set");
      return new PyExpr.Call(iterator, List.of(
          new PyExpr.Call(new PyExpr.Name("list"), List.of(set[0])),
          remover("x", "s", set[1], "discard", new PyExpr.Name("x"))));
    }
    return reject(call, type == null ? "this value" : "a " + type,
        "declare it as a List or a Set (an Iterator of a map's keySet() or entrySet() is "
            + "supported when called on it directly)");
  }

  /** {@code m.keySet().iterator()} and {@code m.entrySet().iterator()}: over a copy, removing by key. */
  private PyExpr mapViewIterator(MethodCallExpr call, MethodCallExpr view, String kind) {
    if (view.getScope().isEmpty()) {
      return reject(call, "a map's " + kind + "() inside the map's class",
          "write this." + kind + "().iterator()");
    }
    if (kind.equals("values")) {
      return reject(call, "a map's values()", "iterate entrySet().iterator() and read getValue(); "
          + "its remove() removes the entry, as values().iterator().remove() does in Java");
    }
    PyExpr iterator = site.helper(Helper.ITERATOR);
    PyExpr[] map = once(site.translate(view.getScope().get()), "map");
    if (kind.equals("keySet")) {
      // _JIterator(list(m), lambda k, m=m: m.pop(k))
      return new PyExpr.Call(iterator, List.of(
          new PyExpr.Call(new PyExpr.Name("list"), List.of(map[0])),
          remover("k", "m", map[1], "pop", new PyExpr.Name("k"))));
    }
    // _JIterator(list(m.items()), lambda e, m=m: m.pop(e[0])): an entry is a (key, value) tuple
    PyExpr items = new PyExpr.Call(new PyExpr.Name("list"), List.of(
        new PyExpr.Call(new PyExpr.Attribute(map[0], "items"), List.of())));
    return new PyExpr.Call(iterator, List.of(items, remover("e", "m", map[1], "pop",
        new PyExpr.Subscript(new PyExpr.Name("e"), new PyExpr.Literal("0")))));
  }

  /**
   * {@code lambda x, s=s: s.discard(x)}: the collection bound when the iterator is made (Java's
   * iterator keeps it), its method looked up only when remove() runs, so that iterating a set
   * that is really a map's keySet() (a dict view, which has no discard) works as long as nothing
   * is removed through it.
   */
  private static PyExpr remover(String element, String bound, PyExpr collection, String method,
      PyExpr argument) {
    return new PyExpr.Lambda(List.of(new PyExpr.Param(element),
        new PyExpr.Param(bound, collection)),
        new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Name(bound), method), List.of(argument)));
  }

  /** "keySet", "entrySet" or "values" when {@code call} is that view of a map. */
  private Optional<String> mapView(MethodCallExpr call) {
    Optional<Element> element = site.element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)
        || !m.getParameters().isEmpty()) {
      return Optional.empty();
    }
    String name = m.getSimpleName().toString();
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    boolean ofMap = site.isA(owner.asType(), Jdk.MAP);
    return ofMap && List.of("keySet", "entrySet", "values").contains(name)
        ? Optional.of(name) : Optional.empty();
  }

  /**
   * {@code value} for two uses: itself twice when reading it has no effect (a name, an
   * attribute), else {@code (_t := value)} then {@code _t}, so it is evaluated once, as in Java.
   */
  private PyExpr[] once(PyExpr value, String base) {
    if (isPlainReference(value)) {
      return new PyExpr[] {value, value};
    }
    String temp = site.temporary(base);
    return new PyExpr[] {new PyExpr.NamedExpr(temp, value), new PyExpr.Name(temp)};
  }

  private static boolean isPlainReference(PyExpr value) {
    return value instanceof PyExpr.Name
        || value instanceof PyExpr.Attribute a && isPlainReference(a.value());
  }

  private boolean isA(TypeMirror type, String qualifiedName) {
    return site.isA(type, qualifiedName);
  }

  private PyExpr reject(MethodCallExpr call, String what, String instead) {
    return site.rejectAt(call, Message.ITERATOR_SOURCE, what, instead);
  }

  private static Expression unwrap(Expression e) {
    return e instanceof EnclosedExpr enclosed ? unwrap(enclosed.getInner()) : e;
  }
}
