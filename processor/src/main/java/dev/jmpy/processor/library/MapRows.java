package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.helperOnReceiver;
import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code Map}, {@code HashMap}, {@code LinkedHashMap} and {@code Map.Entry}: a dict (an
 * OrderedDict for LinkedHashMap; a {@code _TreeMap} answers the same calls), an entry a
 * {@code (key, value)} tuple, with Java's return values through helpers.
 */
final class MapRows implements LibraryRegistry.Rows {
  private static final String MAP = Jdk.MAP + "#";
  private static final Set<String> VIEWS = Set.of("keySet", "values", "entrySet");

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation(Jdk.HASH_MAP, s -> create(s, false))
        .creation("java.util.LinkedHashMap", s -> create(s, true))
        .call(MAP + "get", s -> method(s.receiver(), "get", s.arg(0)))
        .call(MAP + "getOrDefault", s -> method(s.receiver(), "get", s.arg(0), s.arg(1)))
        .call(MAP + "containsKey", s -> op(s.arg(0), "in", s.receiver()))
        .call(MAP + "containsValue", s -> op(s.arg(0), "in", method(s.receiver(), "values")))
        .call(MAP + "remove", s -> s.arity() == 1
            ? method(s.receiver(), "pop", s.arg(0), literal("None")) : null)
        .call(MAP + "size", s -> builtin("len", s.receiver()))
        .call(MAP + "isEmpty", s -> isEmpty(s.receiver()))
        .call(MAP + "keySet", s -> method(s.receiver(), "keys"))
        .call(MAP + "values", s -> method(s.receiver(), "values"))
        .call(MAP + "entrySet", s -> method(s.receiver(), "items"))
        .call(MAP + "clear", s -> method(s.receiver(), "clear"))
        .call(MAP + "put", s -> helperOnReceiver(s, Helper.MAP_PUT)) // used as a value
        .call(MAP + "merge", s -> helperOnReceiver(s, Helper.MAP_MERGE))
        .call(MAP + "computeIfAbsent", s -> helperOnReceiver(s, Helper.MAP_COMPUTE_IF_ABSENT))
        .call(MAP + "putIfAbsent", s -> helperOnReceiver(s, Helper.MAP_PUT_IF_ABSENT))
        .call(Jdk.MAP_ENTRY + "#getKey", s -> Forms.item(s.receiver(), "0"))
        .call(Jdk.MAP_ENTRY + "#getValue", s -> Forms.item(s.receiver(), "1"))
        // m[k] = v
        .statement(MAP + "put", s -> s.scope().isEmpty() ? null : List.of(new PyStmt.Assign(
            new PyExpr.Subscript(s.translate(s.scope().get()), s.arg(0)), s.arg(1))))
        .guard(Jdk.SET, MapRows::changeThroughView)
        .guard(Jdk.LIST, MapRows::changeThroughView);
  }

  /**
   * {@code new HashMap<>()} → {@code {}}; a copy → {@code dict(m)}; a LinkedHashMap is an
   * OrderedDict (MicroPython's dict keeps no insertion order).
   */
  private static PyExpr create(CallSite s, boolean linked) {
    PyExpr listKeys = listKeyed(s);
    if (listKeys != null) {
      return listKeys;
    }
    List<PyExpr> args = s.args();
    boolean copy = ListRows.isCopy(s, args);
    if (linked) {
      PyExpr ordered = new PyExpr.Attribute(s.module("collections"), "OrderedDict");
      return new PyExpr.Call(ordered, copy ? List.of(entries(s, args.get(0))) : List.of());
    }
    return copy ? builtin("dict", entries(s, args.get(0)))
        : new PyExpr.DictExpr(List.of(), List.of());
  }

  /**
   * The entries to copy a map from: the map itself when it is a dict (HashMap, LinkedHashMap),
   * else its {@code items()}, which a {@code _TreeMap} has too (dict() of it would not copy).
   */
  static PyExpr entries(CallSite s, PyExpr source) {
    return s.isA(s.typeOf(s.argument(0)), Jdk.HASH_MAP) ? source : method(source, "items");
  }

  /**
   * A HashMap or HashSet keyed by a List or an array: Python's dict and set cannot hash a list
   * (TypeError on the board), so it is rejected where it is made. Null otherwise.
   */
  static PyExpr listKeyed(CallSite s) {
    if (!(s.type() instanceof DeclaredType type) || type.getTypeArguments().isEmpty()) {
      return null;
    }
    TypeMirror key = type.getTypeArguments().get(0);
    TypeElement list = s.elements().getTypeElement(Jdk.LIST);
    boolean sequence = key.getKind() == TypeKind.ARRAY || (key.getKind() == TypeKind.DECLARED
        && s.types().isAssignable(s.types().erasure(key), s.types().erasure(list.asType())));
    if (!sequence) {
      return null;
    }
    return s.reject(Message.LIST_KEYS,
        "a " + s.method().getEnclosingElement().getSimpleName() + " keyed by " + key,
        "Python cannot hash a list; key it by a record (its List components are hashed as tuples) or a String");
  }

  /**
   * {@code m.keySet().remove(k)} and other changes through a map's view, which Java passes to the
   * map: a Python dict's views cannot change it.
   */
  private static PyExpr changeThroughView(CallSite s) {
    String name = s.method().getSimpleName().toString();
    if (!Set.of("add", "addAll", "remove", "removeIf", "removeAll", "retainAll", "clear")
        .contains(name) || !(s.scope().orElse(null) instanceof MethodCallExpr view)
        || !VIEWS.contains(view.getNameAsString())) {
      return null;
    }
    Optional<Element> viewMethod = s.element(view);
    boolean ofMap = viewMethod.isPresent()
        && viewMethod.get().getEnclosingElement() instanceof TypeElement mapType
        && s.isA(mapType.asType(), Jdk.MAP);
    if (!ofMap) {
      return null;
    }
    return s.reject(Message.UNMAPPED_LIBRARY_CALL, "changing a map through "
        + view.getNameAsString() + "()." + name + "()", "call remove(key) on the map itself, "
        + "or remove through an Iterator of its keySet() or entrySet()");
  }
}
