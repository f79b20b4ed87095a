package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.*;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.CallSite;
import dev.jmpy.processor.library.ExceptionRows;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.source.JavaLiterals;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Java expressions to Python expressions. Anything it does not know is reported as unsupported at
 * its position (the visitor's default action), never guessed.
 */
final class ExpressionTranslator {
  /** What a failed translation leaves in place; the module is discarded anyway. */
  static final PyExpr ERROR = CallSite.ERROR;

  private final TranslationEnv env;
  private final ModuleContext module;
  private final JavaTypes javaTypes;
  private final CallTranslator calls;
  private final StringConversion strings;
  private final Operators operators;
  private final LambdaTranslator lambdas;
  private final SwitchTranslator switches;
  private final EffectsAsValues effects;
  private final Floats floats;
  private final AssignmentTargets targets;
  private final ArrayExpressions arrays;
  private StatementTranslator statements;

  ExpressionTranslator(TranslationEnv env, ModuleContext module) {
    this.env = env;
    this.module = module;
    this.javaTypes = env.analyses().javaTypes();
    this.strings = new StringConversion(env, this);
    this.calls = new CallTranslator(env, module, this, strings);
    this.operators = new Operators(env, this);
    this.lambdas = new LambdaTranslator(env, this);
    this.switches = new SwitchTranslator(env, this);
    this.effects = new EffectsAsValues(env, this);
    this.floats = new Floats(env, this);
    this.targets = new AssignmentTargets(env, this);
    this.arrays = new ArrayExpressions(this);
  }

  EffectsAsValues effects() {
    return effects;
  }

  Floats floats() {
    return floats;
  }

  ArrayExpressions arrays() {
    return arrays;
  }

  TranslationEnv env() {
    return env;
  }

  JavaTypes javaTypes() {
    return javaTypes;
  }

  Operators operators() {
    return operators;
  }

  SwitchTranslator switches() {
    return switches;
  }

  /** The statement translator working with this one (lambdas and switches have statements). */
  StatementTranslator statements() {
    if (statements == null) {
      statements = new StatementTranslator(env, this);
    }
    return statements;
  }

  StringConversion strings() {
    return strings;
  }

  CallTranslator calls() {
    return calls;
  }

  /**
   * The static type of {@code e}, as javac attributed it, or null. A literal's type is its own:
   * javac keeps no tree for a literal it folded into a constant ("a" + "b").
   */
  TypeMirror typeOf(Expression e) {
    TypeMirror substituted = substituteTypes.get(e);
    return substituted != null ? substituted : env.analyses().typing().typeOf(e);
  }

  /**
   * Java expressions jmpy makes itself (the parameters of a JDK method reference's lambda, the
   * call it stands for): their Python (null to translate them as usual) and their type.
   */
  private final java.util.Map<Expression, PyExpr> substitutes = new java.util.IdentityHashMap<>();
  private final java.util.Map<Expression, TypeMirror> substituteTypes =
      new java.util.IdentityHashMap<>();

  void substitute(Expression e, PyExpr python, TypeMirror type) {
    if (python != null) {
      substitutes.put(e, python);
    }
    if (type != null) {
      substituteTypes.put(e, type);
    }
  }

  /**
   * The static type of {@code e} where the translation depends on it; if javac recorded none, an
   * error (never a guess) and null.
   */
  TypeMirror requireType(Expression e) {
    TypeMirror type = typeOf(e);
    if (type == null) {
      env.report(e, Message.TYPE_UNKNOWN, e.toString());
    }
    return type;
  }

  PyExpr translate(Expression e, FunctionContext f) {
    return converted(e, translateItself(e, f), f);
  }

  /**
   * {@code value}, converted where Java converts it implicitly and Python would not: an integral
   * value used where a float or double is expected ({@code float x = 1;}, an argument to a float
   * parameter) becomes a Python float, so that its arithmetic rounds as Java's does.
   */
  private PyExpr converted(Expression e, PyExpr value, FunctionContext f) {
    if (value == ERROR || e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
      return value;
    }
    Optional<TypeMirror> target = targets.of(e);
    if (target.isEmpty() || !target.get().getKind().isPrimitive() || !javaTypes.isFloating(target.get())) {
      return value;
    }
    TypeMirror type = typeOf(e);
    return type != null && javaTypes.isIntegral(type)
        ? floats.fromIntegral(value, e, type, target.get(), f) : value;
  }

  private PyExpr translateItself(Expression e, FunctionContext f) {
    PyExpr substituted = substitutes.get(e);
    if (substituted != null) {
      return substituted;
    }
    return switch (e) {
      case IntegerLiteralExpr lit -> new PyExpr.Literal(Literals.integer(lit.getValue()));
      case LongLiteralExpr lit -> new PyExpr.Literal(Literals.integer(lit.getValue()));
      case DoubleLiteralExpr lit -> doubleLiteral(lit);
      case BooleanLiteralExpr lit -> new PyExpr.Literal(lit.getValue() ? "True" : "False");
      case NullLiteralExpr lit -> new PyExpr.Literal("None");
      case StringLiteralExpr lit -> new PyExpr.Literal(Literals.string(JavaLiterals.value(lit)));
      case TextBlockLiteralExpr lit -> new PyExpr.Literal(Literals.string(JavaLiterals.value(lit)));
      // A char is its UTF-16 code unit, an int, as in Java's arithmetic; text uses chr().
      case CharLiteralExpr lit -> new PyExpr.Literal(Integer.toString(JavaLiterals.value(lit)));
      case EnclosedExpr enclosed -> translate(enclosed.getInner(), f);
      case NameExpr name -> name(name, f);
      case FieldAccessExpr access -> fieldAccess(access, f);
      case ThisExpr self -> thisObject(self, f);
      case BinaryExpr binary -> operators.binary(binary, f);
      case UnaryExpr unary -> operators.unary(unary, f);
      case ConditionalExpr cond -> new PyExpr.IfExp(
          translate(cond.getCondition(), f),
          translate(cond.getThenExpr(), f),
          translate(cond.getElseExpr(), f));
      case CastExpr cast -> cast(cast, f);
      case MethodCallExpr call -> calls.call(call, f);
      case ObjectCreationExpr creation -> calls.construct(creation, f);
      case LambdaExpr lambda -> calls.isCoroutineObject(lambda)
          ? calls.coroutineObject(lambda, f)
          : lambdas.lambda(lambda, f);
      case MethodReferenceExpr reference -> calls.isCoroutineObject(reference)
          ? calls.coroutineObject(reference, f)
          : lambdas.methodReference(reference, f);
      case SwitchExpr sw -> switches.expression(sw, f);
      case InstanceOfExpr test -> instanceOf(test, f);
      case ArrayCreationExpr creation -> arrays.creation(creation, f);
      case ArrayInitializerExpr init -> arrays.initializer(init, f);
      case ArrayAccessExpr access -> arrays.element(access, f);
      case AssignExpr assign -> effects.assignment(assign, f);
      default -> unsupported(e, describe(e), "see docs/semantics.md for what jmpy translates");
    };
  }

  /** A float or double literal (hexadecimal ones too), as source MicroPython reads exactly. */
  private PyExpr doubleLiteral(DoubleLiteralExpr lit) {
    return floats.literal(lit);
  }

  private PyExpr name(NameExpr name, FunctionContext f) {
    Optional<Element> element = env.oracle().element(name);
    if (element.isEmpty()) {
      return reject(Message.UNRESOLVED, name, "the name " + name.getNameAsString(), "javac did not resolve it");
    }
    Element e = element.get();
    return switch (e.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE,
          BINDING_VARIABLE -> module.innerClasses().variable((VariableElement) e,
              name.getNameAsString(), f, name);
      case FIELD -> field((VariableElement) e, null, name, f);
      case ENUM_CONSTANT -> enumConstant((VariableElement) e, name);
      default -> unsupported(name, "the name " + name.getNameAsString() + " (" + e.getKind() + ")",
          "see docs/semantics.md");
    };
  }

  private PyExpr fieldAccess(FieldAccessExpr access, FunctionContext f) {
    TypeMirror scopeType = typeOf(access.getScope());
    if (scopeType != null && scopeType.getKind() == TypeKind.ARRAY
        && access.getNameAsString().equals("length")) {
      return arrays.length(access.getScope(), f);
    }
    Optional<Element> element = env.oracle().element(access);
    if (element.isPresent() && element.get().getKind() == ElementKind.FIELD) {
      return field((VariableElement) element.get(), access.getScope(), access, f);
    }
    if (element.isPresent() && element.get().getKind() == ElementKind.ENUM_CONSTANT) {
      return enumConstant((VariableElement) element.get(), access);
    }
    return unsupported(access, "the field access " + access, "see docs/semantics.md");
  }

  /** A field read: module-level for statics, an attribute of the object otherwise. */
  PyExpr field(VariableElement field, Expression scope, Node at, FunctionContext f) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    Optional<String> stubModule = Stubs.pyModule(owner);
    String pyName = Stubs.value(field, Stubs.PY_NAME).orElse(null);
    if (stubModule.isPresent()) {
      String name = pyName != null ? pyName : field.getSimpleName().toString();
      if (isStatic) {
        return module.stubStatic(owner, stubModule.get(), name);
      }
      return new PyExpr.Attribute(translate(scope, f), name);
    }
    Optional<String> constant = env.library().constant(owner, field.getSimpleName().toString());
    if (constant.isPresent()) {
      env.library().constantHelper(owner, field.getSimpleName().toString())
          .ifPresent(module::helper);
      return new PyExpr.Literal(constant.get());
    }
    if (!Stubs.isTranslated(owner) && isStatic && field.getConstantValue() != null
        && !(field.getConstantValue() instanceof Float || field.getConstantValue() instanceof Double)) {
      // a JDK compile-time constant (Integer.SIZE, Long.BYTES, Character.MAX_RADIX): its value,
      // as javac itself inlines it
      return switch (field.getConstantValue()) {
        case Boolean b -> new PyExpr.Literal(b ? "True" : "False");
        case Character c -> new PyExpr.Literal(Integer.toString(c));
        case String text -> new PyExpr.Literal(Literals.string(text));
        case Object number -> new PyExpr.Literal(number.toString());
      };
    }
    if (!Stubs.isTranslated(owner) && (field.getConstantValue() instanceof Float
        || field.getConstantValue() instanceof Double)) {
      // Float.MAX_VALUE, Float.NaN, Math.PI (double precision): written so the board reads them exactly
      return floats.number(((Number) field.getConstantValue()).doubleValue());
    }
    if (!Stubs.isTranslated(owner)) {
      return unsupported(at, "the field " + owner.getSimpleName() + "." + field.getSimpleName(),
          "jmpy translates fields of @MicroPython classes and stubs only");
    }
    ClassNames names = ClassNames.of(owner);
    String name = names.member(field);
    if (isStatic) {
      if (module.isThisModule(owner)) {
        return new PyExpr.Name(name);
      }
      return new PyExpr.Attribute(module.userModule(names), name);
    }
    if (scope == null) {
      if (!f.instance()) {
        return unsupported(at, "an instance field outside an instance method", "");
      }
      // self.x, or self._outer.x for a field of an enclosing instance
      return new PyExpr.Attribute(module.innerClasses().implicitReceiver(field, f, at), name);
    }
    return new PyExpr.Attribute(translate(scope, f), name);
  }

  /**
   * {@code x instanceof T} → {@code isinstance(x, T)}; with a pattern, {@code x instanceof T t}
   * binds {@code t} as it tests: {@code isinstance((t := x), T)}.
   */
  private PyExpr instanceOf(InstanceOfExpr test, FunctionContext f) {
    TypeMirror tested = env.oracle().testedType(test).orElse(null);
    if (test.getPattern().isPresent() && test.getPattern().get() instanceof RecordPatternExpr r) {
      return new RecordPatterns(env, this).test(r, translate(test.getExpression(), f), f,
          "instanceof");
    }
    PyExpr value = translate(test.getExpression(), f);
    if (test.getPattern().isPresent()) {
      TypePatternExpr pattern = (TypePatternExpr) test.getPattern().get();
      value = new PyExpr.NamedExpr(f.local(pattern.getNameAsString()), value);
    }
    return typeTest(value, tested, test, "instanceof");
  }

  /**
   * {@code isinstance(value, T)}, or for one of your interfaces the class-attribute test of
   * {@link InterfaceTags}; ERROR after reporting a type with no exact Python test.
   */
  PyExpr typeTest(PyExpr value, TypeMirror tested, Node at, String test) {
    TypeElement cls = JavaTypes.classOf(tested);
    if (cls != null && InterfaceTags.isTestable(cls)) {
      return InterfaceTags.test(value, cls);
    }
    if (cls != null && Jdk.isNumericBox(cls)) {
      return boxTest(value, cls);
    }
    PyExpr pythonClass = classTest(tested, at, test);
    if (pythonClass == ERROR) {
      return ERROR;
    }
    return new PyExpr.Call(new PyExpr.Name("isinstance"), List.of(value, pythonClass));
  }

  /**
   * A boxed number's test: {@code Number} is an int or a float that is not a bool
   * ({@code type(v) in (int, float)}); a float is the one floating type the precision option
   * allows (a Double on single precision is rejected where it is declared, JMPY110); Integer,
   * Long, Short and Byte are an int that is not a bool ({@code type(v) is int}), exact because
   * the program lets no other of the four be seen as Object (IntegerBoxTests, JMPY181); a
   * Character is never seen as Object or a type variable (ErasedValues, JMPY180), so its test is
   * {@code isinstance(v, ())}, False, which still evaluates and binds {@code v}.
   */
  private PyExpr boxTest(PyExpr value, TypeElement cls) {
    PyExpr type = new PyExpr.Call(new PyExpr.Name("type"), List.of(value));
    String name = cls.getQualifiedName().toString();
    if (name.equals(Jdk.FLOAT) || name.equals(Jdk.DOUBLE)) {
      return new PyExpr.BinOp(type, "is", new PyExpr.Name("float"));
    }
    if (name.equals(Jdk.NUMBER)) {
      return new PyExpr.BinOp(type, "in", new PyExpr.TupleExpr(
          List.of(new PyExpr.Name("int"), new PyExpr.Name("float"))));
    }
    if (name.equals(Jdk.CHARACTER)) {
      return new PyExpr.Call(new PyExpr.Name("isinstance"),
          List.of(value, new PyExpr.TupleExpr(List.of())));
    }
    return new PyExpr.BinOp(type, "is", new PyExpr.Name("int"));
  }

  /**
   * The Python class that {@code isinstance} tests for a Java type (instanceof, a type pattern in a
   * case label); ERROR after reporting when the type has no exact Python test.
   */
  PyExpr classTest(TypeMirror tested, Node at, String test) {
    TypeElement cls = JavaTypes.classOf(tested);
    if (cls == null) {
      return reject(Message.TYPE_TEST, at, "this " + test, "test for a class");
    } else if (cls.getQualifiedName().contentEquals(Jdk.RUNTIME_EXCEPTION)
        || cls.getQualifiedName().contentEquals(Jdk.ERROR)) {
      // Python has one base (Exception) for checked and unchecked exceptions, and Java's Errors
      // are spread over BaseException and Exception.
      return reject(Message.TYPE_TEST, at, test + " " + cls.getSimpleName(),
          "test for the exception classes you mean (your own, or the JDK ones docs/semantics.md maps)");
    } else if (Stubs.isTranslated(cls)) {
      if (cls.getKind().isInterface()) {
        return reject(Message.TYPE_TEST, at, test + " a functional interface",
            "a lambda implementing it is a plain Python function; test for a class");
      }
      return classReference(cls);
    } else if (Stubs.pyModule(cls).isPresent() && !cls.getKind().isInterface()) {
      // A class of a MicroPython module (asyncio.CancelledError, asyncio.Event): the same test there.
      return module.stubClass(cls, Stubs.pyModule(cls).get());
    } else if (Jdk.isString(tested)) {
      return new PyExpr.Name("str");
    } else if (cls.getQualifiedName().contentEquals(Jdk.BOOLEAN)) {
      return new PyExpr.Name("bool"); // a boxed boolean is Python's bool, and nothing else is
    }
    if (ExceptionRows.pythonClass(cls, module::helper).isPresent()) {
      return ExceptionRows.pythonClass(cls, module::helper).get();
    }
    return reject(Message.TYPE_TEST, at, test + " " + cls.getSimpleName(),
        "test for a @MicroPython class or String");
  }

  /** {@code Color.RED}: a class attribute of the enum's Python class. */
  PyExpr enumConstant(VariableElement constant, Node at) {
    TypeElement owner = (TypeElement) constant.getEnclosingElement();
    if (!Stubs.isTranslated(owner)) {
      return unsupported(at, "the enum constant " + owner.getSimpleName() + "."
          + constant.getSimpleName(), "annotate the enum @MicroPython");
    }
    return new PyExpr.Attribute(classReference(owner), constant.getSimpleName().toString());
  }

  /**
   * {@code this} is {@code self}; {@code Outer.this} is the enclosing instance,
   * {@code self._outer}.
   */
  private PyExpr thisObject(ThisExpr self, FunctionContext f) {
    if (!f.instance()) {
      return unsupported(self, "this outside an instance method", "");
    }
    if (self.getTypeName().isEmpty()) {
      return new PyExpr.Name("self");
    }
    Optional<TypeElement> named = module.innerClasses().thisClass(self);
    if (named.isEmpty()) {
      return reject(Message.UNRESOLVED, self, "this qualified this", "javac did not resolve it");
    }
    return module.innerClasses().enclosingInstance(named.get(), f, self);
  }

  /** The Python class of a translated type, imported from its module if it is another one. */
  PyExpr classReference(TypeElement type) {
    Optional<InnerClasses.Local> local = module.innerClasses().local(type);
    if (local.isPresent()) {
      return new PyExpr.Name(local.get().pythonName());
    }
    ClassNames names = ClassNames.of(type);
    return ClassNames.topLevel(type).equals(ClassNames.topLevel(module.type()))
        ? new PyExpr.Name(names.className())
        : new PyExpr.Attribute(module.userModule(names), names.className());
  }

  /**
   * A reference cast javac cannot prove, to a class of yours or String: {@code _jmpy.cast(v, C)},
   * which raises _jmpy.ClassCastException where Java's cast fails. Other casts are the value
   * itself: generics are erased, interfaces may be lambdas (plain functions), and code that runs
   * while the module is imported may name a class defined further down.
   */
  private PyExpr checkedCast(PyExpr value, TypeMirror source, TypeMirror target) {
    if (env.types().isAssignable(source, target) || source.getKind() != TypeKind.DECLARED
        || target.getKind() != TypeKind.DECLARED || module.isDefinitionTime()) {
      return value;
    }
    TypeElement cls = (TypeElement) ((DeclaredType) target).asElement();
    PyExpr pythonClass;
    if (Jdk.isString(target)) {
      pythonClass = new PyExpr.Name("str");
    } else if (Stubs.isTranslated(cls) && cls.getKind() == javax.lang.model.element.ElementKind.CLASS
        && cls.getNestingKind() != javax.lang.model.element.NestingKind.ANONYMOUS) {
      pythonClass = classReference(cls);
    } else {
      return value;
    }
    return new PyExpr.Call(new PyExpr.Attribute(module.helper(Helper.RUNTIME), "cast"),
        List.of(value, pythonClass));
  }

  private PyExpr cast(CastExpr cast, FunctionContext f) {
    TypeMirror target = requireType(cast);
    TypeMirror source = requireType(cast.getExpression());
    PyExpr value = translate(cast.getExpression(), f);
    if (target == null || source == null) {
      return ERROR;
    }
    if (!target.getKind().isPrimitive()) {
      return checkedCast(value, source, target);
    }
    if (javaTypes.isFloating(source)) {
      Optional<Object> folded = constants().value(cast);
      if (folded.isPresent()) {
        // (float) Math.PI, (int) 2.5: javac's constant, written as the board reads it exactly
        return switch (folded.get()) {
          case Float v -> floats.number(v);
          case Double v -> floats.number(v);
          case Character c -> new PyExpr.Literal(Integer.toString(c));
          default -> new PyExpr.Literal(folded.get().toString());
        };
      }
    }
    if (javaTypes.isChar(source) && javaTypes.isIntegral(target) && rank(target) >= 3) {
      return value; // a char is already its code, an int
    }
    if (javaTypes.isChar(target) && javaTypes.isIntegral(source)) {
      if (value instanceof PyExpr.Literal l && l.source().matches("[0-9]+")
          && Long.parseLong(l.source()) <= 0xFFFF) {
        return value;
      }
      return new PyExpr.BinOp(value, "&", new PyExpr.Literal("0xFFFF")); // (char) keeps 16 bits
    }
    if (javaTypes.isIntegral(target) && javaTypes.isIntegral(source)
        && !javaTypes.isChar(target) && rank(target) >= rank(source)) {
      return value; // widening
    }
    if (javaTypes.isFloating(target) && javaTypes.isFloating(source)) {
      return value;
    }
    if (javaTypes.isFloating(target) && javaTypes.isIntegral(source)) {
      return floats.fromIntegral(value, cast.getExpression(), source, target, f);
    }
    if (javaTypes.isIntegral(target) && javaTypes.isFloating(source)) {
      return floats.toIntegral(value, target); // NaN 0, saturating: int() would raise or grow
    }
    if (javaTypes.isIntegral(target) && javaTypes.isIntegral(source)) {
      TypeKind kind = javaTypes.primitiveKind(target);
      IntRanges.Range range = env.analyses().ranges().range(cast.getExpression(), f);
      IntRanges.Range limit = IntRanges.ofType(target, javaTypes);
      if (range != null && range.within(limit)) {
        return value;
      }
      if (kind == TypeKind.INT) {
        return new PyExpr.Call(module.helper(Helper.WRAP_INT), List.of(value));
      }
      // (short) and (byte) keep the low bits, signed: ((v + half) & mask) - half
      long half = kind == TypeKind.SHORT ? 0x8000 : 0x80;
      return new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.BinOp(value, "+",
          new PyExpr.Literal(Long.toString(half))), "&",
          new PyExpr.Literal(Long.toString(2 * half - 1))), "-", new PyExpr.Literal(Long.toString(half)));
    }
    if (javaTypes.isBoolean(target) && javaTypes.isBoolean(source)) {
      return value;
    }
    return reject(Message.OPERATOR, cast, "the cast (" + cast.getType() + ") from " + source,
        "narrowing and int/float casts come with the language work");
  }

  /** Numeric constant expressions, folded as javac does. */
  dev.jmpy.processor.analysis.Constants constants() {
    return new dev.jmpy.processor.analysis.Constants(e -> env.oracle().element(e)
        .filter(el -> el instanceof VariableElement)
        .map(el -> ((VariableElement) el).getConstantValue()));
  }

  private static int rank(TypeMirror type) {
    return switch (type.getKind()) {
      case BYTE -> 1;
      case SHORT, CHAR -> 2;
      case INT -> 3;
      case LONG -> 4;
      default -> 3; // boxed types unbox to int in the cases jmpy accepts
    };
  }

  PyExpr unsupported(Node node, String what, String instead) {
    env.report(node, Message.UNSUPPORTED_EXPRESSION, what, instead);
    return ERROR;
  }

  /** Reports {@code message} (what, instead) at {@code node}; returns {@link #ERROR}. */
  PyExpr reject(Message message, Node node, String what, String instead) {
    env.report(node, message, what, instead);
    return ERROR;
  }

  /** A short description of a Java construct for messages. */
  static String describe(Node node) {
    String name = node.getClass().getSimpleName().replaceAll("(Expr|Stmt)$", "");
    String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words + " expression";
  }

  List<PyExpr> translateAll(List<? extends Expression> expressions, FunctionContext f) {
    return expressions.stream().map(e -> translate(e, f)).toList();
  }
}
