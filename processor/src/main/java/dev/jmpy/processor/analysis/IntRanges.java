package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.expr.*;
import dev.jmpy.processor.source.JavaLiterals;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A small interval analysis over integer expressions, so Java's 32/64-bit wrap-around is emulated
 * only where an operation can overflow: literals, lengths, chars, bytes, shorts, masked values and
 * counting-loop counters have known bounds, and so do locals never assigned after their
 * initializer; anything else spans its type.
 */
public final class IntRanges {
  /** A closed interval of possible values. */
  public record Range(long lo, long hi) {
    public static final Range INT = new Range(Integer.MIN_VALUE, Integer.MAX_VALUE);
    public static final Range LONG = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

    public boolean within(Range outer) {
      return lo >= outer.lo && hi <= outer.hi;
    }
  }

  /** The ranges of the counters of the loops around the code analysed, by Java name. */
  public interface Counters {
    Optional<Range> range(String javaName);

    /** The range of the counter named so, if it is {@code variable} (the local a name denotes). */
    default Optional<Range> range(String javaName, Element variable) {
      return range(javaName);
    }
  }

  private final Typing typing;
  private final JavaTypes types;
  private final Function<ExecutableElement, Range> calls;

  /**
   * {@code calls} gives the range of what a library method returns ({@code length()} is never
   * negative), or null when nothing is known.
   */
  public IntRanges(Typing typing, JavaTypes types, Function<ExecutableElement, Range> calls) {
    this.typing = typing;
    this.types = types;
    this.calls = calls;
  }

  /** The range of Java type {@code type}'s values (int for anything narrower that promotes). */
  public static Range ofType(TypeMirror type, JavaTypes types) {
    return switch (types.primitiveKind(type)) {
      case BYTE -> new Range(Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> new Range(Short.MIN_VALUE, Short.MAX_VALUE);
      case CHAR -> new Range(0, Character.MAX_VALUE);
      case LONG -> Range.LONG;
      default -> Range.INT;
    };
  }

  /**
   * The mathematical range of {@code e} itself, before any wrapping: what decides whether
   * {@code e} needs to be wrapped. Null when unknown.
   */
  public Range mathRange(Expression e, Counters f) {
    Range known = known(e, f);
    return known != null || isArithmetic(e) ? known : range(e, f);
  }

  /**
   * What {@code e} can evaluate to, as far as this cheap analysis sees; null when {@code e} is
   * arithmetic whose mathematical value may leave its type (which is what wrapping is for). A
   * variable or call without known bounds spans its type.
   */
  public Range range(Expression e, Counters f) {
    Range known = known(e, f);
    if (known != null) {
      TypeMirror type = typing.typeOf(e);
      Range limit = type == null ? null : ofType(type, types);
      // Arithmetic that may leave its type is wrapped where it is used, so its value is the
      // type's (a parent +, - or * computes its own range from this and wraps in turn).
      return limit != null && isArithmetic(e) && !known.within(limit) ? limit : known;
    }
    if (isArithmetic(e)) {
      return null;
    }
    TypeMirror type = typing.typeOf(e);
    return type == null ? null : ofType(type, types);
  }

  /** A compile-time constant's value ({@code static final int SIZE = 8}), as javac folds it. */
  private Range constant(Expression e) {
    Object value = typing.element(e)
        .filter(el -> el instanceof javax.lang.model.element.VariableElement)
        .map(el -> ((javax.lang.model.element.VariableElement) el).getConstantValue())
        .orElse(null);
    if (value instanceof Character c) {
      return new Range(c, c);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      long v = ((Number) value).longValue();
      return new Range(v, v);
    }
    return null;
  }

  private static boolean isArithmetic(Expression e) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    if (inner instanceof UnaryExpr u) {
      return u.getOperator() == UnaryExpr.Operator.MINUS;
    }
    if (inner instanceof BinaryExpr b) {
      return switch (b.getOperator()) {
        case PLUS, MINUS, MULTIPLY, LEFT_SHIFT, DIVIDE -> true;
        default -> false;
      };
    }
    return false;
  }

  private Range known(Expression e, Counters f) {
    switch (e) {
      case IntegerLiteralExpr lit -> {
        long v = lit.asNumber().longValue();
        return new Range(v, v);
      }
      case LongLiteralExpr lit -> {
        long v = lit.asNumber().longValue();
        return new Range(v, v);
      }
      case CharLiteralExpr lit -> {
        char value = JavaLiterals.value(lit);
        return new Range(value, value);
      }
      case EnclosedExpr enclosed -> {
        return range(enclosed.getInner(), f);
      }
      case NameExpr name -> {
        // a counter is a local: a field of the same name (read by a final local's initializer
        // evaluated inside the counter's loop) is not it
        Element variable = typing.element(name).orElse(null);
        Range counted = variable != null
            && variable.getKind() != javax.lang.model.element.ElementKind.LOCAL_VARIABLE ? null
            : f.range(name.getNameAsString(), variable).orElse(null);
        if (counted != null) {
          return counted;
        }
        Range constant = constant(e);
        if (constant != null) {
          return constant;
        }
        Expression initializer = finalLocalInitializer(name);
        if (initializer != null) {
          return range(initializer, f);
        }
        Range accumulated = accumulated(name, f);
        return accumulated != null ? accumulated : assigned(name);
      }
      case UnaryExpr unary when unary.getOperator() == UnaryExpr.Operator.MINUS -> {
        Range r = range(unary.getExpression(), f);
        return r == null || r.lo == Long.MIN_VALUE ? null : new Range(-r.hi, -r.lo);
      }
      case MethodCallExpr call -> {
        return callRange(call);
      }
      case FieldAccessExpr access when access.getNameAsString().equals("length")
          && typing.typeOf(access.getScope()) != null
          && typing.typeOf(access.getScope()).getKind() == TypeKind.ARRAY -> {
        int length = constantLength(access.getScope());
        return length >= 0 ? new Range(length, length) : new Range(0, Integer.MAX_VALUE);
      }
      case FieldAccessExpr field -> {
        return constant(field); // Sampler.SIZE
      }
      case com.github.javaparser.ast.expr.CastExpr cast -> {
        // (int) ((c ^ b) & 0xFF): the value is kept when it fits the cast's type
        Range inner = range(cast.getExpression(), f);
        TypeMirror target = typing.typeOf(cast);
        Range limit = target == null ? null : ofType(target, types);
        return inner != null && limit != null && inner.within(limit) ? inner : null;
      }
      case BinaryExpr binary -> {
        return binaryRange(binary, f);
      }
      default -> {
        return null;
      }
    }
  }

  /** The arrays asked about: their length when it never changes, else -1. */
  private final java.util.Map<Element, Integer> constantLengths = new java.util.HashMap<>();

  /**
   * The length of the array a final field or local initialized with an array initializer holds
   * ({@code static final String[] NAMES = {"a", "b"}}: 2), or -1.
   */
  private int constantLength(Expression array) {
    if (!(array instanceof NameExpr) && !(array instanceof FieldAccessExpr)) {
      return -1;
    }
    Optional<Element> element = typing.element(array);
    if (element.isEmpty() || !element.get().getModifiers().contains(javax.lang.model.element.Modifier.FINAL)
        || (element.get().getKind() != javax.lang.model.element.ElementKind.FIELD
            && element.get().getKind() != javax.lang.model.element.ElementKind.LOCAL_VARIABLE)) {
      return -1;
    }
    return constantLengths.computeIfAbsent(element.get(), variable -> {
      com.github.javaparser.ast.Node root = array.findRootNode();
      for (com.github.javaparser.ast.body.VariableDeclarator d
          : root.findAll(com.github.javaparser.ast.body.VariableDeclarator.class)) {
        if (d.getNameAsString().equals(variable.getSimpleName().toString())
            && typing.element(d).map(variable::equals).orElse(false)) {
          Expression init = d.getInitializer().orElse(null);
          if (init instanceof ArrayCreationExpr creation) {
            init = creation.getInitializer().orElse(null);
          }
          return init instanceof ArrayInitializerExpr values ? values.getValues().size() : -1;
        }
      }
      return -1;
    });
  }

  /** Each local asked about: its initializer when it is never assigned again, else null. */
  private final java.util.Map<Element, Optional<Expression>> finalLocals = new java.util.HashMap<>();

  /**
   * The initializer of the integral local {@code name} denotes when the local is declared with
   * one in an enclosing block and never assigned afterwards ({@code int value = i * 37 % 1000}):
   * its value is the initializer's wherever it is read.
   */
  private Expression finalLocalInitializer(NameExpr name) {
    Optional<Element> element = typing.element(name);
    if (element.isEmpty() || element.get().getKind() != javax.lang.model.element.ElementKind.LOCAL_VARIABLE
        || !element.get().asType().getKind().isPrimitive()) {
      return null;
    }
    return finalLocals.computeIfAbsent(element.get(), variable -> {
      for (com.github.javaparser.ast.Node n = name.getParentNode().orElse(null); n != null;
          n = n.getParentNode().orElse(null)) {
        if (!(n instanceof com.github.javaparser.ast.stmt.BlockStmt block)) {
          continue;
        }
        for (com.github.javaparser.ast.stmt.Statement statement : block.getStatements()) {
          if (statement instanceof com.github.javaparser.ast.stmt.ExpressionStmt declaration
              && declaration.getExpression() instanceof VariableDeclarationExpr locals) {
            for (com.github.javaparser.ast.body.VariableDeclarator d : locals.getVariables()) {
              if (d.getNameAsString().equals(name.getNameAsString()) && d.getInitializer().isPresent()
                  && typing.element(d).map(variable::equals).orElse(false)) {
                return assignedIn(block, name.getNameAsString(), variable)
                    ? Optional.empty() : d.getInitializer();
              }
            }
          }
        }
      }
      return Optional.empty();
    }).orElse(null);
  }

  /**
   * A local that only grows or shrinks by bounded steps in one counting loop: {@code count++} or
   * {@code sum += i} in {@code for (int i = 2; i <= LIMIT; i++)}, or {@code n++} in a for-each
   * over an array. Its updates are outside any loop nested in that one, so each runs at most once
   * per pass, and the loop passes a known number of times at most: inside the loop, the local
   * stays within its initial value plus that many steps.
   */
  private record Accumulator(Expression initial, com.github.javaparser.ast.Node loop,
      List<com.github.javaparser.ast.Node> updates, List<Expression> steps, List<Integer> signs) {}

  private final java.util.Map<Element, Optional<Accumulator>> accumulators = new java.util.HashMap<>();

  private Range accumulated(NameExpr name, Counters f) {
    Optional<Element> element = typing.element(name);
    if (element.isEmpty() || element.get().getKind() != javax.lang.model.element.ElementKind.LOCAL_VARIABLE
        || !element.get().asType().getKind().isPrimitive()) {
      return null;
    }
    if (!accumulating.add(element.get())) {
      return null; // its own steps or its loop's bound read it: no bound from here
    }
    try {
      return accumulated(name, element.get(), f);
    } finally {
      accumulating.remove(element.get());
    }
  }

  /** The accumulators whose range is being worked out (a step may read another one). */
  private final java.util.Set<Element> accumulating = new java.util.HashSet<>();

  private Range accumulated(NameExpr name, Element variable, Counters f) {
    Accumulator a = accumulators.computeIfAbsent(variable, v -> accumulator(name, v)).orElse(null);
    if (a == null || innermostLoop(name, a.loop().getParentNode().orElse(null)) != a.loop()) {
      // read outside its loop, or in a loop nested there: the counters around the read (by
      // name) are then not the ones around the updates
      return null;
    }
    Range passes = passes(a.loop(), f);
    if (passes == null) {
      return null; // a loop without a known end: any number of steps
    }
    if (a.updates().size() == 1 && name.getParentNode().orElse(null) == a.updates().get(0)
        && passes.hi > 0) {
      passes = new Range(0, passes.hi - 1); // count + 1 reads count before this pass's step
    }
    Range value = range(a.initial(), f);
    for (int k = 0; k < a.steps().size() && value != null; k++) {
      Range step = range(a.steps().get(k), f);
      if (step == null) {
        return null;
      }
      Range signed = a.signs().get(k) > 0 ? step
          : step.lo == Long.MIN_VALUE ? null : new Range(-step.hi, -step.lo);
      Range total = product(passes, signed == null ? null
          : new Range(Math.min(0, signed.lo), Math.max(0, signed.hi)));
      value = sum(value, total);
    }
    TypeMirror type = typing.typeOf(name);
    return value != null && type != null && value.within(ofType(type, types)) ? value : null;
  }

  private Optional<Accumulator> accumulator(NameExpr name, Element variable) {
    com.github.javaparser.ast.stmt.BlockStmt block = null;
    Expression initial = null;
    for (com.github.javaparser.ast.Node n = name.getParentNode().orElse(null); n != null && initial == null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof com.github.javaparser.ast.stmt.BlockStmt b) {
        for (com.github.javaparser.ast.stmt.Statement statement : b.getStatements()) {
          if (statement instanceof com.github.javaparser.ast.stmt.ExpressionStmt declaration
              && declaration.getExpression() instanceof VariableDeclarationExpr locals) {
            for (com.github.javaparser.ast.body.VariableDeclarator d : locals.getVariables()) {
              if (d.getNameAsString().equals(name.getNameAsString()) && d.getInitializer().isPresent()
                  && typing.element(d).map(variable::equals).orElse(false)) {
                block = b;
                initial = d.getInitializer().get();
              }
            }
          }
        }
      }
    }
    if (block == null) {
      return Optional.empty();
    }
    List<com.github.javaparser.ast.Node> updates = new java.util.ArrayList<>();
    List<Expression> steps = new java.util.ArrayList<>();
    List<Integer> signs = new java.util.ArrayList<>();
    for (AssignExpr a : block.findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name.getNameAsString())
          && typing.element(n).map(variable::equals).orElse(true)) {
        if ((a.getOperator() != AssignExpr.Operator.PLUS && a.getOperator() != AssignExpr.Operator.MINUS)
            || a.getValue().findFirst(NameExpr.class,
                v -> v.getNameAsString().equals(name.getNameAsString())).isPresent()) {
          return Optional.empty();
        }
        updates.add(a);
        steps.add(a.getValue());
        signs.add(a.getOperator() == AssignExpr.Operator.PLUS ? 1 : -1);
      }
    }
    for (UnaryExpr u : block.findAll(UnaryExpr.class)) {
      if (u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name.getNameAsString())
          && typing.element(n).map(variable::equals).orElse(true)) {
        boolean up = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
            || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT;
        boolean down = u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
            || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT;
        if (up || down) {
          updates.add(u);
          steps.add(new IntegerLiteralExpr("1"));
          signs.add(up ? 1 : -1);
        }
      }
    }
    com.github.javaparser.ast.Node loop = null;
    for (com.github.javaparser.ast.Node update : updates) {
      com.github.javaparser.ast.Node innermost = innermostLoop(update, block);
      if (innermost == null || (loop != null && innermost != loop)) {
        return Optional.empty(); // outside a loop (a plain assignment), or in two loops
      }
      loop = innermost;
    }
    if (loop == null || innermostLoop(loop, block) != null) {
      return Optional.empty(); // never updated, or its loop runs again inside another
    }
    return Optional.of(new Accumulator(initial, loop, updates, steps, signs));
  }

  /** The locals whose assigned values' ranges are being worked out (a value may read the local). */
  private final java.util.Set<Element> assigning = new java.util.HashSet<>();

  /** No loop counter known: the values a local is assigned are judged wherever they are. */
  private static final Counters NO_COUNTERS = javaName -> Optional.empty();

  /**
   * An integral local that is only ever assigned with {@code =} (no {@code +=}, no {@code ++}):
   * wherever it is read, it holds its initializer's value or one of those assigned, so its range
   * is the union of theirs, each worked out without the counters around the read ({@code seed =
   * (seed * 1101 + 12345) % 65536} keeps {@code seed} within ±65535 whatever it held before: a
   * value that reads the local itself sees it as its type's whole range). Null when one of them
   * is unknown or the union leaves the local's type.
   */
  private Range assigned(NameExpr name) {
    Optional<Element> element = typing.element(name);
    if (element.isEmpty() || element.get().getKind() != javax.lang.model.element.ElementKind.LOCAL_VARIABLE
        || !element.get().asType().getKind().isPrimitive()) {
      return null;
    }
    if (assumed.containsKey(element.get())) {
      return assumed.get(element.get());
    }
    Optional<Range> cached = assignedRanges.get(element.get());
    if (cached != null) {
      return cached.orElse(null);
    }
    if (!assigning.add(element.get())) {
      return null;
    }
    try {
      Range range = invariant(name, element.get());
      if (range == null) {
        range = assignedUnion(name, element.get());
      }
      if (assumed.isEmpty()) {
        // sound even when worked out inside another local's (a range is never too narrow); not
        // while an invariant is being checked: what is worked out then rests on its assumption
        assignedRanges.put(element.get(), Optional.ofNullable(range));
      }
      return range;
    } finally {
      assigning.remove(element.get());
    }
  }

  /** The ranges assumed for locals while {@link #invariant} checks them. */
  private final java.util.Map<Element, Range> assumed = new java.util.HashMap<>();

  /**
   * A range that holds the local's initializer and that every assignment keeps it in when it
   * held before (an inductive invariant: {@code seed = (seed * 1101 + 12345) % 65536} from 12345
   * stays within 0..65535, as a non-negative dividend gives a non-negative remainder): from the
   * initializer's range, widened by what the assignments give, until it no longer grows (a few
   * rounds at most). Null when there is no initializer or it keeps growing.
   */
  private Range invariant(NameExpr name, Element variable) {
    List<Expression> values = assignedValues(name, variable);
    Expression initializer = declaredInitializer(name, variable);
    if (initializer == null || values.isEmpty()) {
      return null;
    }
    Range r = range(initializer, NO_COUNTERS);
    TypeMirror type = typing.typeOf(name);
    for (int round = 0; round < 4 && r != null && type != null && r.within(ofType(type, types));
        round++) {
      assumed.put(variable, r);
      Range next = r;
      try {
        for (Expression value : values) {
          Range v = range(value, NO_COUNTERS);
          next = v == null ? null
              : new Range(Math.min(next.lo, v.lo), Math.max(next.hi, v.hi));
          if (next == null) {
            break;
          }
        }
      } finally {
        assumed.remove(variable);
      }
      if (r.equals(next)) {
        return r;
      }
      r = next;
    }
    return null;
  }

  /** Each local asked about by {@link #assigned}: the union of its values' ranges, or empty. */
  private final java.util.Map<Element, Optional<Range>> assignedRanges = new java.util.HashMap<>();

  private Range assignedUnion(NameExpr name, Element variable) {
    Range union = null;
    for (Expression value : assignedValues(name, variable)) {
      Range r = range(value, NO_COUNTERS);
      if (r == null) {
        return null;
      }
      union = union == null ? r : new Range(Math.min(union.lo, r.lo), Math.max(union.hi, r.hi));
    }
    TypeMirror type = typing.typeOf(name);
    return union != null && type != null && union.within(ofType(type, types)) ? union : null;
  }

  /**
   * The initializer and the values of the {@code =} assignments of {@code variable} in the block
   * declaring it; empty when it is declared elsewhere (a for-each or for header, a case) or
   * updated in any other way ({@code +=}, {@code ++}).
   */
  private Expression declaredInitializer(NameExpr name, Element variable) {
    List<Expression> values = assignedValues(name, variable);
    return values.isEmpty() || !(values.get(0).getParentNode().orElse(null)
        instanceof com.github.javaparser.ast.body.VariableDeclarator) ? null : values.get(0);
  }

  private List<Expression> assignedValues(NameExpr name, Element variable) {
    String javaName = name.getNameAsString();
    for (com.github.javaparser.ast.Node n = name.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (!(n instanceof com.github.javaparser.ast.stmt.BlockStmt block)) {
        continue;
      }
      for (com.github.javaparser.ast.stmt.Statement statement : block.getStatements()) {
        if (!(statement instanceof com.github.javaparser.ast.stmt.ExpressionStmt declaration)
            || !(declaration.getExpression() instanceof VariableDeclarationExpr locals)) {
          continue;
        }
        for (com.github.javaparser.ast.body.VariableDeclarator d : locals.getVariables()) {
          if (!d.getNameAsString().equals(javaName)
              || !typing.element(d).map(variable::equals).orElse(false)) {
            continue;
          }
          List<Expression> values = new java.util.ArrayList<>();
          d.getInitializer().ifPresent(values::add);
          for (AssignExpr a : block.findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr target && target.getNameAsString().equals(javaName)
                && typing.element(target).map(variable::equals).orElse(true)) {
              if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                return List.of();
              }
              values.add(a.getValue());
            }
          }
          for (UnaryExpr u : block.findAll(UnaryExpr.class)) {
            if (u.getExpression() instanceof NameExpr target
                && target.getNameAsString().equals(javaName)
                && typing.element(target).map(variable::equals).orElse(true)
                && u.getOperator() != UnaryExpr.Operator.MINUS
                && u.getOperator() != UnaryExpr.Operator.PLUS
                && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT
                && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
              return List.of();
            }
          }
          return values;
        }
      }
    }
    return List.of();
  }

  /** The nearest loop (or lambda, or class: any code that may run again) around n inside block. */
  private static com.github.javaparser.ast.Node innermostLoop(com.github.javaparser.ast.Node n,
      com.github.javaparser.ast.Node block) {
    for (com.github.javaparser.ast.Node p = n.getParentNode().orElse(null); p != null && p != block;
        p = p.getParentNode().orElse(null)) {
      if (p instanceof com.github.javaparser.ast.stmt.ForStmt
          || p instanceof com.github.javaparser.ast.stmt.ForEachStmt
          || p instanceof com.github.javaparser.ast.stmt.WhileStmt
          || p instanceof com.github.javaparser.ast.stmt.DoStmt
          || p instanceof LambdaExpr || p instanceof ObjectCreationExpr
          || p instanceof com.github.javaparser.ast.body.TypeDeclaration<?>) {
        return p;
      }
    }
    return null;
  }

  /**
   * How many times {@code loop} runs its body at most: a for-each over an array (its length), or
   * {@code for (int i = a; i < b; i += k)} (or {@code <=}) whose counter cannot wrap past b.
   */
  private Range passes(com.github.javaparser.ast.Node loop, Counters f) {
    if (loop instanceof com.github.javaparser.ast.stmt.ForEachStmt each) {
      TypeMirror iterable = typing.typeOf(each.getIterable());
      return iterable != null && iterable.getKind() == TypeKind.ARRAY
          ? new Range(0, Integer.MAX_VALUE) : null;
    }
    if (!(loop instanceof com.github.javaparser.ast.stmt.ForStmt counting)
        || counting.getInitialization().size() != 1 || counting.getUpdate().size() != 1
        || !(counting.getInitialization().get(0) instanceof VariableDeclarationExpr init)
        || init.getVariables().size() != 1 || init.getVariable(0).getInitializer().isEmpty()
        || !(counting.getCompare().orElse(null) instanceof BinaryExpr compare)
        || !(compare.getLeft() instanceof NameExpr counter)
        || !counter.getNameAsString().equals(init.getVariable(0).getNameAsString())
        || (compare.getOperator() != BinaryExpr.Operator.LESS
            && compare.getOperator() != BinaryExpr.Operator.LESS_EQUALS)) {
      return null;
    }
    String name = counter.getNameAsString();
    long step;
    Expression update = counting.getUpdate().get(0);
    if (update instanceof UnaryExpr u && u.getExpression() instanceof NameExpr n
        && n.getNameAsString().equals(name) && (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
            || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT)) {
      step = 1;
    } else if (update instanceof AssignExpr a && a.getTarget() instanceof NameExpr n
        && n.getNameAsString().equals(name) && a.getOperator() == AssignExpr.Operator.PLUS
        && a.getValue() instanceof IntegerLiteralExpr k && k.asNumber().intValue() > 0) {
      step = k.asNumber().intValue();
    } else {
      return null;
    }
    Element counterVariable = typing.element(counter).orElse(null);
    if (counterVariable == null
        || compare.getRight().findFirst(NameExpr.class, n -> n.getNameAsString().equals(name)).isPresent()
        || assignedIn(counting.getBody(), name, counterVariable)) {
      return null;
    }
    Range from = range(init.getVariable(0).getInitializer().get(), f);
    Range to = range(compare.getRight(), f);
    TypeMirror type = typing.typeOf(counter);
    if (from == null || to == null || type == null) {
      return null;
    }
    long last = compare.getOperator() == BinaryExpr.Operator.LESS ? to.hi - 1 : to.hi;
    if (to.hi == Long.MIN_VALUE || last > ofType(type, types).hi - step) {
      return null; // the counter could wrap past the bound: the loop may never end
    }
    try {
      return new Range(0, last < from.lo ? 0 : Math.subtractExact(last, from.lo) / step + 1);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private boolean assignedIn(com.github.javaparser.ast.Node block, String name, Element variable) {
    for (AssignExpr a : block.findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name)
          && typing.element(n).map(variable::equals).orElse(true)) {
        return true;
      }
    }
    for (UnaryExpr u : block.findAll(UnaryExpr.class)) {
      if (u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name)
          && (u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
              || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
              || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
              || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT)
          && typing.element(n).map(variable::equals).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /** What the library says of the method's result (lengths and sizes are non-negative). */
  private Range callRange(MethodCallExpr call) {
    Optional<Element> element = typing.element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)) {
      return null;
    }
    return calls.apply(m);
  }

  private Range binaryRange(BinaryExpr e, Counters f) {
    Range a = range(e.getLeft(), f);
    Range b = range(e.getRight(), f);
    if (e.getOperator() == BinaryExpr.Operator.BINARY_AND) {
      return a != null && a.lo >= 0 ? new Range(0, a.hi)
          : b != null && b.lo >= 0 ? new Range(0, b.hi) : null;
    }
    if (a == null || b == null) {
      return null;
    }
    if ((e.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
        || e.getOperator() == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) && b.lo == b.hi) {
      return shiftRange(e, a, b.lo);
    }
    return switch (e.getOperator()) {
      case PLUS -> sum(a, b);
      case MINUS -> b.lo == Long.MIN_VALUE ? null : sum(a, new Range(-b.hi, -b.lo));
      case MULTIPLY -> product(a, b);
      case REMAINDER -> {
        long k = Math.max(Math.abs(b.lo), Math.abs(b.hi));
        yield b.lo == Long.MIN_VALUE ? null
            : new Range(a.lo >= 0 ? 0 : -(k - 1), a.hi <= 0 ? 0 : k - 1);
      }
      case DIVIDE -> quotient(a, b);
      default -> null;
    };
  }

  /** {@code a >> k} or {@code a >>> k} for a known count {@code k}, masked as Java masks it. */
  private Range shiftRange(BinaryExpr e, Range a, long count) {
    TypeMirror leftType = typing.typeOf(e.getLeft());
    if (leftType == null) {
      return null;
    }
    boolean isLong = types.primitiveKind(leftType) == TypeKind.LONG;
    int k = (int) (count & (isLong ? 63 : 31));
    if (e.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT || a.lo >= 0 || k == 0) {
      return new Range(a.lo >> k, a.hi >> k);
    }
    return new Range(0, isLong ? -1L >>> k : 0xFFFFFFFFL >>> k);
  }

  /**
   * A quotient is no larger than its dividend, except MIN_VALUE / -1, whose value (2^31) leaves
   * the type: unknown then, so it gets wrapped.
   */
  private static Range quotient(Range a, Range b) {
    if (a.lo >= 0 && b.lo >= 1) {
      return new Range(a.lo / b.hi, a.hi / b.lo); // t / 10_000 of a counter t: non-negative
    }
    boolean minusOne = b.lo <= -1 && -1 <= b.hi;
    if (minusOne && (a.lo == Integer.MIN_VALUE || a.lo == Long.MIN_VALUE)) {
      return null;
    }
    // |a / b| <= |a|, and only MIN_VALUE / -1 leaves the type: clamp to the dividend's type.
    Range type = a.within(Range.INT) ? Range.INT : Range.LONG;
    long m = Math.max(Math.abs(Math.max(a.lo, -Long.MAX_VALUE)), Math.abs(a.hi));
    return new Range(Math.max(-m, type.lo), Math.min(m, type.hi));
  }

  /** Sum of intervals, or null if it leaves the long range (no bound known). */
  public static Range sum(Range a, Range b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      return new Range(Math.addExact(a.lo, b.lo), Math.addExact(a.hi, b.hi));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  public static Range product(Range a, Range b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      long p1 = Math.multiplyExact(a.lo, b.lo);
      long p2 = Math.multiplyExact(a.lo, b.hi);
      long p3 = Math.multiplyExact(a.hi, b.lo);
      long p4 = Math.multiplyExact(a.hi, b.hi);
      return new Range(Math.min(Math.min(p1, p2), Math.min(p3, p4)),
          Math.max(Math.max(p1, p2), Math.max(p3, p4)));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /** The type an arithmetic result has: long if either side is long, else int. */
  public static Range resultRange(TypeMirror resultType, JavaTypes types) {
    return types.primitiveKind(resultType) == TypeKind.LONG ? Range.LONG : Range.INT;
  }
}
