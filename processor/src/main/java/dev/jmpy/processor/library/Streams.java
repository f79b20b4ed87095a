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

  Streams(CallSite site) {
    this.site = site;
  }

  /** The elements {@code stream} produces, as a Python list (or an iterable for sources). */
  static PyExpr elements(CallSite site, Expression stream) {
    return new Streams(site).elements(stream);
  }

  /** The call's terminal operation on its stream. */
  static PyExpr terminal(CallSite site) {
    return StreamTerminals.terminal(site, (MethodCallExpr) site.node());
  }

  /** Whether {@code type} is one of the JDK's stream types. */
  private static boolean isStream(TypeElement type) {
    return LibraryRegistry.families(type.getQualifiedName().toString())
        .equals(List.of(StreamRows.STREAM));
  }

  /** The elements a stream expression produces, as a Python list (or iterable for sources). */
  PyExpr elements(Expression stream) {
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
      if (type.equals(Jdk.STRING) && call.getScope().isPresent()) {
        PyExpr text = site.translate(call.getScope().get());
        if (name.equals("lines")) {
          return new PyExpr.Call(site.helper(Helper.LINES), List.of(text)); // a list
        }
        if (name.equals("chars")) {
          return new PyExpr.ListComp(new PyExpr.Call(new PyExpr.Name("ord"),
              List.of(new PyExpr.Name("_c"))), "_c", text);
        }
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
      case "limit" -> limit(call, upstream);
      case "skip" -> new PyExpr.Slice(list(elements(upstream)), count(call.getArgument(0)), null);
      case "distinct" -> new PyExpr.Call(site.helper(Helper.DISTINCT),
          List.of(elements(upstream)));
      default -> unmapped(call, "the stream operation " + name + "()", STAGES);
    };
  }

  /**
   * {@code limit(n)}: a slice, or, right after {@code Stream.iterate(seed, [hasNext,] f)}, the n
   * elements Java takes ({@code _jiterate}), after {@code Stream.generate(s)} {@code [s() for _ in
   * range(n)]}: an infinite source is cut where it stands.
   */
  private PyExpr limit(MethodCallExpr call, Expression upstream) {
    if (upstream instanceof MethodCallExpr source && isStaticStreamCall(source)
        && (source.getNameAsString().equals("iterate")
            || source.getNameAsString().equals("generate"))) {
      List<PyExpr> args = source.getArguments().stream().map(site::translate).toList();
      PyExpr n = site.translate(call.getArgument(0));
      if (source.getNameAsString().equals("generate")) {
        String unused = site.temporary("n");
        return new PyExpr.ListComp(new PyExpr.Call(args.get(0), List.of()), unused,
            new PyExpr.Call(new PyExpr.Name("range"), List.of(count(call.getArgument(0)))));
      }
      List<PyExpr> iterate = args.size() == 2 ? List.of(args.get(0), args.get(1), n)
          : List.of(args.get(0), args.get(2), n, args.get(1));
      return new PyExpr.Call(site.helper(Helper.ITERATE), iterate);
    }
    return new PyExpr.Slice(list(elements(upstream)), null, count(call.getArgument(0)));
  }

  /**
   * The count of limit/skip: itself when it cannot be negative, else {@code _jcount(n)}, which
   * raises IllegalArgumentException as Java does (a negative slice bound counts from the end).
   */
  private PyExpr count(Expression n) {
    dev.jmpy.processor.analysis.IntRanges.Range range = site.range(n);
    PyExpr value = site.translate(n);
    return range != null && range.lo() >= 0 ? value
        : new PyExpr.Call(site.helper(Helper.COUNT), List.of(value));
  }

  private boolean isArray(Expression e) {
    javax.lang.model.type.TypeMirror type = site.typeOf(e);
    return type != null && type.getKind() == javax.lang.model.type.TypeKind.ARRAY;
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

  /** A list of the elements: comprehensions and sorted() already are one. */
  static PyExpr list(PyExpr elements) {
    if (elements instanceof PyExpr.ListComp || elements instanceof PyExpr.Slice
        || elements instanceof PyExpr.ListExpr
        || (elements instanceof PyExpr.Call c && c.func() instanceof PyExpr.Name n
            && List.of("sorted", "_jsort", "_jdistinct", "_jiterate", "_jlines").contains(n.id()))) {
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
      case "of" -> args.size() == 1 && isArray(call.getArgument(0)) ? args.get(0)
          : new PyExpr.ListExpr(args);
      case "empty" -> new PyExpr.ListExpr(List.of());
      // iterate(seed, hasNext, next) ends where hasNext fails
      case "iterate" -> args.size() == 3 ? new PyExpr.Call(site.helper(Helper.ITERATE),
          List.of(args.get(0), args.get(2), new PyExpr.Literal("None"), args.get(1)))
          : site.rejectAt(call, Message.INFINITE_STREAM, name,
              "write limit(n) right after it (jmpy then makes exactly the n elements Java "
                  + "takes), or a loop");
      case "generate" -> site.rejectAt(call, Message.INFINITE_STREAM, name,
          "write limit(n) right after it (jmpy then makes exactly the n elements Java takes), "
              + "or a loop");
      default -> unmapped(call, "the stream source " + name + "()", SOURCES);
    };
  }

  boolean isStaticStreamCall(MethodCallExpr call) {
    return site.element(call).map(e -> e.getModifiers()
        .contains(javax.lang.model.element.Modifier.STATIC)).orElse(false);
  }

  static final String SOURCES = "start from collection.stream(), Arrays.stream(array), "
      + "IntStream.range, string.chars() or string.lines()";
  static final String STAGES = "use map, filter, sorted, distinct, limit, skip, or a loop";
  static final String TERMINALS = "end the pipeline with toList(), toArray(), collect(...), "
      + "count(), sum(), average(), max(), min(), reduce, findFirst, anyMatch, allMatch, noneMatch "
      + "or forEach";

  PyExpr unmapped(MethodCallExpr call, String what, String instead) {
    return site.rejectAt(call, Message.STREAM_SHAPE, what, instead);
  }

  private Optional<TypeElement> owner(MethodCallExpr call) {
    Optional<Element> element = site.element(call);
    return element.filter(e -> e instanceof ExecutableElement)
        .map(e -> (TypeElement) e.getEnclosingElement());
  }
}
