package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;

import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.type.TypeMirror;

/**
 * {@code TreeMap}, {@code TreeSet}, their Sorted/Navigable interfaces and {@code EnumMap}: a
 * {@code _TreeMap} / {@code _TreeSet} ordered by the Comparator or the keys' natural order
 * ({@link NaturalOrder}). Beyond these rows they answer the Map and Set rows. Range views are
 * copies, accepted only where used at once ({@link SortedViews}).
 */
final class SortedRows implements LibraryRegistry.Rows {
  static final String TREE_MAP = "java.util.TreeMap";
  static final String TREE_SET = "java.util.TreeSet";

  /** What to write instead of the sorted-collection methods jmpy does not translate. */
  private static final Map<String, String> ALTERNATIVES = Map.ofEntries(
      Map.entry("descendingMap", "copy the keys into a list and reverse it (Collections.reverse), "
          + "or build the map with Comparator.reverseOrder()"),
      Map.entry("descendingKeySet", "copy keySet() into a list and reverse it (Collections.reverse)"),
      Map.entry("descendingSet", "copy the set into a list and reverse it (Collections.reverse), "
          + "or build it with Comparator.reverseOrder()"),
      Map.entry("descendingIterator", "copy the set into a list and reverse it (Collections.reverse)"),
      Map.entry("navigableKeySet", "use keySet(), which is in key order"),
      Map.entry("floorEntry", "use floorKey(k) and get the value of that key"),
      Map.entry("ceilingEntry", "use ceilingKey(k) and get the value of that key"),
      Map.entry("lowerEntry", "use lowerKey(k) and get the value of that key"),
      Map.entry("higherEntry", "use higherKey(k) and get the value of that key"),
      Map.entry("comparator", "keep the Comparator given to the constructor in a variable"),
      Map.entry("subMap", "use subMap(from, to), or headMap/tailMap with the inclusive flag"),
      Map.entry("subSet", "use subSet(from, to), or headSet/tailSet with the inclusive flag"));

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String map = TREE_MAP + "#";
    rows.creation(TREE_MAP, s -> create(s, true))
        .creation("java.util.EnumMap", SortedRows::enumMap)
        .call(map + "put", s -> method(s.receiver(), "put", s.arg(0), s.arg(1)))
        .call(map + "firstKey", s -> method(s.receiver(), "first_key"))
        .call(map + "lastKey", s -> method(s.receiver(), "last_key"))
        .call(map + "floorKey", s -> method(s.receiver(), "floor_key", s.arg(0)))
        .call(map + "ceilingKey", s -> method(s.receiver(), "ceiling_key", s.arg(0)))
        .call(map + "lowerKey", s -> method(s.receiver(), "lower_key", s.arg(0)))
        .call(map + "higherKey", s -> method(s.receiver(), "higher_key", s.arg(0)))
        .call(map + "firstEntry", s -> method(s.receiver(), "entry", literal("0")))
        .call(map + "lastEntry", s -> method(s.receiver(), "entry", literal("-1")))
        .call(map + "pollFirstEntry", s -> method(s.receiver(), "poll_entry", literal("0")))
        .call(map + "pollLastEntry", s -> method(s.receiver(), "poll_entry", literal("-1")))
        .call(map + "headMap", s -> view(s, "TreeMap", () -> head(s)))
        .call(map + "tailMap", s -> view(s, "TreeMap", () -> tail(s)))
        .call(map + "subMap", s -> view(s, "TreeMap", () -> sub(s)))
        .instead(TREE_MAP, name -> ALTERNATIVES.getOrDefault(name,
            "docs/semantics.md lists the TreeMap methods jmpy translates"));
    String set = TREE_SET + "#";
    rows.creation(TREE_SET, s -> create(s, false))
        .call(set + "add", s -> method(s.receiver(), "add", s.arg(0)))
        .call(set + "remove", s -> method(s.receiver(), "discard", s.arg(0)))
        .call(set + "first", s -> method(s.receiver(), "first_key"))
        .call(set + "getFirst", s -> method(s.receiver(), "first_key"))
        .call(set + "last", s -> method(s.receiver(), "last_key"))
        .call(set + "getLast", s -> method(s.receiver(), "last_key"))
        .call(set + "floor", s -> method(s.receiver(), "floor_key", s.arg(0)))
        .call(set + "ceiling", s -> method(s.receiver(), "ceiling_key", s.arg(0)))
        .call(set + "lower", s -> method(s.receiver(), "lower_key", s.arg(0)))
        .call(set + "higher", s -> method(s.receiver(), "higher_key", s.arg(0)))
        .call(set + "pollFirst", s -> method(s.receiver(), "poll", literal("0")))
        .call(set + "pollLast", s -> method(s.receiver(), "poll", literal("-1")))
        .call(set + "headSet", s -> view(s, "TreeSet", () -> head(s)))
        .call(set + "tailSet", s -> view(s, "TreeSet", () -> tail(s)))
        .call(set + "subSet", s -> view(s, "TreeSet", () -> sub(s)))
        .instead(TREE_SET, name -> ALTERNATIVES.getOrDefault(name,
            "docs/semantics.md lists the TreeSet methods jmpy translates"));
  }

  /** A range view, a copy here: only where it is used at once, else JMPY061. */
  private static PyExpr view(CallSite s, String kind, Supplier<PyExpr> copy) {
    if (!SortedViews.usedAtOnce((Expression) s.node(), s)) {
      return s.reject(Message.SORTED_VIEW_KEPT, s.method().getSimpleName() + "()",
          "new " + kind + "<>(" + s.node() + ")");
    }
    return copy.get();
  }

  /** headMap(to[, inclusive]) / headSet: {@code m.head(to, False)}. */
  private static PyExpr head(CallSite s) {
    return method(s.receiver(), "head", s.arg(0), s.arity() == 2 ? s.arg(1) : literal("False"));
  }

  /** tailMap(from[, inclusive]) / tailSet: {@code m.tail(from, True)}. */
  private static PyExpr tail(CallSite s) {
    return method(s.receiver(), "tail", s.arg(0), s.arity() == 2 ? s.arg(1) : literal("True"));
  }

  private static PyExpr sub(CallSite s) {
    return s.arity() == 2 ? method(s.receiver(), "sub", s.arg(0), s.arg(1)) : null;
  }

  /**
   * {@code new TreeMap<>(...)} / {@code new TreeSet<>(...)}: {@code _TreeMap(cmp)} with the
   * Comparator given, or the keys' natural order; a copy of a sorted map or set keeps its order
   * (as Java's SortedMap/SortedSet constructors do), a copy of anything else uses the natural one.
   */
  private static PyExpr create(CallSite s, boolean map) {
    List<PyExpr> args = s.args();
    PyExpr cls = s.helper(map ? Helper.TREE_MAP : Helper.TREE_SET);
    TypeMirror argument = args.isEmpty() ? null : s.typeOf(s.argument(0));
    if (!args.isEmpty() && s.isA(argument, Jdk.COMPARATOR)) {
      return new PyExpr.Call(cls, args);
    }
    if (!args.isEmpty() && s.isA(argument, map ? "java.util.SortedMap" : "java.util.SortedSet")) {
      // _TreeMap(src._cmp, src.items()), the source evaluated once
      PyExpr[] source = Forms.once(s, args.get(0), "sorted");
      return new PyExpr.Call(cls, List.of(new PyExpr.Attribute(source[0], "_cmp"),
          map ? method(source[1], "items") : source[1]));
    }
    TypeMirror key = NaturalOrder.elementType(s.type());
    PyExpr natural = NaturalOrder.comparator(s, key, false, s.node(),
        "new " + s.method().getEnclosingElement().getSimpleName() + "<>()");
    if (args.isEmpty()) {
      return new PyExpr.Call(cls, List.of(natural));
    }
    return new PyExpr.Call(cls, List.of(natural, map ? method(args.get(0), "items") : args.get(0)));
  }

  /**
   * {@code new EnumMap<>(Color.class)} → {@code _TreeMap(by ordinal)}; {@code new EnumMap<>(map)}
   * copies the map's entries into one.
   */
  private static PyExpr enumMap(CallSite s) {
    PyExpr cls = s.helper(Helper.TREE_MAP);
    TypeMirror key = NaturalOrder.elementType(s.type());
    PyExpr byOrdinal = NaturalOrder.comparator(s, key, false, s.node(), "new EnumMap<>()");
    if (s.argument(0) instanceof ClassExpr) {
      return new PyExpr.Call(cls, List.of(byOrdinal));
    }
    PyExpr source = s.arg(0);
    return new PyExpr.Call(cls, List.of(byOrdinal, MapRows.entries(s, source)));
  }
}
