package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.ExceptionRows;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.source.JavaLiterals;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Java's string conversion ({@code "n=" + n}, {@code println(x)}) in Python, for the types whose
 * text is the same on both sides. Other types are rejected rather than printed differently.
 */
final class StringConversion {
  private final TranslationEnv env;
  private final JavaTypes types;
  private final ExpressionTranslator expressions;

  StringConversion(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.types = expressions.javaTypes();
    this.expressions = expressions;
  }

  /** {@code e} as a Python {@code str}, as Java's {@code String.valueOf} would give it. */
  PyExpr text(Expression e, FunctionContext f) {
    TypeMirror type = expressions.requireType(e);
    if (type == null) {
      return ExpressionTranslator.ERROR;
    }
    Optional<PyExpr> branches = conditionalText(e, type, f);
    if (branches.isPresent()) {
      return branches.get();
    }
    if (Jdk.isString(type)) {
      return env.analyses().nullSafety().isNonNull(e) ? expressions.translate(e, f)
          : nullableText(e, f);
    }
    if (type != null && type.getKind() == TypeKind.NULL) {
      return new PyExpr.Literal("\"null\"");
    }
    if (types.isFloating(type)) {
      return floatText(expressions.translate(e, f), type); // a Float may be null: _jfstr says "null"
    }
    if (ExceptionRows.isThrowable(type)) {
      return throwableText(expressions.translate(e, f));
    }
    if (types.isBoxed(type) && !types.isChar(type)) {
      // may be null (not a pattern's binding); a Boolean's text is Java's true/false
      if (types.isBoolean(type)) {
        return javaText(e, f);
      }
      return env.analyses().nullSafety().isNonNull(e)
          ? new PyExpr.Call(new PyExpr.Name("str"), List.of(expressions.translate(e, f)))
          : nullableText(e, f);
    }
    if (types.isBoolean(type)) {
      return booleanText(e, f);
    }
    if (types.isChar(type)) {
      return charText(e, f);
    }
    if (rejectsIdentityText(e, type)) {
      return ExpressionTranslator.ERROR;
    }
    if (isNullableObject(type)) {
      // an object reference may be null: _jnstr prints "null"
      return env.analyses().nullSafety().isNonNull(e)
          ? new PyExpr.Call(new PyExpr.Name("str"), List.of(expressions.translate(e, f)))
          : nullableText(e, f);
    }
    if (printsLikeJava(type)) {
      return new PyExpr.Call(new PyExpr.Name("str"), List.of(expressions.translate(e, f)));
    }
    Optional<PyExpr> runtime = runtimeText(e, type, f);
    if (runtime.isPresent()) {
      return runtime.get();
    }
    return reject(e, type);
  }

  /**
   * {@code c ? a : b} typed Object or an intersection ({@code String.format("%s", ok ? "yes" :
   * "no")} types it Object, {@code ok ? "yes" : 0} an intersection): the text of the branch taken,
   * each branch converted by its own type. Other conditionals are converted as one value (a
   * primitive one is promoted: {@code c ? 1 : 'a'} is the int 97).
   */
  private Optional<PyExpr> conditionalText(Expression e, TypeMirror type, FunctionContext f) {
    Expression inner = e;
    while (inner instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    boolean mixed = type.getKind() == TypeKind.INTERSECTION || JavaTypes.isClass(type, Jdk.OBJECT);
    if (!(inner instanceof com.github.javaparser.ast.expr.ConditionalExpr conditional) || !mixed) {
      return Optional.empty();
    }
    return Optional.of(new PyExpr.IfExp(expressions.translate(conditional.getCondition(), f),
        text(conditional.getThenExpr(), f), text(conditional.getElseExpr(), f)));
  }

  /**
   * Collections print through {@code _jstr}, which formats their elements as Java does at run
   * time; a StringBuilder is its joined pieces.
   */
  private Optional<PyExpr> runtimeText(Expression e, TypeMirror type, FunctionContext f) {
    if (JavaTypes.isClass(type, Jdk.BIG_INTEGER)
        || dev.jmpy.processor.library.BitSetRows.isBitSet(type)) {
      return Optional.of(javaText(e, f)); // a Python int; str() of it is Java's text, or "null"
    }
    if (JavaTypes.isClass(type, Jdk.STRING_BUILDER) || JavaTypes.isClass(type, Jdk.STRING_BUFFER)
        || JavaTypes.isClass(type, Jdk.CHAR_SEQUENCE)) {
      // A CharSequence holds a str or a builder's pieces: "".join gives the text of both.
      return Optional.of(new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Literal("\"\""), "join"),
          List.of(expressions.translate(e, f))));
    }
    TypeElement cls = JavaTypes.classOf(type);
    if (cls != null && Jdk.JAVA_TEXT.contains(cls.getQualifiedName().toString())) {
      return Optional.of(javaText(e, f)); // "null", or what its __str__ says, as Java's toString
    }
    if (JavaTypes.isClass(type, Jdk.MAP_ENTRY) && elements(type) == ElementText.PLAIN) {
      return Optional.of(new PyExpr.Call(expressions.calls().module().helper(Helper.ENTRY_TEXT),
          List.of(expressions.translate(e, f))));
    }
    if (cls != null && (isCollection(type) || JavaTypes.isClass(type, Jdk.MAP_ENTRY))) {
      return switch (elements(type)) {
        case PLAIN -> Optional.of(new PyExpr.Call(
            expressions.calls().module().helper(collectionText(type)),
            List.of(expressions.translate(e, f))));
        case RUNTIME -> Optional.of(objectText(expressions.translate(e, f)));
        case NONE -> Optional.empty();
      };
    }
    if (isErased(type)) {
      return Optional.of(objectText(expressions.translate(e, f)));
    }
    return Optional.empty();
  }

  /**
   * Object, a type variable, a wildcard, an intersection, Number, Comparable, Serializable: the
   * value decides its text at run time. It is never a char there (ErasedValues, JMPY180).
   */
  private boolean isErased(TypeMirror type) {
    return switch (type.getKind()) {
      case TYPEVAR, WILDCARD, INTERSECTION -> true;
      case DECLARED -> JavaTypes.isClass(type, Jdk.OBJECT)
          || JavaTypes.isClass(type, Jdk.NUMBER)
          || JavaTypes.isClass(type, Jdk.COMPARABLE)
          || JavaTypes.isClass(type, Jdk.SERIALIZABLE);
      default -> false;
    };
  }

  /**
   * _jlstr for a collection (not a map or an entry) of Strings, non-Boolean boxed numbers or
   * objects of yours, whose elements' text is "null" or str(x); _jstr for the others.
   */
  private Helper collectionText(TypeMirror type) {
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    boolean collection = types.isSubtypeOf(type, env.elements().getTypeElement(Jdk.COLLECTION));
    if (collection && args.size() == 1) {
      TypeMirror element = args.get(0);
      if (Jdk.isString(element) || isNullableObject(element)
          || (types.isBoxed(element) && !types.isBoolean(element) && !types.isChar(element))) {
        return Helper.ELEMENTS_TEXT;
      }
    }
    return Helper.JAVA_TEXT;
  }

  private PyExpr objectText(PyExpr value) {
    return new PyExpr.Call(expressions.calls().module().helper(Helper.OBJECT_TEXT),
        List.of(value));
  }

  /** How a collection's elements print: by _jstr, by _jotext, or not exactly at all. */
  enum ElementText { PLAIN, RUNTIME, NONE }

  /**
   * {@code PLAIN}: every element type prints with _jstr (integers, strings, booleans, your
   * classes, collections of those); {@code RUNTIME}: some element is decided at run time (Object,
   * T, a float, an exception, an entry) by _jotext; {@code NONE}: a char (an int on the board), an
   * array (Java prints [I@...) or a StringBuilder (a list of pieces on the board) among them.
   */
  private ElementText elements(TypeMirror type) {
    ElementText result = ElementText.PLAIN;
    for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
      ElementText one = element(arg);
      if (one == ElementText.NONE) {
        return one;
      }
      if (one == ElementText.RUNTIME) {
        result = one;
      }
    }
    return result;
  }

  private ElementText element(TypeMirror arg) {
    if (arg instanceof javax.lang.model.type.WildcardType wildcard) {
      TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound()
          : wildcard.getSuperBound();
      return bound == null ? ElementText.RUNTIME : element(bound);
    }
    if (types.isChar(arg) || arg.getKind() == TypeKind.ARRAY
        || JavaTypes.isClass(arg, Jdk.STRING_BUILDER) || JavaTypes.isClass(arg, Jdk.STRING_BUFFER)
        || JavaTypes.isClass(arg, Jdk.CHAR_SEQUENCE)) {
      return ElementText.NONE;
    }
    if (types.isFloating(arg) || ExceptionRows.isThrowable(arg) || isErased(arg)
        || JavaTypes.isClass(arg, Jdk.MAP_ENTRY)) {
      return arg.getKind() == TypeKind.DECLARED && !((DeclaredType) arg).getTypeArguments().isEmpty()
          && elements(arg) == ElementText.NONE ? ElementText.NONE : ElementText.RUNTIME;
    }
    if (arg.getKind() == TypeKind.DECLARED && !((DeclaredType) arg).getTypeArguments().isEmpty()) {
      return elements(arg);
    }
    return ElementText.PLAIN;
  }

  /** A reference to a translated object (enum, record, class): it may be null. */
  private boolean isNullableObject(TypeMirror type) {
    TypeElement cls = JavaTypes.classOf(type);
    return cls != null && Stubs.isTranslated(cls) && !ExceptionRows.isThrowable(type);
  }

  /**
   * A class of yours with no toString() in it or its translated superclasses: Java prints its
   * identity ({@code pkg.Sensor@1b6d3586}); rejected (JMPY130). Enums, records and interfaces
   * (whose implementations may declare one) pass.
   */
  private boolean rejectsIdentityText(Expression e, TypeMirror type) {
    TypeElement cls = JavaTypes.classOf(type);
    if (cls == null || !Stubs.isTranslated(cls) || cls.getKind() != javax.lang.model.element.ElementKind.CLASS
        || ExceptionRows.isThrowable(type)) {
      return false;
    }
    for (TypeElement c = cls; c != null && Stubs.isTranslated(c);
        c = JavaTypes.classOf(c.getSuperclass())) {
      for (javax.lang.model.element.Element m : c.getEnclosedElements()) {
        if (m.getKind() == javax.lang.model.element.ElementKind.METHOD
            && m.getSimpleName().contentEquals("toString")
            && ((javax.lang.model.element.ExecutableElement) m).getParameters().isEmpty()) {
          return false;
        }
      }
    }
    env.report(e, Message.IDENTITY_TEXT, cls.getSimpleName(),
        "give " + cls.getSimpleName() + " a toString() that prints its fields");
    return true;
  }

  /**
   * An exception's text as Java prints it ({@code pkg.E: message}): {@code _jmpy.text}, which
   * calls a class's own toString and names the builtins the board raises by their Java class.
   */
  private PyExpr throwableText(PyExpr value) {
    return new PyExpr.Call(new PyExpr.Attribute(expressions.calls().module().helper(Helper.RUNTIME),
        "text"), List.of(value));
  }

  /** {@code _jnstr(v)}: a String, boxed integer or object of yours, which may be null. */
  private PyExpr nullableText(Expression e, FunctionContext f) {
    return new PyExpr.Call(expressions.calls().module().helper(Helper.NULLABLE_TEXT),
        List.of(expressions.translate(e, f)));
  }

  private PyExpr javaText(Expression e, FunctionContext f) {
    return new PyExpr.Call(expressions.calls().module().helper(Helper.JAVA_TEXT),
        List.of(expressions.translate(e, f)));
  }

  /**
   * Java's Float.toString (Double.toString for a double) of a translated float value: from its
   * bits, since MicroPython's own float text differs ({@code 0.1f + 0.2f} is {@code 0.3} on the
   * board, {@code 0.3} in Java too, but {@code 1e7f} is {@code 1e+07} there, {@code 1.0E7} here).
   */
  PyExpr floatText(PyExpr value, TypeMirror type) {
    PyExpr helper = expressions.calls().module().helper(Helper.FLOAT_TEXT);
    return new PyExpr.Call(helper, Floats.precision(type, types) == 53
        ? List.of(value, new PyExpr.Literal("53")) : List.of(value));
  }

  private boolean isCollection(TypeMirror type) {
    javax.lang.model.util.Elements elements = env.elements();
    for (String name : List.of(Jdk.COLLECTION, Jdk.MAP)) {
      if (types.isSubtypeOf(type, elements.getTypeElement(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An already translated {@code value} of Java type {@code type} as text (for generated code such
   * as a record's toString); {@code at} is where to report a type with no exact text.
   */
  PyExpr text(PyExpr value, TypeMirror type, com.github.javaparser.ast.Node at) {
    if (types.isFloating(type)) {
      return floatText(value, type);
    }
    if (ExceptionRows.isThrowable(type)) {
      return throwableText(value);
    }
    if (isErased(type)) {
      return objectText(value); // a generic T: what it holds decides, as in Java
    }
    if (type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty()
        && (isCollection(type) || JavaTypes.isClass(type, Jdk.MAP_ENTRY))) {
      switch (elements(type)) {
        case RUNTIME -> {
          return objectText(value);
        }
        case NONE -> {
          env.report(at, Message.UNSUPPORTED_STRING_CONVERSION, type.toString(),
              "give the record a toString()");
          return ExpressionTranslator.ERROR;
        }
        default -> { }
      }
    }
    if (Jdk.isString(type) || isNullableObject(type)
        || (types.isBoxed(type) && !types.isBoolean(type) && !types.isChar(type))) {
      // A String, number or object of yours that may be null: str() of it, or "null".
      return new PyExpr.Call(expressions.calls().module().helper(Helper.NULLABLE_TEXT), List.of(value));
    }
    if (!type.getKind().isPrimitive() && !types.isChar(type) && !ExceptionRows.isThrowable(type)) {
      // Any other reference (a Boolean, a collection) may be null, and prints as Java's.
      return new PyExpr.Call(expressions.calls().module().helper(Helper.JAVA_TEXT), List.of(value));
    }
    if (types.isBoolean(type)) {
      return new PyExpr.IfExp(value, new PyExpr.Literal("\"true\""), new PyExpr.Literal("\"false\""));
    }
    if (types.isChar(type)) {
      return new PyExpr.Call(new PyExpr.Name("chr"), List.of(value));
    }
    if (printsLikeJava(type)) {
      return new PyExpr.Call(new PyExpr.Name("str"), List.of(value));
    }
    env.report(at, Message.UNSUPPORTED_STRING_CONVERSION, type.toString(),
        "give the record a toString()");
    return ExpressionTranslator.ERROR;
  }

  /** {@code e} as an argument of {@code print}, which converts with {@code str} itself. */
  PyExpr printable(Expression e, FunctionContext f) {
    TypeMirror type = expressions.requireType(e);
    if (type == null) {
      return ExpressionTranslator.ERROR;
    }
    Optional<PyExpr> branches = conditionalText(e, type, f);
    if (branches.isPresent()) {
      return branches.get();
    }
    if (types.isFloating(type)) {
      return floatText(expressions.translate(e, f), type); // a Float may be null: _jfstr says "null"
    }
    if (ExceptionRows.isThrowable(type)) {
      return throwableText(expressions.translate(e, f));
    }
    if (types.isBoxed(type) && !types.isChar(type) && !types.isFloating(type)) {
      return types.isBoolean(type) ? javaText(e, f) : nullableText(e, f); // may be null
    }
    if (types.isChar(type)) {
      return charText(e, f);
    }
    if (dev.jmpy.processor.library.TypedArrays.isArrayOf(type, TypeKind.CHAR)) {
      // print(char[]) / println(char[]) print the characters
      return new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Literal("\"\""), "join"), List.of(
          new PyExpr.Call(new PyExpr.Name("map"), List.of(new PyExpr.Name("chr"),
              expressions.translate(e, f)))));
    }
    if (rejectsIdentityText(e, type)) {
      return ExpressionTranslator.ERROR;
    }
    if (isNullableObject(type)) {
      return nullableText(e, f);
    }
    if (Jdk.isString(type) && !env.analyses().nullSafety().isNonNull(e)) {
      return nullableText(e, f); // print(None) would show None, Java shows null
    }
    if (Jdk.isString(type) || printsLikeJava(type)) {
      return expressions.translate(e, f);
    }
    if (types.isBoolean(type)) {
      return booleanText(e, f);
    }
    Optional<PyExpr> runtime = runtimeText(e, type, f);
    if (runtime.isPresent()) {
      return runtime.get();
    }
    if (type != null && type.getKind() == TypeKind.NULL) {
      return new PyExpr.Literal("\"null\"");
    }
    return reject(e, type);
  }

  /** A char is an int code unit; its text is {@code chr(c)}, a literal folds to the string. */
  private PyExpr charText(Expression e, FunctionContext f) {
    if (e instanceof com.github.javaparser.ast.expr.CharLiteralExpr literal) {
      return new PyExpr.Literal(Literals.string(String.valueOf(JavaLiterals.value(literal))));
    }
    return new PyExpr.Call(new PyExpr.Name("chr"), List.of(expressions.translate(e, f)));
  }

  private PyExpr booleanText(Expression e, FunctionContext f) {
    if (e instanceof BooleanLiteralExpr literal) {
      return new PyExpr.Literal(literal.getValue() ? "\"true\"" : "\"false\"");
    }
    return new PyExpr.IfExp(expressions.translate(e, f),
        new PyExpr.Literal("\"true\""), new PyExpr.Literal("\"false\""));
  }

  /**
   * Integers print alike; translated objects print through their {@code toString} (their
   * {@code __str__}); a list of integers prints as {@code [1, 2]} on both sides.
   */
  private boolean printsLikeJava(TypeMirror type) {
    if (types.isIntegral(type) && !types.isChar(type)) {
      return true;
    }
    TypeElement cls = JavaTypes.classOf(type);
    if (cls == null) {
      return false;
    }
    if (Stubs.isTranslated(cls)) {
      return !ExceptionRows.isThrowable(type); // Java prints "pkg.Error: message"
    }
    // A List<Integer> may hold null, which str() would print as None: lists go through _jstr.
    return false;
  }

  private PyExpr reject(Expression e, TypeMirror type) {
    if (type != null && type.getKind() == TypeKind.ARRAY) {
      env.report(e, Message.ARRAY_IDENTITY_TEXT, type.toString(),
          "print Arrays.toString(a)" + (dev.jmpy.processor.library.TypedArrays.isArrayOf(type,
              TypeKind.CHAR) ? " or new String(chars)" : ""));
      return ExpressionTranslator.ERROR;
    }
    String name = type == null ? "value of unknown type" : type.toString();
    String instead = types.isChar(type) ? "use a String" : "convert it to a String or an int first";
    env.report(e, Message.UNSUPPORTED_STRING_CONVERSION, name, instead);
    return ExpressionTranslator.ERROR;
  }
}
