package dev.jmpy.processor.translate;

import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.library.Indexes;
import dev.jmpy.processor.library.TypedArrays;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Array creation, element reads and element stores ({@link TypedArrays} says what each array type
 * is in MicroPython). A typed array narrows what it stores exactly as Java's cast does, so a value
 * stored into an element needs no wrap or narrowing cast of its own; a {@code boolean[]} element
 * reads 0 or 1, made a bool where the value leaves a condition.
 */
final class ArrayExpressions {
  private final ExpressionTranslator expressions;
  private final JavaTypes types;
  /** The calls being translated as buffer arguments, by identity. */
  private final java.util.Set<com.github.javaparser.ast.Node> rawBytesWanted =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  ArrayExpressions(ExpressionTranslator expressions) {
    this.expressions = expressions;
    this.types = expressions.javaTypes();
  }

  private PyExpr arrayClass() {
    return expressions.calls().module().arrayClass();
  }

  /**
   * {@code new int[n]} → {@code array("i", memoryview(bytes(n)))}, {@code new int[r][c]} →
   * {@code [array("i", ...) for _ in range(r)]} (each row its own array), {@code new int[r][]} →
   * {@code [None] * r}, {@code new int[]{1, 2}} → {@code array("i", [1, 2])}. A length not known
   * to be non-negative (IntRanges) is checked by {@code _jmpy.size(n)}, which raises Java's
   * NegativeArraySizeException.
   */
  PyExpr creation(ArrayCreationExpr creation, FunctionContext f) {
    TypeMirror type = expressions.requireType(creation);
    if (type == null) {
      return ExpressionTranslator.ERROR;
    }
    if (creation.getInitializer().isPresent()) {
      return initializer(creation.getInitializer().get(), type, f);
    }
    return level(creation.getLevels(), 0, type, f);
  }

  private PyExpr level(List<ArrayCreationLevel> levels, int index, TypeMirror type,
      FunctionContext f) {
    TypeMirror component = ((ArrayType) type).getComponentType();
    Expression dimension = levels.get(index).getDimension().orElseThrow();
    PyExpr size = expressions.translate(dimension, f);
    if (!Indexes.known(expressions.env().analyses().ranges().range(dimension, f))) {
      // Java throws NegativeArraySizeException; Python would make an empty list or array
      size = new PyExpr.Call(new PyExpr.Attribute(
          expressions.calls().module().helper(Helper.RUNTIME), "size"), List.of(size));
    }
    boolean innerSized = index + 1 < levels.size() && levels.get(index + 1).getDimension().isPresent();
    if (!innerSized) {
      return TypedArrays.zeros(component, size, this::arrayClass);
    }
    return new PyExpr.ListComp(level(levels, index + 1, component, f), "_",
        new PyExpr.Call(new PyExpr.Name("range"), List.of(size)));
  }

  /**
   * {@code {1, 2}} (a declaration's initializer, or nested in {@code new int[][]{{1}, {2}}}): a
   * typed array of the elements, a list for objects and rows.
   */
  PyExpr initializer(ArrayInitializerExpr init, FunctionContext f) {
    TypeMirror type = expressions.typeOf(init);
    if (type == null && init.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body
        .VariableDeclarator declarator) {
      type = expressions.env().oracle().element(declarator)
          .map(javax.lang.model.element.Element::asType).orElse(null);
    }
    if (type == null) {
      type = expressions.requireType(init);
    }
    return type == null ? ExpressionTranslator.ERROR : initializer(init, type, f);
  }

  private PyExpr initializer(ArrayInitializerExpr init, TypeMirror type, FunctionContext f) {
    TypeMirror component = ((ArrayType) type).getComponentType();
    List<PyExpr> elements = init.getValues().stream()
        .map(v -> v instanceof ArrayInitializerExpr nested ? initializer(nested, component, f)
            : stored(v, component, f))
        .toList();
    return TypedArrays.of(component, elements, this::arrayClass);
  }

  /**
   * {@code a[i]} read. A {@code boolean[]} element is 0 or 1: {@code bool(a[i])} unless the read
   * is a condition (or under {@code !}, {@code &&}, {@code ||} in one, or compared with {@code ==}).
   */
  PyExpr element(ArrayAccessExpr access, FunctionContext f) {
    PyExpr element = subscript(access.getIndex(), expressions.translate(access.getName(), f),
        expressions.translate(access.getIndex(), f), f);
    if (isTarget(access) || !TypedArrays.isArrayOf(expressions.typeOf(access.getName()),
        TypeKind.BOOLEAN) || isTruthTested(access)) {
      return element;
    }
    return new PyExpr.Call(new PyExpr.Name("bool"), List.of(element));
  }

  /** {@code a[i]} with Java's bounds ({@link Indexes}: a negative index raises IndexError). */
  PyExpr subscript(Expression javaIndex, PyExpr array, PyExpr index, FunctionContext f) {
    return Indexes.subscript(expressions.env().analyses().ranges().range(javaIndex, f), array,
        index, f::temporary);
  }

  /** Whether {@code access} is written (an assignment's target, or {@code ++}/{@code --}'s). */
  static boolean isTarget(ArrayAccessExpr access) {
    return access.getParentNode()
        .map(p -> (p instanceof AssignExpr assign && assign.getTarget() == access)
            || (p instanceof UnaryExpr unary && Operators.isIncrementOrDecrement(unary)))
        .orElse(false);
  }

  /**
   * Whether only the truth of {@code e}'s value is used: it is the condition of an if, a loop or a
   * {@code ?:}, the operand of {@code !}, an operand of {@code &&}/{@code ||} that is itself such
   * a condition, or an operand of {@code ==}/{@code !=} between booleans (0 and 1 compare with
   * True and False as Java's booleans do).
   */
  static boolean isTruthTested(Expression e) {
    Node child = e;
    Node parent = e.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) {
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    return switch (parent) {
      case IfStmt s -> s.getCondition() == child;
      case WhileStmt s -> s.getCondition() == child;
      case DoStmt s -> s.getCondition() == child;
      case ForStmt s -> s.getCompare().orElse(null) == child;
      case ConditionalExpr c -> c.getCondition() == child;
      case UnaryExpr u -> u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT;
      case BinaryExpr b -> switch (b.getOperator()) {
        case AND, OR -> isTruthTested(b);
        case EQUALS, NOT_EQUALS -> true;
        // a boolean under + is text ("a" + flag): "true" if flag else "false"
        case PLUS -> true;
        default -> false;
      };
      case MethodCallExpr call -> isPrint(call);
      case null, default -> false;
    };
  }

  /** {@code System.out.println(flag)}, {@code print(flag)}: printed as "true"/"false". */
  private static boolean isPrint(MethodCallExpr call) {
    return (call.getNameAsString().equals("println") || call.getNameAsString().equals("print"))
        && call.getArguments().size() == 1 && call.getScope().isPresent()
        && call.getScope().get().toString().matches("System\\.(out|err)");
  }

  /**
   * A value stored into an element of an array of {@code component}: a typed array keeps the low
   * bits of what it stores, as Java's narrowing does, so a narrowing cast to a type at least as
   * wide as the element ({@code b[i] = (byte) v}) and the wrap of int/long arithmetic at least as
   * wide ({@code a[i] = x * y}) are left to the store.
   */
  PyExpr stored(Expression value, TypeMirror component, FunctionContext f) {
    int bits = TypedArrays.storeBits(component);
    if (bits == 0) {
      return expressions.translate(value, f);
    }
    return modular(value, bits, f);
  }

  /**
   * {@code e}'s value where only its low {@code bits} bits matter: narrowing casts and wraps to at
   * least that width are dropped (taking the low bits of the low bits changes nothing).
   */
  PyExpr modular(Expression e, int bits, FunctionContext f) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    TypeMirror type = expressions.typeOf(inner);
    if (type == null || !types.isIntegral(type) || bitsOf(type) < bits) {
      return expressions.translate(e, f);
    }
    if (inner instanceof CastExpr cast) {
      TypeMirror source = expressions.typeOf(cast.getExpression());
      if (source != null && types.isIntegral(source) && bitsOf(type) >= bits) {
        return modular(cast.getExpression(), bits, f);
      }
      return expressions.translate(e, f);
    }
    if (inner instanceof BinaryExpr binary) {
      return expressions.operators().binaryModular(binary, f);
    }
    return expressions.translate(e, f);
  }

  /**
   * A method of an array: {@code a.clone()} is {@code a[:]} (a new array of the same type; rows
   * of a multi-dimensional array are shared, as Java's shallow clone shares them),
   * {@code a.equals(b)} is identity. The others print or hash the array's identity, which
   * MicroPython cannot reproduce.
   */
  PyExpr method(MethodCallExpr call, FunctionContext f) {
    Expression array = call.getScope().orElseThrow();
    return switch (call.getNameAsString()) {
      case "clone" -> new PyExpr.Slice(expressions.translate(array, f), null, null);
      case "equals" -> new PyExpr.BinOp(expressions.translate(array, f), "is",
          expressions.translate(call.getArgument(0), f));
      case "toString" -> {
        expressions.env().report(call, dev.jmpy.processor.diag.Message.ARRAY_IDENTITY_TEXT,
            expressions.typeOf(array).toString(), "print Arrays.toString(a)");
        yield ExpressionTranslator.ERROR;
      }
      default -> expressions.unsupported(call, "the array method " + call.getNameAsString()
          + "()", "an array's hashCode() and getClass() are its identity in Java; use "
          + "Arrays.hashCode(a) for its contents");
    };
  }

  /**
   * The statement that makes a varargs parameter ({@code int... xs}, a Python tuple) a real array
   * when the method uses it as one beyond reading it (stores into it, passes or keeps it):
   * {@code xs = array("i", xs)}, {@code xs = list(xs)} for objects.
   */
  java.util.Optional<dev.jmpy.processor.python.PyStmt> varargsArray(
      com.github.javaparser.ast.body.Parameter p, Node body, FunctionContext f) {
    if (!p.isVarArgs()) {
      return java.util.Optional.empty();
    }
    String javaName = p.getNameAsString();
    boolean onlyRead = body.findAll(NameExpr.class, n -> n.getNameAsString().equals(javaName)).stream()
        .allMatch(n -> switch (n.getParentNode().orElse(null)) {
          case ArrayAccessExpr access -> access.getName() == n && !isTarget(access);
          case FieldAccessExpr access -> access.getNameAsString().equals("length");
          case com.github.javaparser.ast.stmt.ForEachStmt loop -> loop.getIterable() == n;
          case null, default -> false;
        });
    TypeMirror type = expressions.env().oracle().element(p)
        .map(javax.lang.model.element.Element::asType).orElse(null);
    if (onlyRead || type == null) {
      return java.util.Optional.empty();
    }
    String name = f.local(javaName);
    return java.util.Optional.of(new dev.jmpy.processor.python.PyStmt.Assign(new PyExpr.Name(name),
        TypedArrays.from(((ArrayType) type).getComponentType(), new PyExpr.Name(name),
            this::arrayClass)));
  }

  /** Whether {@code type} is {@code byte[]}. */
  static boolean isByteArray(TypeMirror type) {
    return TypedArrays.isArrayOf(type, TypeKind.BYTE);
  }

  /** Bytes MicroPython returned (a stream's read, {@code s.encode()}) as Java's byte[]. */
  PyExpr fromBytes(PyExpr bytes) {
    return new PyExpr.Call(arrayClass(), List.of(TypedArrays.code("b"), bytes));
  }

  /** {@link #fromBytes} of a value that may be None: {@code None if (_b := v) is None else ...}. */
  PyExpr fromBytesOrNone(PyExpr bytes, FunctionContext f) {
    String temp = f.temporary("b");
    return new PyExpr.IfExp(new PyExpr.BinOp(new PyExpr.NamedExpr(temp, bytes), "is",
        new PyExpr.Literal("None")), new PyExpr.Literal("None"), fromBytes(new PyExpr.Name(temp)));
  }

  /**
   * A {@code byte[]} where MicroPython takes any buffer (a stream's write, a bus transfer, a
   * decode): Python bytes from a stub's call or {@code s.getBytes()} pass as they are, anything
   * else is the array itself.
   */
  PyExpr buffer(Expression e, FunctionContext f) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    if (!(inner instanceof MethodCallExpr call)) {
      return expressions.translate(e, f);
    }
    rawBytesWanted.add(call);
    try {
      return expressions.translate(e, f);
    } finally {
      rawBytesWanted.remove(call);
    }
  }

  /**
   * Whether {@code call}, returning a {@code byte[]}, is a buffer argument ({@link #buffer}): its
   * Python bytes need no copy into an array.
   */
  boolean wantsRawBytes(com.github.javaparser.ast.Node call) {
    return rawBytesWanted.contains(call);
  }

  /** {@code a.length}: {@code len(a)}; the byte count of {@code s.getBytes()} is {@code len(s.encode())}. */
  PyExpr length(Expression array, FunctionContext f) {
    return new PyExpr.Call(new PyExpr.Name("len"), List.of(buffer(array, f)));
  }

  /** The width of an integral type's values (a char's 16; a boxed type's primitive's). */
  private int bitsOf(TypeMirror type) {
    return switch (types.primitiveKind(type)) {
      case BYTE -> 8;
      case SHORT, CHAR -> 16;
      case LONG -> 64;
      default -> 32;
    };
  }
}
