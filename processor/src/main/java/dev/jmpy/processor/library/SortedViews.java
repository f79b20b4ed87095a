package dev.jmpy.processor.library;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.Set;

/**
 * headMap, tailMap, subMap, headSet, tailSet and subSet return live views in Java: a later put
 * into the map shows in the view, a put into the view lands in the map. jmpy returns a copy,
 * which behaves the same only while neither side changes. So a view is accepted only where it is
 * used up in the expression that makes it: iterated by a for-each, converted to text, copied into
 * another collection, or asked a question (size, get, firstKey, ...) that neither changes it nor
 * returns another view kept for later.
 */
final class SortedViews {
  /** The sorted collections' range views, which jmpy copies. */
  static final Set<String> COPIED = Set.of("headMap", "tailMap", "subMap", "headSet", "tailSet",
      "subSet");

  /** Methods that return a view of their receiver. */
  private static final Set<String> VIEW_METHODS = Set.of("headMap", "tailMap", "subMap",
      "headSet", "tailSet", "subSet", "keySet", "values", "entrySet");

  /** Methods that read a collection and return no view of it. */
  private static final Set<String> READS = Set.of("size", "isEmpty", "get", "getOrDefault",
      "indexOf", "lastIndexOf", "equals", "hashCode", "containsAll",
      "containsKey", "containsValue", "contains", "firstKey", "lastKey", "floorKey", "ceilingKey",
      "lowerKey", "higherKey", "first", "last", "floor", "ceiling", "lower", "higher",
      "firstEntry", "lastEntry", "getFirst", "getLast", "toString", "stream", "forEach");

  /** Calls that copy or print a collection passed to them. */
  private static final Set<String> CONSUMERS = Set.of("println", "print", "valueOf", "addAll",
      "putAll", "join", "max", "min", "frequency", "copyOf");

  private SortedViews() {}

  /** Whether the value of {@code view} is used up where it is made (see the class comment). */
  static boolean usedAtOnce(Expression view, CallSite site) {
    Node parent = view.getParentNode().orElse(null);
    return switch (parent) {
      case EnclosedExpr enclosed -> usedAtOnce(enclosed, site);
      case ForEachStmt loop -> loop.getIterable() == view;
      case ExpressionStmt discarded -> true; // made only for its exception
      case BinaryExpr binary -> binary.getOperator() == BinaryExpr.Operator.PLUS; // text
      case ObjectCreationExpr copy -> copy.getArguments().contains(view)
          && copy.getAnonymousClassBody().isEmpty() && isJdkCollection(copy);
      case MethodCallExpr call when call.getScope().orElse(null) == view -> {
        String name = call.getNameAsString();
        yield READS.contains(name) || VIEW_METHODS.contains(name) && usedAtOnce(call, site);
      }
      case MethodCallExpr call -> CONSUMERS.contains(call.getNameAsString()) && isJdk(call, site);
      case null, default -> false;
    };
  }

  private static boolean isJdk(MethodCallExpr call, CallSite site) {
    return site.element(call)
        .map(e -> e.getEnclosingElement() instanceof javax.lang.model.element.TypeElement owner
            && Jdk.isJdk(owner))
        .orElse(false);
  }

  private static boolean isJdkCollection(ObjectCreationExpr creation) {
    String type = creation.getType().getNameAsString();
    return Set.of("ArrayList", "LinkedList", "ArrayDeque", "HashSet", "LinkedHashSet", "TreeSet",
        "HashMap", "LinkedHashMap", "TreeMap").contains(type);
  }
}
