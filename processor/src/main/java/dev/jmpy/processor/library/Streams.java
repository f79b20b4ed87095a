package dev.jmpy.processor.library;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Simple stream pipelines as list comprehensions: {@code xs.stream().filter(p).map(f)
 * .collect(toList())} → {@code [f(x) for x in [x for x in xs if p(x)]]}, with a one-parameter
 * lambda written inline. Sources: {@code Collection.stream()}, {@code Arrays.stream(a)},
 * {@code IntStream.range/rangeClosed}, {@code Stream.of}; stages: map (and mapToInt, mapToObj,
 * boxed), filter, sorted, limit, skip; terminals: toList, collect(toList() / joining), count,
 * sum, anyMatch, allMatch, noneMatch. Anything else is rejected ({@link StreamRows} names the
 * operations).
 */
final class Streams {
  private final CallSite site;

  private Streams(CallSite site) {
    this.site = site;
  }

  /** The elements {@code stream} produces, as a Python list (or an iterable for sources). */
  static PyExpr elements(CallSite site, Expression stream) {
    return new Streams(site).elements(stream);
  }

  /** The call's terminal operation on its stream. */
  static PyExpr terminal(CallSite site) {
    return new Streams(site).terminal((MethodCallExpr) site.node());
  }

  /** Whether {@code type} is one of the JDK's stream types. */
  private static boolean isStream(TypeElement type) {
    return LibraryRegistry.families(type.getQualifiedName().toString())
        .equals(List.of(StreamRows.STREAM));
  }

  /** The elements a stream expression produces, as a Python list (or iterable for sources). */
  private PyExpr elements(Expression stream) {
    if (!(stream instanceof MethodCallExpr call)) {
      return site.rejectAt(stream, Message.STREAM_SHAPE, "a stream held in a variable",
          "write the pipeline in one expression, from its source to its terminal operation");
    }
    String name = call.getNameAsString();
    Optional<TypeElement> owner = owner(call);
    if (owner.isPresent() && !isStream(owner.get())) {
      String type = owner.get().getQualifiedName().toString();
      if (name.equals("stream") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
        return site.translate(call.getScope().get()); // a collection's elements
      }
      if (type.equals("java.util.Arrays") && name.equals("stream") && call.getArguments().size() == 1) {
        return site.translate(call.getArgument(0));
      }
      return unmapped(call, "the stream source " + name + "()", SOURCES);
    }
    if (call.getScope().isEmpty() || isStaticStreamCall(call)) {
      return source(call);
    }
    Expression upstream = call.getScope().get();
    return switch (name) {
      case "map", "mapToInt", "mapToLong", "mapToObj" -> {
        PyExpr in = elements(upstream);
        CallSite.Applied applied = site.apply(call.getArgument(0));
        yield new PyExpr.ListComp(applied.result(), applied.variable(), in);
      }
      case "filter" -> {
        PyExpr in = elements(upstream);
        CallSite.Applied applied = site.apply(call.getArgument(0));
        yield new PyExpr.ListComp(new PyExpr.Name(applied.variable()), applied.variable(), in,
            applied.result());
      }
      case "boxed", "sequential", "asLongStream" -> elements(upstream);
      case "sorted" -> call.getArguments().isEmpty()
          ? naturallySorted(call, upstream)
          : new PyExpr.Call(site.helper(Helper.STABLE_SORT),
              List.of(list(elements(upstream)), site.translate(call.getArgument(0))));
      case "limit" -> new PyExpr.Slice(list(elements(upstream)), null,
          site.translate(call.getArgument(0)));
      case "skip" -> new PyExpr.Slice(list(elements(upstream)),
          site.translate(call.getArgument(0)), null);
      default -> unmapped(call, "the stream operation " + name + "()", STAGES);
    };
  }

  /**
   * {@code sorted()}: Python's sorted for numbers and Strings, else the stable {@code _jsort} with
   * the elements' compareTo.
   */
  private PyExpr naturallySorted(MethodCallExpr call, Expression upstream) {
    javax.lang.model.type.TypeMirror type = site.typeOf(call);
    TypeElement stream = JavaTypes.classOf(type);
    boolean numbers = stream != null && !stream.getSimpleName().contentEquals("Stream");
    javax.lang.model.type.TypeMirror element = NaturalOrder.elementType(type);
    if (numbers || NaturalOrder.isBuiltin(site, element)) {
      return new PyExpr.Call(new PyExpr.Name("sorted"), List.of(elements(upstream)));
    }
    PyExpr compare = NaturalOrder.comparator(site, element, false, call, "sorted()");
    return new PyExpr.Call(site.helper(Helper.STABLE_SORT),
        List.of(list(elements(upstream)), compare));
  }

  /** A terminal operation on a stream. */
  private PyExpr terminal(MethodCallExpr call) {
    String name = call.getNameAsString();
    Expression upstream = call.getScope().orElseThrow();
    return switch (name) {
      case "toList" -> list(elements(upstream));
      case "collect" -> collect(call, upstream);
      case "count" -> new PyExpr.Call(new PyExpr.Name("len"), List.of(list(elements(upstream))));
      case "sum" -> {
        // IntStream.sum() wraps at 32 bits and LongStream's at 64, as Java's int and long do.
        PyExpr total = new PyExpr.Call(new PyExpr.Name("sum"), List.of(elements(upstream)));
        javax.lang.model.type.TypeMirror result = site.typeOf(call);
        boolean integral = result != null && (result.getKind() == javax.lang.model.type.TypeKind.INT
            || result.getKind() == javax.lang.model.type.TypeKind.LONG);
        yield integral ? site.wrapIfNeeded(total, null, result, "sum") : total;
      }
      case "anyMatch", "allMatch", "noneMatch" -> {
        PyExpr in = elements(upstream);
        CallSite.Applied applied = site.apply(call.getArgument(0));
        PyExpr tests = new PyExpr.ListComp(applied.result(), applied.variable(), in);
        PyExpr result = new PyExpr.Call(new PyExpr.Name(name.equals("allMatch") ? "all" : "any"),
            List.of(tests));
        yield name.equals("noneMatch") ? new PyExpr.UnaryOp("not", result) : result;
      }
      default -> unmapped(call, "the stream operation " + name + "()", TERMINALS);
    };
  }

  private PyExpr collect(MethodCallExpr call, Expression upstream) {
    if (call.getArguments().size() == 1 && call.getArgument(0) instanceof MethodCallExpr collector) {
      String kind = collector.getNameAsString();
      if (kind.equals("toList")) {
        return list(elements(upstream));
      }
      if (kind.equals("joining")) {
        PyExpr separator = collector.getArguments().isEmpty()
            ? new PyExpr.Literal("\"\"") : site.translate(collector.getArgument(0));
        if (collector.getArguments().size() > 1) {
          return site.rejectAt(collector, Message.STREAM_SHAPE,
              "joining with a prefix and suffix", "add them with +");
        }
        return new PyExpr.Call(new PyExpr.Attribute(separator, "join"), List.of(elements(upstream)));
      }
    }
    return site.rejectAt(call, Message.STREAM_SHAPE, "this collector",
        "use Collectors.toList() or Collectors.joining(separator)");
  }

  /** A list of the elements: comprehensions and sorted() already are one. */
  private static PyExpr list(PyExpr elements) {
    if (elements instanceof PyExpr.ListComp || elements instanceof PyExpr.Slice
        || (elements instanceof PyExpr.Call c && c.func() instanceof PyExpr.Name n
            && (n.id().equals("sorted") || n.id().equals("_jsort")))) {
      return elements;
    }
    return new PyExpr.Call(new PyExpr.Name("list"), List.of(elements));
  }

  private PyExpr source(MethodCallExpr call) {
    String name = call.getNameAsString();
    List<PyExpr> args = call.getArguments().stream().map(site::translate).toList();
    return switch (name) {
      case "range" -> new PyExpr.Call(new PyExpr.Name("range"), args);
      case "rangeClosed" -> new PyExpr.Call(new PyExpr.Name("range"),
          List.of(args.get(0), new PyExpr.BinOp(args.get(1), "+", new PyExpr.Literal("1"))));
      case "of" -> new PyExpr.ListExpr(args);
      default -> unmapped(call, "the stream source " + name + "()", SOURCES);
    };
  }

  private boolean isStaticStreamCall(MethodCallExpr call) {
    return site.element(call).map(e -> e.getModifiers()
        .contains(javax.lang.model.element.Modifier.STATIC)).orElse(false);
  }

  static final String SOURCES =
      "start from collection.stream(), Arrays.stream(array) or IntStream.range";
  static final String STAGES = "use map, filter, sorted, limit, skip, or a loop";
  static final String TERMINALS = "end the pipeline with toList(), collect(Collectors.toList()), "
      + "count(), sum(), anyMatch, allMatch, noneMatch or forEach";

  private PyExpr unmapped(MethodCallExpr call, String what, String instead) {
    return site.rejectAt(call, Message.STREAM_SHAPE, what, instead);
  }

  private Optional<TypeElement> owner(MethodCallExpr call) {
    Optional<Element> element = site.element(call);
    return element.filter(e -> e instanceof ExecutableElement)
        .map(e -> (TypeElement) e.getEnclosingElement());
  }
}
