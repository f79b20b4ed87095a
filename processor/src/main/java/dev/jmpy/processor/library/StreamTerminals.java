package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The terminal operations of a pipeline ({@link Streams} gives the elements): a list, a count,
 * a sum, a search, a reduction, an Optional (the value or None), or a collector's result:
 * {@code toList()}, {@code toSet()}, {@code joining(sep[, prefix, suffix])},
 * {@code toMap(key, value)}, {@code groupingBy(key[, counting() / toList()])}, {@code counting()}.
 */
final class StreamTerminals {
  private final CallSite site;
  private final Streams streams;

  private StreamTerminals(CallSite site) {
    this.site = site;
    this.streams = new Streams(site);
  }

  static PyExpr terminal(CallSite site, MethodCallExpr call) {
    return new StreamTerminals(site).terminal(call);
  }

  private PyExpr terminal(MethodCallExpr call) {
    String name = call.getNameAsString();
    Expression upstream = call.getScope().orElseThrow();
    int arity = call.getArguments().size();
    return switch (name) {
      // Stream.toList() is unmodifiable (collect(toList()) is an ArrayList).
      case "toList" -> new PyExpr.Call(site.helper(Helper.IMMUTABLE_LIST),
          List.of(elements(upstream)));
      case "collect" -> collect(call, upstream);
      case "count" -> count(upstream);
      case "sum" -> {
        // IntStream.sum() wraps at 32 bits and LongStream's at 64, as Java's int and long do.
        PyExpr total = builtin("sum", elements(upstream));
        TypeMirror result = site.typeOf(call);
        boolean integral = result != null && (result.getKind() == TypeKind.INT
            || result.getKind() == TypeKind.LONG);
        yield integral ? site.wrapIfNeeded(total, null, result, "sum") : total;
      }
      case "anyMatch", "allMatch", "noneMatch" -> {
        PyExpr in = elements(upstream);
        CallSite.Applied applied = site.apply(call.getArgument(0));
        PyExpr tests = new PyExpr.ListComp(applied.result(), applied.variable(), in);
        PyExpr result = builtin(name.equals("allMatch") ? "all" : "any", tests);
        yield name.equals("noneMatch") ? new PyExpr.UnaryOp("not", result) : result;
      }
      // sequential: findAny finds the first, as Java's sequential streams do
      case "findFirst", "findAny" -> builtin("next", builtin("iter", elements(upstream)),
          literal("None"));
      case "max", "min" -> extreme(call, upstream, name.equals("max") ? 1 : -1);
      case "average" -> new PyExpr.Call(site.helper(Helper.AVERAGE), List.of(elements(upstream)));
      case "reduce" -> {
        List<PyExpr> args = new ArrayList<>(List.of(elements(upstream)));
        if (arity == 1) {
          args.add(site.translate(call.getArgument(0)));
        } else {
          // reduce(identity, op) and (identity, op, combiner): sequential, the combiner unused
          args.add(site.translate(call.getArgument(1)));
          args.add(site.translate(call.getArgument(0)));
        }
        yield new PyExpr.Call(site.helper(Helper.REDUCE), args);
      }
      case "toArray" -> toArray(call, upstream);
      default -> streams.unmapped(call, "the stream operation " + name + "()",
          Streams.TERMINALS);
    };
  }

  private PyExpr elements(Expression upstream) {
    return streams.elements(upstream);
  }

  private PyExpr count(Expression upstream) {
    return builtin("len", Streams.list(elements(upstream)));
  }

  /**
   * {@code IntStream.max()}: {@code max(xs, default=None)}, the OptionalInt; {@code
   * Stream.max(cmp)}: {@code _jextreme(xs, cmp, 1, True)}, the first greatest as Java keeps it.
   */
  private PyExpr extreme(MethodCallExpr call, Expression upstream, int sign) {
    if (call.getArguments().isEmpty()) {
      return new PyExpr.Call(new PyExpr.Name(sign > 0 ? "max" : "min"),
          List.of(elements(upstream)), List.of(new PyExpr.Keyword("default", literal("None"))));
    }
    return new PyExpr.Call(site.helper(Helper.EXTREME), List.of(elements(upstream),
        site.translate(call.getArgument(0)), literal(String.valueOf(sign)), literal("True")));
  }

  /**
   * {@code toArray()}: an {@code array("i", ...)} for an IntStream (a list for a LongStream), a list
   * for a Stream (object arrays are lists); the generator ({@code String[]::new}) only names the
   * array type.
   */
  private PyExpr toArray(MethodCallExpr call, Expression upstream) {
    if (!call.getArguments().isEmpty() && !(call.getArgument(0) instanceof MethodReferenceExpr)
        && !(call.getArgument(0) instanceof LambdaExpr)) {
      return site.rejectAt(call.getArgument(0), Message.STREAM_OPERAND,
          "toArray with this generator", "jmpy makes the array itself, and would not call it",
          "write the constructor reference, toArray(String[]::new)");
    }
    TypeMirror component = TypedArrays.component(site.typeOf(call));
    if (component == null) {
      return site.rejectAt(call, Message.STREAM_OPERAND, "toArray()",
          "javac recorded no array type for it", "declare the array's type");
    }
    return TypedArrays.from(component, elements(upstream), site::arrayClass);
  }

  private PyExpr collect(MethodCallExpr call, Expression upstream) {
    if (call.getArguments().size() == 1 && call.getArgument(0) instanceof MethodCallExpr collector) {
      String kind = collector.getNameAsString();
      List<Expression> args = collector.getArguments();
      switch (kind) {
        case "toList":
          return Streams.list(elements(upstream));
        case "toSet":
          return builtin("set", elements(upstream));
        case "counting":
          return count(upstream);
        case "joining":
          return joining(collector, upstream);
        case "toMap":
          if (args.size() == 2) {
            return new PyExpr.Call(site.helper(Helper.TO_MAP), List.of(elements(upstream),
                site.translate(args.get(0)), site.translate(args.get(1))));
          }
          break;
        case "groupingBy":
          PyExpr grouped = grouping(collector, upstream, site.typeOf(call));
          if (grouped != null) {
            return grouped;
          }
          break;
        case "partitioningBy":
          PyExpr parts = partitionCall(elements(upstream), args);
          if (parts != null) {
            return parts;
          }
          break;
        default:
          break;
      }
    }
    return site.rejectAt(call, Message.STREAM_SHAPE, "this collector",
        "use Collectors.toList(), toSet(), joining(...), counting(), toMap(key, value), "
            + "groupingBy(key[, map factory][, downstream]) or partitioningBy(test[, downstream]) "
            + "with toList(), toSet(), counting(), joining(...), mapping(f, d), filtering(p, d), "
            + "summingInt/Long(f) downstream, or a loop");
  }

  /** A downstream collector that keeps the list of elements as it is (toList()). */
  private static final PyExpr KEEP = new PyExpr.Name("list");

  /**
   * {@code groupingBy(key[, mapFactory], downstream)}: {@code _jgroup(xs, key, count[, down[,
   * m]])}, into the map the factory names ({@code TreeMap::new}: a _TreeMap in the keys' natural
   * order; {@code LinkedHashMap::new}: an OrderedDict, in encounter order); null if a part is
   * not one jmpy translates.
   */
  private PyExpr grouping(MethodCallExpr collector, Expression upstream, TypeMirror result) {
    List<Expression> args = collector.getArguments();
    if (args.size() == 3) {
      PyExpr map = mapFactory(args.get(1), result);
      return map == null ? null
          : groupCall(elements(upstream), List.of(args.get(0), args.get(2)), map);
    }
    return groupCall(elements(upstream), args, null);
  }

  /**
   * {@code _jgroup(items, key, count[, down[, m]])} for {@code groupingBy(key[, downstream])},
   * into {@code map} when not null; null if a part is not one jmpy translates.
   */
  private PyExpr groupCall(PyExpr items, List<Expression> args, PyExpr map) {
    if (args.isEmpty() || args.size() > 2) {
      return null;
    }
    List<PyExpr> call = new ArrayList<>(List.of(items, site.translate(args.get(0))));
    if (args.size() == 2 && isCall(args.get(1), "counting", 0)) {
      call.add(literal("True"));
      if (map != null) {
        call.add(literal("None"));
      }
    } else {
      call.add(literal("False"));
      Optional<PyExpr> down = args.size() == 1 ? Optional.of(KEEP) : downstream(args.get(1));
      if (down.isEmpty()) {
        return null;
      }
      if (down.get() != KEEP || map != null) {
        call.add(down.get() == KEEP ? literal("None") : down.get());
      }
    }
    if (map != null) {
      call.add(map);
    }
    return new PyExpr.Call(site.helper(Helper.GROUPING), call);
  }

  /** {@code _jpartition(items, test[, down])} for {@code partitioningBy(test[, downstream])}. */
  private PyExpr partitionCall(PyExpr items, List<Expression> args) {
    if (args.isEmpty() || args.size() > 2) {
      return null;
    }
    Optional<PyExpr> down = args.size() == 1 ? Optional.of(KEEP) : downstream(args.get(1));
    if (down.isEmpty()) {
      return null;
    }
    List<PyExpr> call = new ArrayList<>(List.of(items, site.translate(args.get(0))));
    if (down.get() != KEEP) {
      call.add(down.get());
    }
    return new PyExpr.Call(site.helper(Helper.PARTITION), call);
  }

  /** The empty map a {@code groupingBy} factory makes ({@code TreeMap::new}), or null. */
  private PyExpr mapFactory(Expression factory, TypeMirror result) {
    String made = null;
    if (factory instanceof MethodReferenceExpr ref && ref.getIdentifier().equals("new")) {
      made = ref.getScope().toString().replaceAll("<.*", "");
    } else if (factory instanceof LambdaExpr lambda && lambda.getParameters().isEmpty()
        && lambda.getExpressionBody().orElse(null)
            instanceof com.github.javaparser.ast.expr.ObjectCreationExpr creation
        && creation.getArguments().isEmpty() && creation.getAnonymousClassBody().isEmpty()) {
      made = creation.getType().getNameAsString();
    }
    if (made == null) {
      return null;
    }
    made = made.substring(made.lastIndexOf('.') + 1);
    switch (made) {
      case "HashMap":
        return new PyExpr.DictExpr(List.of(), List.of());
      case "LinkedHashMap":
        return new PyExpr.Call(new PyExpr.Attribute(site.module("collections"), "OrderedDict"),
            List.of());
      case "TreeMap": {
        TypeMirror key = NaturalOrder.elementType(result);
        PyExpr natural = NaturalOrder.comparator(site, key, false, factory, "TreeMap::new");
        return new PyExpr.Call(site.helper(Helper.TREE_MAP), List.of(natural));
      }
      default:
        return null;
    }
  }

  /**
   * A collector applied to each group or partition, as a Python function of the list of its
   * elements ({@link #KEEP} for toList()): toSet(), counting(), joining(...), mapping(f, d),
   * filtering(p, d), summingInt/Long(f), groupingBy and partitioningBy; empty for others.
   */
  private Optional<PyExpr> downstream(Expression collector) {
    if (!(collector instanceof MethodCallExpr call)) {
      return Optional.empty();
    }
    List<Expression> args = call.getArguments();
    PyExpr items = new PyExpr.Name("_xs");
    switch (call.getNameAsString()) {
      case "toList":
        return args.isEmpty() ? Optional.of(KEEP) : Optional.empty();
      case "toSet":
        return args.isEmpty() ? Optional.of(new PyExpr.Name("set")) : Optional.empty();
      case "counting":
        return args.isEmpty() ? Optional.of(new PyExpr.Name("len")) : Optional.empty();
      case "joining": {
        if (args.size() == 2) {
          return Optional.empty();
        }
        PyExpr separator = args.isEmpty() ? literal("\"\"") : site.text(args.get(0));
        PyExpr joined = new PyExpr.Call(new PyExpr.Attribute(separator, "join"), List.of(items));
        if (args.size() == 3) {
          joined = op(op(site.text(args.get(1)), "+", joined), "+", site.text(args.get(2)));
        }
        return Optional.of(PyExpr.Lambda.of(List.of("_xs"), joined));
      }
      case "mapping":
      case "filtering": {
        if (args.size() != 2) {
          return Optional.empty();
        }
        Optional<PyExpr> down = downstream(args.get(1));
        if (down.isEmpty()) {
          return down;
        }
        CallSite.Applied applied = site.apply(args.get(0));
        PyExpr each = call.getNameAsString().equals("mapping")
            ? new PyExpr.ListComp(applied.result(), applied.variable(), items)
            : new PyExpr.ListComp(new PyExpr.Name(applied.variable()), applied.variable(), items,
                applied.result());
        PyExpr body = down.get() == KEEP ? each : new PyExpr.Call(down.get(), List.of(each));
        return Optional.of(PyExpr.Lambda.of(List.of("_xs"), body));
      }
      case "summingInt":
      case "summingLong": {
        if (args.size() != 1) {
          return Optional.empty();
        }
        CallSite.Applied applied = site.apply(args.get(0));
        PyExpr total = builtin("sum", new PyExpr.ListComp(applied.result(), applied.variable(),
            items));
        return Optional.of(PyExpr.Lambda.of(List.of("_xs"), new PyExpr.Call(site.helper(
            call.getNameAsString().equals("summingInt") ? Helper.WRAP_INT : Helper.WRAP_LONG),
            List.of(total))));
      }
      case "groupingBy":
      case "partitioningBy": {
        PyExpr inner = call.getNameAsString().equals("groupingBy")
            ? groupCall(items, args, null) : partitionCall(items, args);
        return inner == null ? Optional.empty()
            : Optional.of(PyExpr.Lambda.of(List.of("_xs"), inner));
      }
      default:
        return Optional.empty();
    }
  }

  private static boolean isCall(Expression e, String name, int arity) {
    return e instanceof MethodCallExpr call && call.getNameAsString().equals(name)
        && call.getArguments().size() == arity;
  }

  /** {@code sep.join(xs)}, with prefix and suffix: {@code prefix + sep.join(xs) + suffix}. */
  private PyExpr joining(MethodCallExpr collector, Expression upstream) {
    List<Expression> args = collector.getArguments();
    if (args.size() == 2) {
      return site.rejectAt(collector, Message.STREAM_SHAPE, "joining with two arguments",
          "Collectors.joining takes a separator, or a separator, prefix and suffix");
    }
    PyExpr separator = args.isEmpty() ? literal("\"\"") : site.text(args.get(0));
    PyExpr joined = new PyExpr.Call(new PyExpr.Attribute(separator, "join"),
        List.of(elements(upstream)));
    if (args.size() == 3) {
      return op(op(site.text(args.get(1)), "+", joined), "+", site.text(args.get(2)));
    }
    return joined;
  }
}
