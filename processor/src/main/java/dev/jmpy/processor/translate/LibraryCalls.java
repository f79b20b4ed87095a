package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The JDK methods jmpy translates, one row each: {@code String.length()} → {@code len(s)},
 * {@code Math.max} → {@code max}, ... Each row is backed by a conformance program and listed in
 * docs/semantics.md. A method that is not here is rejected, not guessed.
 */
final class LibraryCalls {
  /** Translates one call site; null means "this row does not apply here". */
  @FunctionalInterface
  private interface Row {
    PyExpr translate(Site site);
  }

  /** A call being translated, with its parts on demand. */
  private record Site(MethodCallExpr call, ExecutableElement method, FunctionContext f,
      CallTranslator calls) {
    PyExpr receiver() {
      return calls.receiver(call, f);
    }

    PyExpr arg(int i) {
      return calls.expressions().translate(call.getArgument(i), f);
    }

    List<PyExpr> args() {
      return calls.expressions().translateAll(call.getArguments(), f);
    }

    int arity() {
      return call.getArguments().size();
    }

    PyExpr builtin(String name, List<PyExpr> args) {
      return new PyExpr.Call(new PyExpr.Name(name), args);
    }

    /** {@code target.name(args)}. */
    PyExpr method(PyExpr target, String name, PyExpr... args) {
      return new PyExpr.Call(new PyExpr.Attribute(target, name), List.of(args));
    }

    /** Argument {@code i} as text (a char argument becomes its one-letter string). */
    PyExpr text(int i) {
      return calls.strings().text(call.getArgument(i), f);
    }

    /** {@code _jparse(s, limit)}: Java's parseInt/parseLong rules and messages. */
    PyExpr parseInteger(String limit) {
      return new PyExpr.Call(calls.module().helper(Helper.PARSE_INTEGER),
          List.of(arg(0), new PyExpr.Literal(limit)));
    }

    /**
     * {@code _jsort(lst, cmp)} (stable), or a natural sort ({@link #naturalSort}) for a null
     * comparator; {@code source} is the list's Java expression.
     */
    PyExpr sort(PyExpr list, Expression source, int comparatorIndex) {
      Expression comparator = call.getArgument(comparatorIndex);
      if (comparator instanceof com.github.javaparser.ast.expr.NullLiteralExpr) {
        return naturalSort(list, source);
      }
      return new PyExpr.Call(calls.module().helper(Helper.STABLE_SORT),
          List.of(list, arg(comparatorIndex)));
    }

    /**
     * Sorting a list or array of {@code source}'s elements by their natural order: Python's own
     * sort for numbers and Strings (equal ones cannot be told apart, so stability does not
     * matter), else the stable {@code _jsort} with compareTo.
     */
    PyExpr naturalSort(PyExpr list, Expression source) {
      TypeMirror element = NaturalOrder.elementType(calls.expressions().typeOf(source));
      NaturalOrder order = new NaturalOrder(calls.env(), calls.expressions());
      if (order.isBuiltin(element)) {
        return method(list, "sort");
      }
      return new PyExpr.Call(calls.module().helper(Helper.STABLE_SORT), List.of(list,
          order.comparator(element, false, call, "this sort")));
    }

    /** Comparator.naturalOrder() / reverseOrder() as a comparison function. */
    PyExpr natural(boolean reversed) {
      TypeMirror compared = NaturalOrder.elementType(calls.expressions().typeOf(call));
      return new NaturalOrder(calls.env(), calls.expressions()).comparator(compared, reversed,
          call, call.getNameAsString() + "()");
    }

    /**
     * Collections.max/min of numbers or Strings: Python's max/min, which keep the first of equal
     * elements as Java does. Other element types are rejected.
     */
    PyExpr extreme(String function) {
      TypeMirror element = NaturalOrder.elementType(calls.expressions().typeOf(call.getArgument(0)));
      if (!new NaturalOrder(calls.env(), calls.expressions()).isBuiltin(element)) {
        calls.env().report(call, dev.jmpy.processor.diag.Message.UNMAPPED_LIBRARY_CALL,
            "Collections." + function + "() of " + element + " elements",
            "loop over them keeping the " + (function.equals("max") ? "greatest" : "least")
                + " by compareTo");
        return ExpressionTranslator.ERROR;
      }
      return builtin(function, args());
    }

    /**
     * Comparator.comparing(key): {@code _jcomparing} compares the keys with Python's operators,
     * right for number and String keys only.
     */
    PyExpr comparing() {
      TypeMirror function = calls.expressions().typeOf(call.getArgument(0));
      TypeMirror key = function instanceof javax.lang.model.type.DeclaredType declared
          && declared.getTypeArguments().size() == 2 ? declared.getTypeArguments().get(1) : null;
      if (key != null && !new NaturalOrder(calls.env(), calls.expressions()).isBuiltin(key)) {
        calls.env().report(call, dev.jmpy.processor.diag.Message.UNKNOWN_NATURAL_ORDER,
            call.getNameAsString() + "(...)", "keys of type " + key,
            "compare the keys in a lambda: (a, b) -> key(a).compareTo(key(b))");
        return ExpressionTranslator.ERROR;
      }
      return new PyExpr.Call(calls.module().helper(Helper.COMPARING), args());
    }

    /**
     * Whether the call's value is used: not a statement of its own (a lambda's expression body
     * counts as used, it may be a Predicate's result).
     */
    boolean valueUsed() {
      return !(call.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.ExpressionStmt stmt)
          || stmt.getParentNode().orElse(null) instanceof com.github.javaparser.ast.expr.LambdaExpr;
    }

    /**
     * headMap(to[, inclusive]) / headSet: {@code m.head(to, False)}, a copy; see
     * {@link SortedViews}.
     */
    PyExpr head() {
      return method(receiver(), "head", arg(0),
          arity() == 2 ? arg(1) : new PyExpr.Literal("False"));
    }

    /** tailMap(from[, inclusive]) / tailSet: {@code m.tail(from, True)}, a copy. */
    PyExpr tail() {
      return method(receiver(), "tail", arg(0),
          arity() == 2 ? arg(1) : new PyExpr.Literal("True"));
    }

    /**
     * A list's add / a deque's offer, which return true in Java and None in Python: used as a
     * value, {@code (lst.append(x) or True)}.
     */
    PyExpr alwaysTrue(PyExpr call) {
      return valueUsed() ? new PyExpr.BinOp(call, "or", new PyExpr.Literal("True")) : call;
    }

    /** A helper function applied to the receiver and the arguments. */
    PyExpr helperCall(Helper helper) {
      List<PyExpr> all = new java.util.ArrayList<>();
      all.add(receiver());
      all.addAll(args());
      return new PyExpr.Call(calls.module().helper(helper), all);
    }

    boolean isComparatorParameter(int i) {
      TypeMirror t = method.getParameters().get(i).asType();
      return t.toString().startsWith("java.util.Comparator");
    }

    /** printf / format on System.out: print without a newline. */
    PyExpr printf() {
      if (systemStream(this).isEmpty()) {
        return null;
      }
      PyExpr text = new Formats(calls, f).format(call.getArgument(0),
          call.getArguments().subList(1, arity()), call);
      List<PyExpr.Keyword> keywords = new java.util.ArrayList<>();
      keywords.add(new PyExpr.Keyword("end", new PyExpr.Literal("\"\"")));
      if (systemStream(this).get().equals("err")) {
        keywords.add(new PyExpr.Keyword("file",
            new PyExpr.Attribute(calls.module().stubModule("sys"), "stderr")));
      }
      return new PyExpr.Call(new PyExpr.Name("print"), List.of(text), keywords);
    }

    /** Integer.compare(a, b): -1, 0 or 1. */
    PyExpr compare() {
      // (a > b) - (a < b): each argument evaluated once, as in Java.
      String a = f.temporary("a");
      String b = f.temporary("b");
      return new PyExpr.BinOp(
          new PyExpr.BinOp(new PyExpr.NamedExpr(a, arg(0)), ">", new PyExpr.NamedExpr(b, arg(1))),
          "-", new PyExpr.BinOp(new PyExpr.Name(a), "<", new PyExpr.Name(b)));
    }

    /** a.compareTo(b) on boxed numbers: -1, 0 or 1, each side evaluated once. */
    PyExpr compareWithReceiver() {
      String a = f.temporary("a");
      String b = f.temporary("b");
      return new PyExpr.BinOp(
          new PyExpr.BinOp(new PyExpr.NamedExpr(a, receiver()), ">", new PyExpr.NamedExpr(b, arg(0))),
          "-", new PyExpr.BinOp(new PyExpr.Name(a), "<", new PyExpr.Name(b)));
    }

    /** Math.abs: abs, wrapped when the argument may be MIN_VALUE (whose abs is itself in Java). */
    PyExpr abs() {
      PyExpr value = builtin("abs", args());
      TypeMirror type = calls.expressions().typeOf(call.getArgument(0));
      if (type == null || !calls.expressions().javaTypes().isIntegral(type)) {
        return value;
      }
      IntRanges.Range range = new IntRanges(calls.env(), calls.expressions()).range(call.getArgument(0), f);
      IntRanges.Range limit = IntRanges.ofType(type, calls.expressions().javaTypes());
      IntRanges.Range result = range == null || range.lo() == limit.lo() ? null
          : new IntRanges.Range(0, Math.max(Math.abs(range.lo()), Math.abs(range.hi())));
      return new Operators(calls.env(), calls.expressions()).wrapIfNeeded(value, result, type, call, "abs");
    }

    /**
     * poll/peek: {@code (d.pop(0) if d else None)} with the deque evaluated once; {@code take}
     * is the method to call ("pop") or null to index, {@code at} the index (null: the end).
     */
    PyExpr takeOrNone(String take, String at) {
      PyExpr deque = receiver();
      PyExpr test = deque;
      if (!(deque instanceof PyExpr.Name)) {
        String temp = f.temporary("deque");
        test = new PyExpr.NamedExpr(temp, deque);
        deque = new PyExpr.Name(temp);
      }
      PyExpr value = take == null
          ? new PyExpr.Subscript(deque, new PyExpr.Literal(at))
          : at == null ? method(deque, take) : method(deque, take, new PyExpr.Literal(at));
      return new PyExpr.IfExp(test, value, new PyExpr.Literal("None"));
    }

    /** Math.floorDiv: floor division, wrapped unless the divisor cannot be -1 (MIN / -1). */
    PyExpr floorDiv() {
      PyExpr value = new PyExpr.Call(calls.module().helper(Helper.FLOOR_DIV), args());
      IntRanges.Range divisor = new IntRanges(calls.env(), calls.expressions())
          .range(call.getArgument(1), f);
      TypeMirror type = calls.expressions().typeOf(call);
      boolean byMinusOne = divisor == null || (divisor.lo() <= -1 && -1 <= divisor.hi());
      return byMinusOne && type != null
          ? new Operators(calls.env(), calls.expressions()).wrapIfNeeded(value, null, type, call,
              "floorDiv")
          : value;
    }

    /** Java's unsigned text of an int: "%x" % (i & 0xFFFFFFFF). */
    PyExpr unsigned(String format, String mask) {
      return new PyExpr.BinOp(new PyExpr.Literal(Literals.string(format)), "%",
          new PyExpr.BinOp(arg(0), "&", new PyExpr.Literal(mask)));
    }

    boolean isArray(int i) {
      TypeMirror t = calls.expressions().typeOf(call.getArgument(i));
      return t != null && t.getKind() == javax.lang.model.type.TypeKind.ARRAY;
    }

    boolean isCharArray(int i) {
      TypeMirror t = calls.expressions().typeOf(call.getArgument(i));
      return t instanceof javax.lang.model.type.ArrayType array
          && array.getComponentType().getKind() == javax.lang.model.type.TypeKind.CHAR;
    }

    boolean isString(int i) {
      return JavaTypes.isString(calls.expressions().typeOf(call.getArgument(i)));
    }

    /**
     * {@code s.split(",")} with a literal separator that is no regular expression: Python's split,
     * less the trailing empty strings Java drops. Anything else needs a regex engine: rejected.
     */
    PyExpr split() {
      if (arity() != 1 || !(call.getArgument(0) instanceof com.github.javaparser.ast.expr.StringLiteralExpr lit)
          || lit.asString().isEmpty() || lit.asString().chars().anyMatch(c -> ".$|()[{^?*+\\".indexOf(c) >= 0)) {
        return calls.expressions().unsupported(call, "split with a regular expression",
            "split on a literal separator without regex characters");
      }
      return new PyExpr.Call(calls.module().helper(Helper.SPLIT), List.of(receiver(), arg(0)));
    }

    /** Whether this is List.remove(int index), not remove(Object). */
    boolean isIndexRemove() {
      return method.getParameters().size() == 1
          && method.getParameters().get(0).asType().getKind() == javax.lang.model.type.TypeKind.INT;
    }

    /** A StringBuilder (a list of pieces) as one string. */
    /** {@code _jsbedit(sb, start, end, text)}; {@code start} is an index read twice, so plain only. */
    PyExpr builderEdit(PyExpr start, PyExpr end, PyExpr text) {
      if (!(call.getArgument(0).isNameExpr() || call.getArgument(0).isLiteralExpr())) {
        return calls.expressions().unsupported(call.getArgument(0), "a computed index here",
            "store it in a local variable first");
      }
      return new PyExpr.Call(calls.module().helper(Helper.BUILDER_EDIT),
          List.of(receiver(), start, end, text));
    }

    /** Argument {@code i}, a start index, as Java reads it: a negative one counts as 0. */
    PyExpr nonNegative(int i) {
      Expression e = call.getArgument(i);
      if (e instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr) {
        return arg(i);
      }
      return builtin("max", List.of(arg(i), new PyExpr.Literal("0")));
    }

    PyExpr joined(PyExpr builder) {
      return method(new PyExpr.Literal("\"\""), "join", builder);
    }

    /** {@code chr(c).test()} for Character's classification methods. */
    PyExpr charTest(String test) {
      return method(builtin("chr", List.of(arg(0))), test);
    }
  }

  private static final Map<String, Row> ROWS = Map.ofEntries(
      Map.entry("java.io.PrintStream#println", site -> print(site, true)),
      Map.entry("java.io.PrintStream#print", site -> print(site, false)),
      Map.entry("java.lang.String#length", site -> site.builtin("len", List.of(site.receiver()))),
      // Bytes for streams: UTF-8 only (MicroPython's str.encode() knows no other).
      Map.entry("java.lang.String#getBytes", site -> site.arity() == 0
          || (site.arity() == 1 && isUtf8(site.call().getArgument(0)))
          ? encoded(site.receiver()) : null),
      Map.entry("java.lang.String#isEmpty", site -> new PyExpr.BinOp(
          site.builtin("len", List.of(site.receiver())), "==", new PyExpr.Literal("0"))),
      Map.entry("java.lang.String#equals", site -> new PyExpr.BinOp(site.receiver(), "==", site.arg(0))),
      Map.entry("java.lang.String#valueOf", site ->
          site.calls().strings().text(site.call().getArgument(0), site.f())),
      Map.entry("java.lang.Integer#toString", site -> site.arity() == 1
          ? site.builtin("str", List.of(site.arg(0))) : null),
      Map.entry("java.lang.Long#toString", site -> site.arity() == 1
          ? site.builtin("str", List.of(site.arg(0))) : null),
      Map.entry("java.lang.Integer#parseInt", site -> site.arity() == 1
          ? site.parseInteger("2147483648") : null),
      Map.entry("java.lang.Long#parseLong", site -> site.arity() == 1
          ? site.parseInteger("9223372036854775808") : null),
      Map.entry("java.lang.String#charAt", site -> site.builtin("ord",
          List.of(new PyExpr.Subscript(site.receiver(), site.arg(0))))),
      Map.entry("java.lang.String#substring", site -> new PyExpr.Slice(site.receiver(), site.arg(0),
          site.arity() == 2 ? site.arg(1) : null)),
      Map.entry("java.lang.String#toUpperCase", site -> site.arity() == 0
          ? site.method(site.receiver(), "upper") : null),
      Map.entry("java.lang.String#toLowerCase", site -> site.arity() == 0
          ? site.method(site.receiver(), "lower") : null),
      Map.entry("java.lang.String#startsWith", site -> site.arity() == 1
          ? site.method(site.receiver(), "startswith", site.arg(0)) : null),
      Map.entry("java.lang.String#endsWith", site -> site.method(site.receiver(), "endswith", site.arg(0))),
      Map.entry("java.lang.String#contains", site -> new PyExpr.BinOp(site.arg(0), "in", site.receiver())),
      Map.entry("java.lang.String#indexOf", site -> site.arity() == 1
          ? site.method(site.receiver(), "find", site.text(0))
          : site.method(site.receiver(), "find", site.text(0), site.nonNegative(1))),
      Map.entry("java.lang.String#lastIndexOf", site -> site.arity() == 1
          ? site.method(site.receiver(), "rfind", site.text(0)) : null),
      Map.entry("java.lang.String#trim", site -> site.method(site.receiver(), "strip")),
      Map.entry("java.lang.String#strip", site -> site.method(site.receiver(), "strip")),
      Map.entry("java.lang.String#isBlank", site -> new PyExpr.BinOp(
          site.builtin("len", List.of(site.method(site.receiver(), "strip"))), "==",
          new PyExpr.Literal("0"))),
      Map.entry("java.lang.String#replace", site -> site.method(site.receiver(), "replace",
          site.text(0), site.text(1))),
      Map.entry("java.lang.String#repeat", site -> new PyExpr.BinOp(site.receiver(), "*", site.arg(0))),
      Map.entry("java.lang.String#equalsIgnoreCase", site -> new PyExpr.BinOp(
          site.method(site.receiver(), "lower"), "==", site.method(site.arg(0), "lower"))),
      Map.entry("java.lang.String#concat", site -> new PyExpr.BinOp(site.receiver(), "+", site.arg(0))),
      Map.entry("java.lang.Character#isDigit", site -> site.charTest("isdigit")),
      Map.entry("java.lang.Character#isLetter", site -> site.charTest("isalpha")),
      Map.entry("java.lang.Character#isWhitespace", site -> site.charTest("isspace")),
      Map.entry("java.lang.Character#isUpperCase", site -> site.charTest("isupper")),
      Map.entry("java.lang.Character#isLowerCase", site -> site.charTest("islower")),
      Map.entry("java.lang.Character#toUpperCase", site -> site.builtin("ord",
          List.of(site.method(site.builtin("chr", List.of(site.arg(0))), "upper")))),
      Map.entry("java.lang.Character#toLowerCase", site -> site.builtin("ord",
          List.of(site.method(site.builtin("chr", List.of(site.arg(0))), "lower")))),
      Map.entry("java.lang.Character#toString", site -> site.builtin("chr", List.of(site.arg(0)))),
      Map.entry("java.lang.Enum#name", site -> new PyExpr.Attribute(site.receiver(), EnumTranslation.NAME)),
      Map.entry("java.lang.Enum#ordinal", site -> new PyExpr.Attribute(site.receiver(), EnumTranslation.ORDINAL)),
      Map.entry("java.lang.Enum#compareTo", site -> new PyExpr.BinOp(
          new PyExpr.Attribute(site.receiver(), EnumTranslation.ORDINAL), "-",
          new PyExpr.Attribute(site.arg(0), EnumTranslation.ORDINAL))),
      Map.entry("java.lang.Enum#equals", site -> new PyExpr.BinOp(site.receiver(), "is", site.arg(0))),
      Map.entry("java.lang.Enum#toString", site -> site.builtin("str", List.of(site.receiver()))),
      Map.entry("java.lang.Throwable#getMessage", site -> {
        // Python keeps the message in args; a Java exception made without one has null.
        PyExpr args = new PyExpr.Attribute(site.receiver(), "args");
        return new PyExpr.IfExp(args, new PyExpr.Subscript(args, new PyExpr.Literal("0")),
            new PyExpr.Literal("None"));
      }),
      Map.entry("java.lang.String#format", site -> new Formats(site.calls(), site.f())
          .format(site.call().getArgument(0), site.call().getArguments().subList(1, site.arity()),
              site.call())),
      Map.entry("java.lang.String#formatted", site -> new Formats(site.calls(), site.f())
          .format(site.call().getScope().orElseThrow(), site.call().getArguments(), site.call())),
      Map.entry("java.io.PrintStream#printf", site -> site.printf()),
      Map.entry("java.io.PrintStream#format", site -> site.printf()),
      Map.entry("java.lang.Math#floorDiv", site -> site.floorDiv()),
      Map.entry("java.lang.Math#floorMod", site -> new PyExpr.Call(
          site.calls().module().helper(Helper.FLOOR_MOD), site.args())),
      Map.entry("java.lang.Integer#compare", site -> site.compare()),
      Map.entry("java.lang.String#hashCode", site -> new PyExpr.Call(
          site.calls().module().helper(Helper.STRING_HASH), List.of(site.receiver()))),
      Map.entry("java.util.Objects#equals", site -> new PyExpr.BinOp(site.arg(0), "==", site.arg(1))),
      Map.entry("java.util.Objects#requireNonNull", site -> site.arity() == 1 ? site.arg(0) : null),
      Map.entry("java.lang.String#compareTo", site -> new PyExpr.Call(
          site.calls().module().helper(Helper.STRING_COMPARE), List.of(site.receiver(), site.arg(0)))),
      Map.entry("java.lang.Integer#compareTo", site -> site.compareWithReceiver()),
      Map.entry("java.lang.Integer#equals", site -> new PyExpr.BinOp(site.receiver(), "==", site.arg(0))),
      Map.entry("java.lang.Long#equals", site -> new PyExpr.BinOp(site.receiver(), "==", site.arg(0))),
      Map.entry("java.lang.Long#compare", site -> site.compare()),
      Map.entry("java.lang.Integer#valueOf", site -> site.isString(0)
          ? site.parseInteger("2147483648") : site.arg(0)),
      Map.entry("java.lang.Integer#toHexString", site -> site.unsigned("%x", "0xFFFFFFFF")),
      Map.entry("java.lang.Integer#toOctalString", site -> site.unsigned("%o", "0xFFFFFFFF")),
      Map.entry("java.lang.Integer#toBinaryString", site -> new PyExpr.Slice(site.builtin("bin",
          List.of(new PyExpr.BinOp(site.arg(0), "&", new PyExpr.Literal("0xFFFFFFFF")))),
          new PyExpr.Literal("2"), null)),
      Map.entry("java.lang.Long#toHexString", site -> site.unsigned("%x", "0xFFFFFFFFFFFFFFFF")),
      Map.entry("java.lang.Boolean#parseBoolean", site -> new PyExpr.BinOp(
          new PyExpr.BinOp(site.arg(0), "is not", new PyExpr.Literal("None")), "and",
          new PyExpr.BinOp(site.method(site.arg(0), "lower"), "==", new PyExpr.Literal("\"true\"")))),
      Map.entry("java.util.Comparator#comparing", site -> site.arity() == 1
          ? site.comparing() : null),
      Map.entry("java.util.Comparator#comparingInt", site ->
          new PyExpr.Call(site.calls().module().helper(Helper.COMPARING), site.args())),
      Map.entry("java.util.Comparator#naturalOrder", site -> site.natural(false)),
      Map.entry("java.util.Comparator#reverseOrder", site -> site.natural(true)),
      Map.entry("java.util.Collections#reverseOrder", site -> site.arity() == 0
          ? site.natural(true) : null),
      Map.entry("java.util.Comparator#reversed", site -> {
        // lambda a, b, c=cmp: c(b, a)
        PyExpr c = new PyExpr.Name("c");
        return new PyExpr.Lambda(List.of("a", "b", "c=" + PythonText.of(site.receiver())),
            new PyExpr.Call(c, List.of(new PyExpr.Name("b"), new PyExpr.Name("a"))));
      }),
      Map.entry("java.util.Comparator#thenComparing", site -> {
        if (site.arity() != 1) {
          return null; // thenComparing(key, keyComparator): not mapped (JMPY025)
        }
        PyExpr next = site.isComparatorParameter(0) ? site.arg(0) : site.comparing();
        PyExpr a = new PyExpr.Name("a");
        PyExpr b = new PyExpr.Name("b");
        return new PyExpr.Lambda(List.of("a", "b", "c=" + PythonText.of(site.receiver()),
            "d=" + PythonText.of(next)), new PyExpr.BinOp(
            new PyExpr.Call(new PyExpr.Name("c"), List.of(a, b)), "or",
            new PyExpr.Call(new PyExpr.Name("d"), List.of(a, b))));
      }),
      Map.entry("java.util.List#sort", site -> site.sort(site.receiver(),
          site.call().getScope().orElse(null), 0)),
      Map.entry("java.util.Collections#reverse", site -> site.method(site.arg(0), "reverse")),
      Map.entry("java.util.Collections#max", site -> site.arity() == 1 ? site.extreme("max") : null),
      Map.entry("java.util.Collections#min", site -> site.arity() == 1 ? site.extreme("min") : null),
      // An Optional is its value, or None when empty.
      Map.entry("java.util.Optional#of", site -> site.arg(0)),
      Map.entry("java.util.Optional#ofNullable", site -> site.arg(0)),
      Map.entry("java.util.Optional#empty", site -> new PyExpr.Literal("None")),
      Map.entry("java.util.Optional#isPresent", site -> new PyExpr.BinOp(site.receiver(), "is not",
          new PyExpr.Literal("None"))),
      Map.entry("java.util.Optional#isEmpty", site -> new PyExpr.BinOp(site.receiver(), "is",
          new PyExpr.Literal("None"))),
      Map.entry("java.util.Optional#get", site -> site.receiver()),
      Map.entry("java.util.Optional#orElseThrow", site -> site.arity() == 0 ? site.receiver() : null),
      Map.entry("java.util.Optional#orElse", site -> {
        String value = site.f().temporary("v");
        return new PyExpr.IfExp(new PyExpr.BinOp(new PyExpr.NamedExpr(value, site.receiver()),
            "is not", new PyExpr.Literal("None")), new PyExpr.Name(value), site.arg(0));
      }),
      // map / filter / ifPresent / orElseGet: the lambda's parameter takes the value once (:=).
      Map.entry("java.util.Optional#map", site -> {
        Functions.Applied mapped = new Functions(site.calls().expressions(), site.f())
            .apply(site.call().getArgument(0));
        return new PyExpr.IfExp(new PyExpr.BinOp(new PyExpr.NamedExpr(mapped.variable(),
            site.receiver()), "is", new PyExpr.Literal("None")), new PyExpr.Literal("None"),
            mapped.result());
      }),
      Map.entry("java.util.Optional#filter", site -> {
        Functions.Applied test = new Functions(site.calls().expressions(), site.f())
            .apply(site.call().getArgument(0));
        return new PyExpr.IfExp(new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.NamedExpr(
            test.variable(), site.receiver()), "is not", new PyExpr.Literal("None")), "and",
            test.result()), new PyExpr.Name(test.variable()), new PyExpr.Literal("None"));
      }),
      Map.entry("java.util.Optional#ifPresent", site -> {
        Functions.Applied action = new Functions(site.calls().expressions(), site.f())
            .apply(site.call().getArgument(0));
        return new PyExpr.IfExp(new PyExpr.BinOp(new PyExpr.NamedExpr(action.variable(),
            site.receiver()), "is not", new PyExpr.Literal("None")), action.result(),
            new PyExpr.Literal("None"));
      }),
      Map.entry("java.util.Optional#orElseGet", site -> {
        String value = site.f().temporary("v");
        return new PyExpr.IfExp(new PyExpr.BinOp(new PyExpr.NamedExpr(value, site.receiver()),
            "is not", new PyExpr.Literal("None")), new PyExpr.Name(value),
            new PyExpr.Call(site.arg(0), List.of()));
      }),
      Map.entry("java.lang.Math#max", site -> site.builtin("max", site.args())),
      Map.entry("java.lang.Math#min", site -> site.builtin("min", site.args())),
      Map.entry("java.lang.Math#abs", site -> site.abs()),
      Map.entry("java.util.List#size", site -> site.builtin("len", List.of(site.receiver()))),
      Map.entry("java.util.List#get", site -> new PyExpr.Subscript(site.receiver(), site.arg(0))),
      Map.entry("java.util.List#add", site -> site.arity() == 1
          ? site.alwaysTrue(site.method(site.receiver(), "append", site.arg(0)))
          : site.method(site.receiver(), "insert", site.arg(0), site.arg(1))),
      Map.entry("java.util.List#addAll", site -> site.arity() == 1
          ? site.method(site.receiver(), "extend", site.arg(0)) : null),
      Map.entry("java.util.List#isEmpty", site -> new PyExpr.BinOp(
          site.builtin("len", List.of(site.receiver())), "==", new PyExpr.Literal("0"))),
      Map.entry("java.util.List#contains", site -> new PyExpr.BinOp(site.arg(0), "in", site.receiver())),
      Map.entry("java.util.List#indexOf", site -> new PyExpr.IfExp(
          new PyExpr.BinOp(site.arg(0), "in", site.receiver()),
          site.method(site.receiver(), "index", site.arg(0)), new PyExpr.Literal("-1"))),
      Map.entry("java.util.List#clear", site -> site.method(site.receiver(), "clear")),
      Map.entry("java.util.List#remove", site -> site.isIndexRemove()
          ? site.method(site.receiver(), "pop", site.arg(0)) : null),
      Map.entry("java.util.List#of", site -> new PyExpr.ListExpr(site.args())),
      Map.entry("java.util.Arrays#asList", site -> site.arity() == 1 && site.isArray(0)
          ? site.arg(0) : new PyExpr.ListExpr(site.args())),
      Map.entry("java.util.Arrays#toString", site -> site.isCharArray(0)
          // A char[] holds code units (ints): "[" + ", ".join([chr(c) for c in a]) + "]"
          ? new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.Literal("\"[\""), "+",
              site.method(new PyExpr.Literal("\", \""), "join", new PyExpr.ListComp(
                  site.builtin("chr", List.of(new PyExpr.Name("_c"))), "_c", site.arg(0)))),
              "+", new PyExpr.Literal("\"]\""))
          : new PyExpr.Call(site.calls().module().helper(Helper.JAVA_TEXT), List.of(site.arg(0)))),
      Map.entry("java.util.Arrays#sort", site -> site.arity() == 1
          ? site.naturalSort(site.arg(0), site.call().getArgument(0)) : null),
      Map.entry("java.util.Arrays#equals", site -> new PyExpr.BinOp(site.arg(0), "==", site.arg(1))),
      Map.entry("java.lang.String#toCharArray", site -> new PyExpr.ListComp(
          site.builtin("ord", List.of(new PyExpr.Name("_c"))), "_c", site.receiver())),
      // Java joins null elements as "null"; Python's join refuses None.
      Map.entry("java.lang.String#join", site -> site.arity() == 2 && !site.isString(1)
          ? site.method(site.arg(0), "join", new PyExpr.ListComp(new PyExpr.Call(
              site.calls().module().helper(Helper.JAVA_TEXT), List.of(new PyExpr.Name("_s"))),
              "_s", site.arg(1), null))
          : site.method(site.arg(0), "join", new PyExpr.ListExpr(
              java.util.stream.IntStream.range(1, site.arity()).mapToObj(site::text).toList()))),
      Map.entry("java.lang.String#split", site -> site.split()),
      Map.entry("java.util.Collections#sort", site -> site.arity() == 1
          ? site.naturalSort(site.arg(0), site.call().getArgument(0))
          : site.sort(site.arg(0), site.call().getArgument(0), 1)),
      Map.entry("java.util.Map#get", site -> site.method(site.receiver(), "get", site.arg(0))),
      Map.entry("java.util.Map#getOrDefault", site -> site.method(site.receiver(), "get",
          site.arg(0), site.arg(1))),
      Map.entry("java.util.Map#containsKey", site -> new PyExpr.BinOp(site.arg(0), "in", site.receiver())),
      Map.entry("java.util.Map#containsValue", site -> new PyExpr.BinOp(site.arg(0), "in",
          site.method(site.receiver(), "values"))),
      Map.entry("java.util.Map#remove", site -> site.arity() == 1
          ? site.method(site.receiver(), "pop", site.arg(0), new PyExpr.Literal("None")) : null),
      Map.entry("java.util.Map#size", site -> site.builtin("len", List.of(site.receiver()))),
      Map.entry("java.util.Map#isEmpty", site -> new PyExpr.BinOp(
          site.builtin("len", List.of(site.receiver())), "==", new PyExpr.Literal("0"))),
      Map.entry("java.util.Map#keySet", site -> site.method(site.receiver(), "keys")),
      Map.entry("java.util.Map#values", site -> site.method(site.receiver(), "values")),
      Map.entry("java.util.Map#entrySet", site -> site.method(site.receiver(), "items")),
      Map.entry("java.util.Map#clear", site -> site.method(site.receiver(), "clear")),
      Map.entry("java.util.Map$Entry#getKey", site -> new PyExpr.Subscript(site.receiver(),
          new PyExpr.Literal("0"))),
      Map.entry("java.util.Map$Entry#getValue", site -> new PyExpr.Subscript(site.receiver(),
          new PyExpr.Literal("1"))),
      Map.entry("java.util.Map#put", site -> site.helperCall(Helper.MAP_PUT)), // used as a value
      Map.entry("java.util.Map#merge", site -> site.helperCall(Helper.MAP_MERGE)),
      Map.entry("java.util.Map#computeIfAbsent", site -> site.helperCall(Helper.MAP_COMPUTE_IF_ABSENT)),
      Map.entry("java.util.Map#putIfAbsent", site -> site.helperCall(Helper.MAP_PUT_IF_ABSENT)),
      Map.entry("java.util.Set#add", site -> site.valueUsed()
          ? site.helperCall(Helper.SET_ADD) : site.method(site.receiver(), "add", site.arg(0))),
      Map.entry("java.util.Set#contains", site -> new PyExpr.BinOp(site.arg(0), "in", site.receiver())),
      Map.entry("java.util.Set#remove", site -> site.valueUsed()
          ? site.helperCall(Helper.SET_REMOVE) : site.method(site.receiver(), "discard", site.arg(0))),
      Map.entry("java.util.Set#clear", site -> site.method(site.receiver(), "clear")),
      // An Iterator is a _JIterator (see Iterators).
      Map.entry("java.util.Iterator#hasNext", site -> site.method(site.receiver(), "has_next")),
      Map.entry("java.util.Iterator#next", site -> site.method(site.receiver(), "next")),
      Map.entry("java.util.Iterator#remove", site -> site.method(site.receiver(), "remove")),
      Map.entry("java.util.Set#size", site -> site.builtin("len", List.of(site.receiver()))),
      Map.entry("java.util.Set#isEmpty", site -> new PyExpr.BinOp(
          site.builtin("len", List.of(site.receiver())), "==", new PyExpr.Literal("0"))),
      Map.entry("java.lang.StringBuilder#toString", site -> site.joined(site.receiver())),
      Map.entry("java.lang.StringBuilder#reverse", site -> new PyExpr.Call(
          site.calls().module().helper(Helper.BUILDER_REVERSE), List.of(site.receiver()))),
      Map.entry("java.lang.StringBuilder#charAt", site -> site.builtin("ord", List.of(
          new PyExpr.Subscript(site.joined(site.receiver()), site.arg(0))))),
      Map.entry("java.lang.StringBuilder#indexOf", site -> site.arity() == 1
          ? site.method(site.joined(site.receiver()), "find", site.arg(0)) : null),
      Map.entry("java.lang.StringBuilder#insert", site -> site.arity() == 2
          ? site.builderEdit(site.arg(0), site.arg(0), site.text(1)) : null),
      Map.entry("java.lang.StringBuilder#deleteCharAt", site -> site.builderEdit(site.arg(0),
          new PyExpr.BinOp(site.arg(0), "+", new PyExpr.Literal("1")), new PyExpr.Literal("\"\""))),
      Map.entry("java.lang.StringBuilder#setCharAt", site -> site.builderEdit(site.arg(0),
          new PyExpr.BinOp(site.arg(0), "+", new PyExpr.Literal("1")),
          site.builtin("chr", List.of(site.arg(1))))),
      Map.entry("java.lang.StringBuilder#length", site -> site.builtin("len",
          List.of(site.joined(site.receiver())))));

  /**
   * A deque (ArrayDeque, Queue, LinkedList's Deque methods) is a Python list, its head at index 0.
   * An empty poll or peek gives null (None), as in Java.
   */
  private static final Map<String, Row> DEQUE_ROWS = Map.ofEntries(
      Map.entry("addLast", site -> site.method(site.receiver(), "append", site.arg(0))),
      Map.entry("offer", site -> site.alwaysTrue(site.method(site.receiver(), "append", site.arg(0)))),
      Map.entry("offerLast", site -> site.alwaysTrue(
          site.method(site.receiver(), "append", site.arg(0)))),
      Map.entry("add", site -> site.alwaysTrue(site.method(site.receiver(), "append", site.arg(0)))),
      Map.entry("addFirst", site -> site.method(site.receiver(), "insert", new PyExpr.Literal("0"),
          site.arg(0))),
      Map.entry("offerFirst", site -> site.alwaysTrue(site.method(site.receiver(), "insert",
          new PyExpr.Literal("0"), site.arg(0)))),
      Map.entry("push", site -> site.method(site.receiver(), "insert", new PyExpr.Literal("0"),
          site.arg(0))),
      Map.entry("poll", site -> site.takeOrNone("pop", "0")),
      Map.entry("pollFirst", site -> site.takeOrNone("pop", "0")),
      Map.entry("pollLast", site -> site.takeOrNone("pop", null)),
      Map.entry("peek", site -> site.takeOrNone(null, "0")),
      Map.entry("peekFirst", site -> site.takeOrNone(null, "0")),
      Map.entry("peekLast", site -> site.takeOrNone(null, "-1")),
      Map.entry("pop", site -> site.method(site.receiver(), "pop", new PyExpr.Literal("0"))),
      Map.entry("removeFirst", site -> site.method(site.receiver(), "pop", new PyExpr.Literal("0"))),
      Map.entry("remove", site -> site.arity() == 0
          ? site.method(site.receiver(), "pop", new PyExpr.Literal("0")) : null),
      Map.entry("removeLast", site -> site.method(site.receiver(), "pop")),
      Map.entry("getFirst", site -> new PyExpr.Subscript(site.receiver(), new PyExpr.Literal("0"))),
      Map.entry("getLast", site -> new PyExpr.Subscript(site.receiver(), new PyExpr.Literal("-1"))),
      Map.entry("size", site -> site.builtin("len", List.of(site.receiver()))),
      Map.entry("isEmpty", site -> new PyExpr.BinOp(site.builtin("len", List.of(site.receiver())),
          "==", new PyExpr.Literal("0"))),
      Map.entry("contains", site -> new PyExpr.BinOp(site.arg(0), "in", site.receiver())),
      Map.entry("clear", site -> site.method(site.receiver(), "clear")));

  /**
   * TreeMap, SortedMap and NavigableMap beyond the Map rows (which a {@code _TreeMap} answers as a
   * dict would): navigation by key order. Null keys mean "none" as in Java.
   */
  private static final Map<String, Row> TREE_MAP_ROWS = Map.ofEntries(
      Map.entry("put", site -> site.method(site.receiver(), "put", site.arg(0), site.arg(1))),
      Map.entry("firstKey", site -> site.method(site.receiver(), "first_key")),
      Map.entry("lastKey", site -> site.method(site.receiver(), "last_key")),
      Map.entry("floorKey", site -> site.method(site.receiver(), "floor_key", site.arg(0))),
      Map.entry("ceilingKey", site -> site.method(site.receiver(), "ceiling_key", site.arg(0))),
      Map.entry("lowerKey", site -> site.method(site.receiver(), "lower_key", site.arg(0))),
      Map.entry("higherKey", site -> site.method(site.receiver(), "higher_key", site.arg(0))),
      Map.entry("firstEntry", site -> site.method(site.receiver(), "entry", new PyExpr.Literal("0"))),
      Map.entry("lastEntry", site -> site.method(site.receiver(), "entry", new PyExpr.Literal("-1"))),
      Map.entry("pollFirstEntry", site -> site.method(site.receiver(), "poll_entry",
          new PyExpr.Literal("0"))),
      Map.entry("pollLastEntry", site -> site.method(site.receiver(), "poll_entry",
          new PyExpr.Literal("-1"))),
      Map.entry("headMap", site -> site.head()),
      Map.entry("tailMap", site -> site.tail()),
      Map.entry("subMap", site -> site.arity() == 2
          ? site.method(site.receiver(), "sub", site.arg(0), site.arg(1)) : null));

  /** TreeSet, SortedSet and NavigableSet beyond the Set rows: a {@code _TreeSet}. */
  private static final Map<String, Row> TREE_SET_ROWS = Map.ofEntries(
      Map.entry("add", site -> site.method(site.receiver(), "add", site.arg(0))),
      Map.entry("remove", site -> site.method(site.receiver(), "discard", site.arg(0))),
      Map.entry("first", site -> site.method(site.receiver(), "first_key")),
      Map.entry("getFirst", site -> site.method(site.receiver(), "first_key")),
      Map.entry("last", site -> site.method(site.receiver(), "last_key")),
      Map.entry("getLast", site -> site.method(site.receiver(), "last_key")),
      Map.entry("floor", site -> site.method(site.receiver(), "floor_key", site.arg(0))),
      Map.entry("ceiling", site -> site.method(site.receiver(), "ceiling_key", site.arg(0))),
      Map.entry("lower", site -> site.method(site.receiver(), "lower_key", site.arg(0))),
      Map.entry("higher", site -> site.method(site.receiver(), "higher_key", site.arg(0))),
      Map.entry("pollFirst", site -> site.method(site.receiver(), "poll", new PyExpr.Literal("0"))),
      Map.entry("pollLast", site -> site.method(site.receiver(), "poll", new PyExpr.Literal("-1"))),
      Map.entry("headSet", site -> site.head()),
      Map.entry("tailSet", site -> site.tail()),
      Map.entry("subSet", site -> site.arity() == 2
          ? site.method(site.receiver(), "sub", site.arg(0), site.arg(1)) : null));

  /** What to write instead of the sorted-collection methods jmpy does not translate. */
  private static final Map<String, String> SORTED_ALTERNATIVES = Map.ofEntries(
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

  private LibraryCalls() {}

  /** {@code new String(bytes)} / {@code new String(bytes, UTF_8)}: bytes from a stream, decoded. */
  private static Optional<PyExpr> decodedBytes(ObjectCreationExpr creation, FunctionContext f,
      CallTranslator calls) {
    int n = creation.getArguments().size();
    boolean utf8 = n == 1 || (n == 2 && isUtf8(creation.getArgument(1)));
    if (!utf8 || !calls.expressions().typeOf(creation.getArgument(0)).toString().equals("byte[]")) {
      return Optional.empty();
    }
    PyExpr bytes = calls.expressions().translate(creation.getArgument(0), f);
    return Optional.of(new PyExpr.Call(new PyExpr.Attribute(bytes, "decode"), List.of()));
  }

  /** {@code s.encode()}, or the bytes literal {@code b"..."} for an ASCII string literal. */
  private static PyExpr encoded(PyExpr text) {
    // Only printable ASCII and simple escapes: a hex or unicode escape means other bytes in b"...".
    if (text instanceof PyExpr.Literal literal && literal.source().startsWith("\"")
        && literal.source().chars().allMatch(c -> c >= 32 && c < 127)
        && !literal.source().replaceAll("\\\\[nrt\"'\\\\]", "").contains("\\")) {
      return new PyExpr.Literal("b" + literal.source());
    }
    return new PyExpr.Call(new PyExpr.Attribute(text, "encode"), List.of());
  }

  /** {@code StandardCharsets.UTF_8}, the one charset translated. */
  private static boolean isUtf8(Expression e) {
    return e.toString().equals("StandardCharsets.UTF_8") || e.toString().equals("UTF_8")
        || e.toString().equals("java.nio.charset.StandardCharsets.UTF_8");
  }

  /** The translation of {@code call} if a row covers it. */
  static Optional<PyExpr> translate(MethodCallExpr call, ExecutableElement method,
      FunctionContext f, CallTranslator calls) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (owner.getQualifiedName().contentEquals("java.util.Arrays") && call.getArguments().stream()
        .anyMatch(a -> ExpressionTranslator.isByteArray(calls.expressions().typeOf(a)))) {
      // A stream's bytes are Python bytes: 0..255, immutable, printed and compared as bytes.
      return Optional.of(calls.expressions().unsupported(call,
          "Arrays." + method.getSimpleName() + "() of a byte[]",
          "index the bytes in a loop (b[i] keeps Java's sign), or decode them with new String(b, UTF_8)"));
    }
    String family = family(owner);
    String name = method.getSimpleName().toString();
    if (name.equals("iterator") && method.getParameters().isEmpty() && isCollection(owner, calls)) {
      return Optional.of(new Iterators(calls, f).iterator(call));
    }
    Optional<String> viewChange = changeThroughMapView(call, name, calls);
    if (viewChange.isPresent()) {
      calls.env().report(call, dev.jmpy.processor.diag.Message.UNMAPPED_LIBRARY_CALL,
          viewChange.get(), "call remove(key) on the map itself, or remove through an Iterator "
              + "of its keySet() or entrySet()");
      return Optional.of(ExpressionTranslator.ERROR);
    }
    Row row = switch (family) {
      case "java.util.Deque" -> DEQUE_ROWS.get(name);
      case "java.util.TreeMap" -> TREE_MAP_ROWS.getOrDefault(name, ROWS.get("java.util.Map#" + name));
      case "java.util.TreeSet" -> TREE_SET_ROWS.getOrDefault(name, ROWS.get("java.util.Set#" + name));
      default -> ROWS.get(family + "#" + name);
    };
    if (row == null && owner.getQualifiedName().contentEquals("java.util.LinkedList")) {
      row = DEQUE_ROWS.get(name); // LinkedList is a Deque too
    }
    boolean sorted = family.equals("java.util.TreeMap") || family.equals("java.util.TreeSet");
    if (sorted && SortedViews.COPIED.contains(name) && !SortedViews.usedAtOnce(call, calls.env())) {
      String kind = family.equals("java.util.TreeMap") ? "TreeMap" : "TreeSet";
      calls.env().report(call, dev.jmpy.processor.diag.Message.SORTED_VIEW_KEPT, name + "()",
          "new " + kind + "<>(" + call + ")");
      return Optional.of(ExpressionTranslator.ERROR);
    }
    PyExpr translated = row == null ? null : row.translate(new Site(call, method, f, calls));
    if (translated == null && sorted) {
      // Say what the sorted collections offer rather than only that this method is missing.
      String kind = family.equals("java.util.TreeMap") ? "TreeMap" : "TreeSet";
      calls.env().report(call, dev.jmpy.processor.diag.Message.UNMAPPED_LIBRARY_CALL,
          owner.getSimpleName() + "." + name + "()", SORTED_ALTERNATIVES.getOrDefault(name,
              "docs/semantics.md lists the " + kind + " methods jmpy translates"));
      return Optional.of(ExpressionTranslator.ERROR);
    }
    return Optional.ofNullable(translated);
  }

  /** Whether {@code owner} is a java.util collection (its iterator() is translated). */
  private static boolean isCollection(TypeElement owner, CallTranslator calls) {
    return owner.getQualifiedName().toString().startsWith("java.util.")
        && new JavaTypes(calls.env().types()).isSubtypeOf(owner.asType(),
            calls.env().elements().getTypeElement("java.util.Collection"));
  }

  /**
   * {@code m.keySet().remove(k)} and other changes through a map's view, which Java passes to the
   * map: a Python dict's views cannot change it. Names the call, or empty.
   */
  private static Optional<String> changeThroughMapView(MethodCallExpr call, String name,
      CallTranslator calls) {
    if (!java.util.Set.of("add", "addAll", "remove", "removeIf", "removeAll", "retainAll", "clear")
        .contains(name) || !(call.getScope().orElse(null) instanceof MethodCallExpr view)
        || !java.util.Set.of("keySet", "values", "entrySet").contains(view.getNameAsString())) {
      return Optional.empty();
    }
    Optional<Element> viewMethod = calls.env().oracle().element(view);
    boolean ofMap = viewMethod.isPresent()
        && viewMethod.get().getEnclosingElement() instanceof TypeElement mapType
        && new JavaTypes(calls.env().types()).isSubtypeOf(mapType.asType(),
            calls.env().elements().getTypeElement("java.util.Map"));
    return ofMap ? Optional.of("changing a map through " + view.getNameAsString() + "()."
        + name + "()") : Optional.empty();
  }

  /**
   * The row key of a JDK type: collection classes share their interface's rows (ArrayList,
   * LinkedList → List; HashMap, LinkedHashMap → Map; HashSet → Set).
   */
  private static String family(TypeElement owner) {
    String name = owner.getQualifiedName().toString();
    return switch (name) {
      case "java.util.ArrayList", "java.util.LinkedList", "java.util.AbstractList",
          "java.util.Collection", "java.util.SequencedCollection" -> "java.util.List";
      case "java.util.HashMap", "java.util.LinkedHashMap", "java.util.AbstractMap",
          "java.util.SequencedMap" -> "java.util.Map";
      case "java.util.HashSet", "java.util.AbstractSet", "java.util.LinkedHashSet",
          "java.util.SequencedSet" -> "java.util.Set";
      // An EnumMap iterates in ordinal order: a _TreeMap ordered by ordinal.
      case "java.util.TreeMap", "java.util.NavigableMap", "java.util.SortedMap",
          "java.util.EnumMap" -> "java.util.TreeMap";
      case "java.util.TreeSet", "java.util.NavigableSet", "java.util.SortedSet" -> "java.util.TreeSet";
      case "java.util.ArrayDeque", "java.util.Deque", "java.util.Queue" -> "java.util.Deque";
      case "java.lang.AbstractStringBuilder" -> "java.lang.StringBuilder";
      case "java.util.Map.Entry" -> "java.util.Map$Entry";
      default -> name;
    };
  }

  /** {@code new T(...)} of a JDK class: collections, StringBuilder and mapped exceptions. */
  static Optional<PyExpr> construct(ObjectCreationExpr creation, TypeElement owner,
      FunctionContext f, CallTranslator calls) {
    if (owner.getQualifiedName().contentEquals("java.lang.String")) {
      return decodedBytes(creation, f, calls);
    }
    if (owner.getQualifiedName().contentEquals("java.util.EnumMap")) {
      return Optional.of(enumMap(creation, f, calls));
    }
    Optional<PyExpr> listKeys = listKeyedHashCollection(creation, owner, calls);
    if (listKeys.isPresent()) {
      return listKeys;
    }
    List<PyExpr> args = calls.expressions().translateAll(creation.getArguments(), f);
    boolean copy = args.size() == 1 && !calls.expressions().javaTypes()
        .isIntegral(calls.expressions().typeOf(creation.getArgument(0)));
    switch (owner.getQualifiedName().toString()) {
      case "java.util.ArrayList", "java.util.LinkedList" -> {
        return Optional.of(copy ? new PyExpr.Call(new PyExpr.Name("list"), args)
            : new PyExpr.ListExpr(List.of())); // an int argument is only a capacity
      }
      case "java.util.ArrayDeque" -> {
        return Optional.of(copy ? new PyExpr.Call(new PyExpr.Name("list"), args)
            : new PyExpr.ListExpr(List.of()));
      }
      case "java.util.HashMap" -> {
        return Optional.of(copy ? new PyExpr.Call(new PyExpr.Name("dict"),
            List.of(mapEntries(creation, args.get(0), calls)))
            : new PyExpr.DictExpr(List.of(), List.of()));
      }
      case "java.util.LinkedHashMap" -> {
        // MicroPython's dict does not keep insertion order; OrderedDict does.
        PyExpr ordered = new PyExpr.Attribute(calls.module().stubModule("collections"),
            "OrderedDict");
        return Optional.of(new PyExpr.Call(ordered,
            copy ? List.of(mapEntries(creation, args.get(0), calls)) : List.of()));
      }
      case "java.util.HashSet" -> {
        return Optional.of(new PyExpr.Call(new PyExpr.Name("set"), copy ? args : List.of()));
      }
      case "java.util.LinkedHashSet" -> {
        return Optional.of(new PyExpr.Call(calls.module().helper(Helper.LINKED_SET),
            copy ? args : List.of()));
      }
      case "java.util.TreeMap", "java.util.TreeSet" -> {
        return Optional.of(sortedCollection(creation, owner, args, f, calls));
      }
      case "java.lang.StringBuilder" -> {
        boolean text = args.size() == 1 && JavaTypes.isString(
            calls.expressions().typeOf(creation.getArgument(0)));
        return Optional.of(new PyExpr.ListExpr(text ? args : List.of()));
      }
      default -> { }
    }
    Optional<String> exception = ExceptionTypes.builtin(owner);
    if (exception.isPresent() && creation.getArguments().size() <= 1) {
      return Optional.of(new PyExpr.Call(new PyExpr.Name(exception.get()),
          calls.expressions().translateAll(creation.getArguments(), f)));
    }
    return Optional.empty();
  }

  /**
   * The entries to copy a map from: the map itself when it is a dict (HashMap, LinkedHashMap),
   * else its {@code items()}, which a {@code _TreeMap} has too (dict() of it would not copy).
   */
  private static PyExpr mapEntries(ObjectCreationExpr creation, PyExpr source, CallTranslator calls) {
    TypeMirror type = calls.expressions().typeOf(creation.getArgument(0));
    return isA(type, "java.util.HashMap", calls) ? source
        : new PyExpr.Call(new PyExpr.Attribute(source, "items"), List.of());
  }

  /**
   * A HashMap or HashSet keyed by a List or an array: Python's dict and set cannot hash a list
   * (TypeError on the board), so it is rejected where it is made.
   */
  private static Optional<PyExpr> listKeyedHashCollection(ObjectCreationExpr creation,
      TypeElement owner, CallTranslator calls) {
    String name = owner.getQualifiedName().toString();
    if (!List.of("java.util.HashMap", "java.util.LinkedHashMap", "java.util.HashSet").contains(name)
        || !(calls.expressions().typeOf(creation) instanceof javax.lang.model.type.DeclaredType type)
        || type.getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    TypeMirror key = type.getTypeArguments().get(0);
    javax.lang.model.util.Types types = calls.env().types();
    TypeElement list = calls.env().elements().getTypeElement("java.util.List");
    boolean sequence = key.getKind() == javax.lang.model.type.TypeKind.ARRAY
        || (key.getKind() == javax.lang.model.type.TypeKind.DECLARED
            && types.isAssignable(types.erasure(key), types.erasure(list.asType())));
    if (!sequence) {
      return Optional.empty();
    }
    return Optional.of(calls.expressions().unsupported(creation,
        "a " + owner.getSimpleName() + " keyed by " + key,
        "Python cannot hash a list; key it by a record (its List components are hashed as tuples) or a String"));
  }

  /**
   * {@code new EnumMap<>(Color.class)} → {@code _TreeMap(by ordinal)}; {@code new EnumMap<>(map)}
   * copies the map's entries into one.
   */
  private static PyExpr enumMap(ObjectCreationExpr creation, FunctionContext f, CallTranslator calls) {
    PyExpr cls = calls.module().helper(Helper.TREE_MAP);
    TypeMirror key = NaturalOrder.elementType(calls.expressions().typeOf(creation));
    PyExpr byOrdinal = new NaturalOrder(calls.env(), calls.expressions()).comparator(key, false,
        creation, "new EnumMap<>()");
    Expression argument = creation.getArgument(0);
    if (argument instanceof com.github.javaparser.ast.expr.ClassExpr) {
      return new PyExpr.Call(cls, List.of(byOrdinal));
    }
    PyExpr source = calls.expressions().translate(argument, f);
    return new PyExpr.Call(cls, List.of(byOrdinal, mapEntries(creation, source, calls)));
  }

  /**
   * {@code new TreeMap<>(...)} / {@code new TreeSet<>(...)}: {@code _TreeMap(cmp)} with the
   * Comparator given, or the keys' natural order; a copy of a sorted map or set keeps its order
   * (as Java's SortedMap/SortedSet constructors do), a copy of anything else uses the natural one.
   */
  private static PyExpr sortedCollection(ObjectCreationExpr creation, TypeElement owner,
      List<PyExpr> args, FunctionContext f, CallTranslator calls) {
    boolean map = owner.getSimpleName().contentEquals("TreeMap");
    PyExpr cls = calls.module().helper(map ? Helper.TREE_MAP : Helper.TREE_SET);
    TypeMirror argument = args.isEmpty() ? null : calls.expressions().typeOf(creation.getArgument(0));
    if (!args.isEmpty() && isA(argument, "java.util.Comparator", calls)) {
      return new PyExpr.Call(cls, args);
    }
    if (!args.isEmpty() && isA(argument, map ? "java.util.SortedMap" : "java.util.SortedSet", calls)) {
      // _TreeMap(src._cmp, src.items()), the source evaluated once
      PyExpr source = args.get(0);
      PyExpr again = source;
      if (!(source instanceof PyExpr.Name)) {
        String temp = f.temporary("sorted");
        source = new PyExpr.NamedExpr(temp, source);
        again = new PyExpr.Name(temp);
      }
      return new PyExpr.Call(cls, List.of(new PyExpr.Attribute(source, "_cmp"),
          map ? new PyExpr.Call(new PyExpr.Attribute(again, "items"), List.of()) : again));
    }
    TypeMirror key = NaturalOrder.elementType(calls.expressions().typeOf(creation));
    PyExpr natural = new NaturalOrder(calls.env(), calls.expressions()).comparator(key, false,
        creation, "new " + owner.getSimpleName() + "<>()");
    if (args.isEmpty()) {
      return new PyExpr.Call(cls, List.of(natural));
    }
    return new PyExpr.Call(cls, List.of(natural,
        map ? new PyExpr.Call(new PyExpr.Attribute(args.get(0), "items"), List.of()) : args.get(0)));
  }

  /**
   * Calls that are statements in Python: {@code map.put(k, v)} → {@code map[k] = v},
   * {@code list.set(i, v)} → {@code list[i] = v}, and a StringBuilder's append chain, one append
   * per piece. Empty when {@code call} is none of them.
   */
  static Optional<List<PyStmt>> statement(MethodCallExpr call, FunctionContext f,
      CallTranslator calls) {
    Optional<ExecutableElement> method = calls.env().oracle().element(call)
        .filter(e -> e instanceof ExecutableElement).map(e -> (ExecutableElement) e);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) method.get().getEnclosingElement();
    String key = family(owner) + "#" + method.get().getSimpleName();
    ExpressionTranslator expressions = calls.expressions();
    if (method.get().getSimpleName().contentEquals("forEach") && call.getScope().isPresent()
        && call.getArguments().size() == 1) {
      return Optional.of(forEach(call, owner, f, calls));
    }
    if (key.equals("java.util.List#removeIf") && call.getScope().isPresent()
        && !isA(expressions.typeOf(call.getScope().get()), "java.util.List", calls)
        && !isA(expressions.typeOf(call.getScope().get()), "java.util.Queue", calls)) {
      return removeIfFromSetOrMap(call, f, calls);
    }
    if (key.equals("java.util.List#removeIf") && call.getScope().isPresent()) {
      // list[:] = [x for x in list if not p(x)]
      PyExpr list = expressions.translate(call.getScope().get(), f);
      Functions.Applied test = new Functions(expressions, f).apply(call.getArgument(0));
      return Optional.of(List.of(new PyStmt.Assign(new PyExpr.Slice(list, null, null),
          new PyExpr.ListComp(new PyExpr.Name(test.variable()), test.variable(), list,
              new PyExpr.UnaryOp("not", test.result())))));
    }
    if (method.get().getSimpleName().contentEquals("addAll") && call.getScope().isPresent()
        && call.getArguments().size() == 1
        && isA(expressions.typeOf(call.getScope().get()), "java.util.Set", calls)) {
      // for x in c: s.add(x)
      PyExpr set = expressions.translate(call.getScope().get(), f);
      PyExpr source = expressions.translate(call.getArgument(0), f);
      String element = f.temporary("e");
      return Optional.of(List.of(new PyStmt.For(element, source, List.of(new PyStmt.ExprStmt(
          new PyExpr.Call(new PyExpr.Attribute(set, "add"), List.of(new PyExpr.Name(element))))))));
    }
    if (key.equals("java.util.Arrays#fill") && call.getArguments().size() == 2) {
      PyExpr array = expressions.translate(call.getArgument(0), f);
      return Optional.of(List.of(new PyStmt.Assign(new PyExpr.Slice(array, null, null),
          new PyExpr.BinOp(new PyExpr.ListExpr(List.of(expressions.translate(call.getArgument(1), f))),
              "*", new PyExpr.Call(new PyExpr.Name("len"), List.of(array))))));
    }
    if ((key.equals("java.util.Map#put") || key.equals("java.util.TreeMap#put")
        || key.equals("java.util.List#set"))
        && call.getScope().isPresent()) {
      PyExpr target = new PyExpr.Subscript(expressions.translate(call.getScope().get(), f),
          expressions.translate(call.getArgument(0), f));
      return Optional.of(List.of(new PyStmt.Assign(target,
          expressions.translate(call.getArgument(1), f))));
    }
    if (key.equals("java.lang.StringBuilder#append") && call.getScope().isPresent()) {
      List<PyStmt> out = new java.util.ArrayList<>();
      Expression builder = call;
      java.util.Deque<Expression> pieces = new java.util.ArrayDeque<>();
      while (builder instanceof MethodCallExpr link && link.getNameAsString().equals("append")
          && link.getScope().isPresent() && link.getArguments().size() == 1) {
        pieces.push(link.getArgument(0));
        builder = link.getScope().get();
      }
      PyExpr target = expressions.translate(builder, f);
      for (Expression piece : pieces) {
        out.add(new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(target, "append"),
            List.of(calls.strings().text(piece, f)))));
      }
      return Optional.of(out);
    }
    return Optional.empty();
  }

  /**
   * removeIf on a set, or on a map's keySet(), values() or entrySet() (which removes the
   * entries): a loop over a copy, deleting each element the predicate accepts, in iteration
   * order as Java tests them. Empty (the call is then rejected as a value) for other receivers.
   */
  private static Optional<List<PyStmt>> removeIfFromSetOrMap(MethodCallExpr call,
      FunctionContext f, CallTranslator calls) {
    ExpressionTranslator expressions = calls.expressions();
    Expression scope = call.getScope().orElseThrow();
    List<PyStmt> out = new java.util.ArrayList<>();
    if (scope instanceof MethodCallExpr view && view.getScope().isPresent()
        && isA(expressions.typeOf(view.getScope().get()), "java.util.Map", calls)
        && java.util.Set.of("keySet", "values", "entrySet").contains(view.getNameAsString())) {
      PyExpr map = expressions.translate(view.getScope().get(), f);
      if (!(map instanceof PyExpr.Name)) {
        String temp = f.temporary("map");
        out.add(new PyStmt.Assign(new PyExpr.Name(temp), map));
        map = new PyExpr.Name(temp);
      }
      Functions.Applied test = new Functions(expressions, f).apply(call.getArgument(0));
      PyExpr element = new PyExpr.Name(test.variable());
      String target;
      PyExpr items;
      PyExpr key;
      switch (view.getNameAsString()) {
        case "keySet" -> {
          // for k in list(m): if p(k): m.pop(k)
          target = test.variable();
          items = new PyExpr.Call(new PyExpr.Name("list"), List.of(map));
          key = element;
        }
        case "values" -> {
          // for _key, v in list(m.items()): if p(v): m.pop(_key)
          String keyName = f.temporary("key");
          target = keyName + ", " + test.variable();
          items = listOfItems(map);
          key = new PyExpr.Name(keyName);
        }
        default -> {
          // for e in list(m.items()): if p(e): m.pop(e[0])
          target = test.variable();
          items = listOfItems(map);
          key = new PyExpr.Subscript(element, new PyExpr.Literal("0"));
        }
      }
      out.add(new PyStmt.For(target, items, List.of(new PyStmt.If(test.result(), List.of(
          new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(map, "pop"), List.of(key)))),
          List.of()))));
      return Optional.of(out);
    }
    if (isA(expressions.typeOf(scope), "java.util.Set", calls)) {
      // for x in list(s): if p(x): s.discard(x)
      PyExpr set = expressions.translate(scope, f);
      if (!(set instanceof PyExpr.Name)) {
        String temp = f.temporary("set");
        out.add(new PyStmt.Assign(new PyExpr.Name(temp), set));
        set = new PyExpr.Name(temp);
      }
      Functions.Applied test = new Functions(expressions, f).apply(call.getArgument(0));
      out.add(new PyStmt.For(test.variable(), new PyExpr.Call(new PyExpr.Name("list"),
          List.of(set)), List.of(new PyStmt.If(test.result(), List.of(new PyStmt.ExprStmt(
              new PyExpr.Call(new PyExpr.Attribute(set, "discard"),
                  List.of(new PyExpr.Name(test.variable()))))), List.of()))));
      return Optional.of(out);
    }
    return Optional.empty();
  }

  private static PyExpr listOfItems(PyExpr map) {
    return new PyExpr.Call(new PyExpr.Name("list"), List.of(
        new PyExpr.Call(new PyExpr.Attribute(map, "items"), List.of())));
  }

  private static boolean isA(javax.lang.model.type.TypeMirror type, String qualifiedName,
      CallTranslator calls) {
    return new JavaTypes(calls.env().types()).isSubtypeOf(type,
        calls.env().elements().getTypeElement(qualifiedName));
  }

  /**
   * {@code xs.forEach(x -> body)} → {@code for x in xs: body}; a map's
   * {@code forEach((k, v) -> body)} → {@code for k, v in m.items(): body}; a stream's over its
   * elements.
   */
  private static List<PyStmt> forEach(MethodCallExpr call, TypeElement owner, FunctionContext f,
      CallTranslator calls) {
    ExpressionTranslator expressions = calls.expressions();
    Expression scope = call.getScope().orElseThrow();
    Expression action = call.getArgument(0);
    boolean map = family(owner).equals("java.util.Map") || family(owner).equals("java.util.TreeMap");
    PyExpr items = StreamTranslator.isStream(owner)
        ? new StreamTranslator(calls.env(), expressions, f).elements(scope)
        : map ? new PyExpr.Call(new PyExpr.Attribute(expressions.translate(scope, f), "items"),
            List.of())
            : expressions.translate(scope, f);
    if (action instanceof com.github.javaparser.ast.expr.LambdaExpr lambda
        && lambda.getParameters().size() == (map ? 2 : 1)
        && lambda.getBody().findFirst(com.github.javaparser.ast.stmt.ReturnStmt.class).isEmpty()) {
      // The lambda's body, inline: its parameters become the loop's variables.
      List<String> names = lambda.getParameters().stream()
          .map(p -> f.local(p.getNameAsString())).toList();
      StatementTranslator statements = new StatementTranslator(calls.env(), expressions);
      List<PyStmt> body = statements.body(lambda.getBody(), f);
      return List.of(new PyStmt.For(String.join(", ", names), items, body));
    }
    PyExpr function = expressions.translate(action, f);
    String element = f.temporary("e");
    List<PyExpr> args = map
        ? List.of(new PyExpr.Subscript(new PyExpr.Name(element), new PyExpr.Literal("0")),
            new PyExpr.Subscript(new PyExpr.Name(element), new PyExpr.Literal("1")))
        : List.of(new PyExpr.Name(element));
    return List.of(new PyStmt.For(element, items,
        List.of(new PyStmt.ExprStmt(new PyExpr.Call(function, args)))));
  }

  /** {@code System.out.println(x)} → {@code print(x)}; {@code System.err} adds {@code file=sys.stderr}. */
  private static PyExpr print(Site site, boolean newline) {
    Optional<String> stream = systemStream(site);
    if (stream.isEmpty()) {
      return null;
    }
    List<PyExpr> args = site.arity() == 0
        ? List.of()
        : List.of(site.calls().strings().printable(site.call().getArgument(0), site.f()));
    List<PyExpr.Keyword> keywords = new java.util.ArrayList<>();
    if (!newline) {
      keywords.add(new PyExpr.Keyword("end", new PyExpr.Literal("\"\"")));
    }
    if (stream.get().equals("err")) {
      keywords.add(new PyExpr.Keyword("file",
          new PyExpr.Attribute(site.calls().module().stubModule("sys"), "stderr")));
    }
    return new PyExpr.Call(new PyExpr.Name("print"), args, keywords);
  }

  /** "out" or "err" when the call is made on {@code System.out} or {@code System.err}. */
  private static Optional<String> systemStream(Site site) {
    Optional<Expression> scope = site.call().getScope();
    if (scope.isEmpty() || !(scope.get() instanceof FieldAccessExpr access)) {
      return Optional.empty();
    }
    Optional<Element> field = site.calls().env().oracle().element(access);
    if (field.isEmpty() || !(field.get() instanceof VariableElement v)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) v.getEnclosingElement();
    if (!owner.getQualifiedName().contentEquals("java.lang.System")) {
      return Optional.empty();
    }
    String name = v.getSimpleName().toString();
    return name.equals("out") || name.equals("err") ? Optional.of(name) : Optional.empty();
  }
}
