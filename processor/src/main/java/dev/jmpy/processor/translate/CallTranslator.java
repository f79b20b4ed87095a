package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.library.TypedArrays;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Method calls, constructor calls and coroutine objects. Whom a call binds to comes from javac;
 * what it is in MicroPython comes from the callee's annotations (stubs and translated classes) or
 * from the library rows ({@link dev.jmpy.processor.library.LibraryRegistry}).
 */
final class CallTranslator {
  private final TranslationEnv env;
  private final ModuleContext module;
  private final ExpressionTranslator expressions;
  private final StringConversion strings;

  CallTranslator(TranslationEnv env, ModuleContext module, ExpressionTranslator expressions,
      StringConversion strings) {
    this.env = env;
    this.module = module;
    this.expressions = expressions;
    this.strings = strings;
  }

  ModuleContext module() {
    return module;
  }

  ExpressionTranslator expressions() {
    return expressions;
  }

  StringConversion strings() {
    return strings;
  }

  TranslationEnv env() {
    return env;
  }

  /** A call in an expression or statement: awaited when the callee is a coroutine. */
  PyExpr call(MethodCallExpr call, FunctionContext f) {
    if (call.getScope().isPresent()) {
      TypeMirror scope = expressions.typeOf(call.getScope().get());
      if (scope != null && scope.getKind() == TypeKind.ARRAY) {
        return expressions.arrays().method(call, f);
      }
    }
    Optional<ExecutableElement> method = method(call);
    if (method.isEmpty()) {
      return expressions.reject(Message.UNRESOLVED, call, "the call " + call.getNameAsString() + "(...)",
          "javac did not resolve it");
    }
    ExecutableElement m = method.get();
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    if (Jdk.isJdk(owner)) {
      Optional<PyExpr> library = library(call, m, owner, f);
      if (library.isPresent()) {
        return library.get();
      }
    }
    boolean onSelf = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
    boolean functional = Jdk.isFunctionType(owner)
        && JavaTypes.functionalMethod(owner).map(m::equals).orElse(false);
    if (onSelf && functional && f.instance()) {
      // apply(x) inside a class or interface of yours implementing Function: self.apply(x)
      return new PyExpr.Call(new PyExpr.Attribute(receiver(call, f),
          Names.safe(Names.snake(m.getSimpleName().toString()))), arguments(call.getArguments(), m, f));
    }
    if (!onSelf && functional) {
      // f.apply(x), r.run(), c.compare(a, b): the value is a Python function.
      PyExpr applied = new PyExpr.Call(receiver(call, f), arguments(call.getArguments(), m, f));
      // A coroutine function (ClientHandler): its call is awaited (check/ made sure it can be).
      return Stubs.isCoroutine(m) ? new PyExpr.Await(applied) : applied;
    }
    if (f.async()) {
      Optional<String> instead = Stubs.value(m, Stubs.BLOCKING);
      if (instead.isPresent()) {
        // time.sleep_ms in a coroutine stops every task: the board does nothing meanwhile.
        env.report(call, Message.BLOCKING_IN_COROUTINE,
            owner.getSimpleName() + "." + m.getSimpleName() + "()", instead.get());
        return ExpressionTranslator.ERROR;
      }
    }
    boolean coroutine = Stubs.isCoroutine(m);
    if (ResourceBlocks.isHold(m)) {
      return expressions.reject(Message.LOCK_HOLD, call, "Lock.hold() outside a try-with-resources header",
          "write try (var held = lock.hold()) { ... } (async with lock), or await lock.acquire()");
    }
    PyExpr invoked = invoke(call, m, f);
    PyExpr value = coroutine && !(invoked instanceof PyExpr.Await) ? new PyExpr.Await(invoked) : invoked;
    if (Stubs.pyModule(owner).isPresent() && ArrayExpressions.isByteArray(m.getReturnType())
        && !expressions.arrays().wantsRawBytes(call)) {
      // MicroPython returns bytes; Java's byte[] is an array("b") (signed, writable). Some
      // board functions answer None instead (a UART read with nothing received).
      return Stubs.has(m, Stubs.MAY_RETURN_NONE) ? expressions.arrays().fromBytesOrNone(value, f)
          : expressions.arrays().fromBytes(value);
    }
    if (Stubs.pyModule(owner).isPresent() && TypedArrays.isPrimitiveArray(m.getReturnType())) {
      // MicroPython answers a tuple (rtc.datetime(), time.localtime()): Java may write into it
      return TypedArrays.from(TypedArrays.component(m.getReturnType()), value, module::arrayClass);
    }
    return value;
  }

  /**
   * A JDK call through the library rows: a family's guard may reject it first; empty when no row
   * applies (then it is rejected as unmapped, unless it is a function value's call).
   */
  private Optional<PyExpr> library(MethodCallExpr call, ExecutableElement m, TypeElement owner,
      FunctionContext f) {
    JavaCallSite site = JavaCallSite.of(call, m, f, expressions);
    owner = libraryOwner(call, owner);
    Optional<PyExpr> rejected = env.library().guard(owner, site);
    if (rejected.isPresent()) {
      return rejected;
    }
    return env.library().call(owner, m.getSimpleName().toString())
        .map(row -> row.translate(site));
  }

  /**
   * The class whose rows translate a JDK call: the method's, except on an {@code EnumSet}, whose
   * Set methods javac binds to the abstract collection classes (EnumSet declares none), while
   * its Python value is a {@code _TreeSet}: the EnumSet rows then answer for them.
   */
  private TypeElement libraryOwner(MethodCallExpr call, TypeElement owner) {
    if (call.getScope().isEmpty() || !Jdk.isJdk(owner)) {
      return owner;
    }
    TypeElement receiver = JavaTypes.classOf(expressions.typeOf(call.getScope().get()));
    return receiver != null && receiver.getQualifiedName().contentEquals(Jdk.ENUM_SET)
        ? receiver : owner;
  }

  /**
   * A call that is a statement of its own, when a library row writes it as Python statements
   * ({@code map.put(k, v)} → {@code map[k] = v}); empty otherwise.
   */
  Optional<List<PyStmt>> statement(MethodCallExpr call, FunctionContext f) {
    Optional<ExecutableElement> method = method(call);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    TypeElement owner = libraryOwner(call, (TypeElement) method.get().getEnclosingElement());
    return env.library().statement(owner, method.get().getSimpleName().toString())
        .map(row -> row.translate(JavaCallSite.of(call, method.get(), f, expressions)));
  }

  /**
   * Whether a library row writes {@code call} only as statements ({@code list.set(i, x)},
   * {@code Collections.swap}): a lambda whose body it is becomes a def.
   */
  boolean isStatementOnly(MethodCallExpr call) {
    Optional<ExecutableElement> method = method(call);
    if (method.isEmpty()) {
      return false;
    }
    TypeElement owner = libraryOwner(call, (TypeElement) method.get().getEnclosingElement());
    String name = method.get().getSimpleName().toString();
    return Jdk.isJdk(owner) && env.library().statement(owner, name).isPresent()
        && env.library().call(owner, name).isEmpty();
  }

  /** The call without its await: the target with its arguments, or {@code await t} for a Task. */
  private PyExpr invoke(MethodCallExpr call, ExecutableElement m, FunctionContext f) {
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    Optional<String> stubModule = Stubs.pyModule(owner);
    PyExpr target;
    if (stubModule.isPresent()) {
      String name = Stubs.value(m, Stubs.PY_NAME).orElse(Names.snake(m.getSimpleName().toString()));
      if (isStatic) {
        target = module.stubStatic(owner, stubModule.get(), name);
      } else {
        PyExpr receiver = receiver(call, f);
        if (Stubs.has(m, Stubs.AWAITS_RECEIVER)) {
          return new PyExpr.Await(receiver);
        }
        Optional<String> attribute = Stubs.value(m, Stubs.PY_ATTRIBUTE);
        if (attribute.isPresent()) {
          // OSError's errno: an attribute, read without a call.
          return new PyExpr.Attribute(receiver, attribute.get());
        }
        Optional<String> item = Stubs.value(m, Stubs.PY_ITEM);
        if (item.isPresent()) {
          // A tuple in MicroPython: open_connection's (reader, writer).
          return new PyExpr.Subscript(receiver, new PyExpr.Literal(item.get()));
        }
        target = new PyExpr.Attribute(receiver, name);
      }
      return stubCall(target, call.getArguments(), m, f);
    } else if (Stubs.isTranslated(owner)) {
      if (isImplicitEnumMethod(owner, m)) {
        return enumStatic(call, m, owner, f);
      }
      if (!isStatic && owner.getKind().isInterface() && f.instance()
          && call.getScope().orElse(null) instanceof SuperExpr sup && sup.getTypeName().isPresent()) {
        // Greeter.super.hi(): the default method as the interface's class defines it, on self
        // (the implementing class has its own copy, or its override, under the same name).
        List<PyExpr> args = new java.util.ArrayList<>();
        args.add(new PyExpr.Name("self"));
        args.addAll(arguments(call.getArguments(), m, f));
        return new PyExpr.Call(new PyExpr.Attribute(expressions.classReference(owner),
            ClassNames.of(owner).member(m)), args);
      }
      boolean onSuper = call.getScope().isPresent() && call.getScope().get() instanceof SuperExpr;
      if (!isStatic && onSuper && ClassNames.of(owner).member(m).startsWith("__")) {
        // super.toString() must run the base's method, not str(), which would dispatch back here.
        return new PyExpr.Call(new PyExpr.Attribute(receiver(call, f), ClassNames.of(owner).member(m)),
            arguments(call.getArguments(), m, f));
      }
      if (!isStatic && m.getSimpleName().contentEquals("toString") && m.getParameters().isEmpty()) {
        return new PyExpr.Call(new PyExpr.Name("str"), List.of(receiver(call, f)));
      }
      if (!isStatic && m.getSimpleName().contentEquals("equals") && m.getParameters().size() == 1
          && m.getParameters().get(0).asType().toString().equals(Jdk.OBJECT)) {
        return new PyExpr.BinOp(receiver(call, f), "==",
            expressions.translate(call.getArgument(0), f));
      }
      if (!isStatic && m.getSimpleName().contentEquals("hashCode") && m.getParameters().isEmpty()) {
        if (owner.getKind() == ElementKind.RECORD && !declaresHashCode(owner)) {
          return expressions.reject(Message.RECORD_HASH, call, "a record's hashCode()",
              "Java's record hash values are not reproduced; records work as HashMap keys");
        }
        return new PyExpr.Call(new PyExpr.Name("hash"), List.of(receiver(call, f)));
      }
      ClassNames names = ClassNames.of(owner);
      String name = names.member(m);
      if (isStatic) {
        target = module.isThisModule(owner)
            ? new PyExpr.Name(name)
            : new PyExpr.Attribute(module.userModule(names), name);
      } else {
        target = new PyExpr.Attribute(receiver(call, f), name);
      }
    } else if (!Jdk.isJdk(owner)) {
      env.report(call, Message.UNTRANSLATED_CLASS, owner.getQualifiedName());
      return ExpressionTranslator.ERROR;
    } else {
      env.report(call, Message.UNMAPPED_LIBRARY_CALL,
          owner.getSimpleName() + "." + m.getSimpleName() + "()",
          env.library().instead(owner, m.getSimpleName().toString()));
      return ExpressionTranslator.ERROR;
    }
    return new PyExpr.Call(target, arguments(call.getArguments(), m, f));
  }

  /**
   * {@code target(args)} for a stub method: its {@code @PyKeyword} parameters go by keyword after
   * the positional ones, as MicroPython declares them ({@code gather(*aws, return_exceptions=False)}).
   */
  private PyExpr stubCall(PyExpr target, List<Expression> args, ExecutableElement m,
      FunctionContext f) {
    List<PyExpr> translated = arguments(args, m, f);
    List<PyExpr> positional = new java.util.ArrayList<>();
    List<PyExpr.Keyword> keywords = new java.util.ArrayList<>();
    int fixed = m.isVarArgs() ? m.getParameters().size() - 1 : m.getParameters().size();
    // Python evaluates positional arguments before keywords: a keyword argument that comes
    // before a positional one in the Java call moves, so it must not be able to affect the others.
    int lastPositional = -1;
    for (int i = 0; i < translated.size(); i++) {
      if (i >= fixed || Stubs.value(m.getParameters().get(i), Stubs.PY_KEYWORD).isEmpty()) {
        lastPositional = i;
      }
    }
    for (int i = 0; i < translated.size(); i++) {
      Optional<String> keyword = i < fixed
          ? Stubs.value(m.getParameters().get(i), Stubs.PY_KEYWORD) : Optional.empty();
      if (keyword.isPresent() && i < lastPositional && !isPlainValue(args.get(i))) {
        return expressions.reject(Message.COMPUTED_ARGUMENT, args.get(i), "a computed "
            + keyword.get() + " argument before a positional one",
            "store it in a local variable first, then pass the variable");
      }
      // a byte[] is an array("b"), a buffer the board reads or fills in place (@PyFills)
      if (keyword.isPresent()) {
        keywords.add(new PyExpr.Keyword(keyword.get(), translated.get(i)));
      } else {
        positional.add(translated.get(i));
      }
    }
    return new PyExpr.Call(target, positional, keywords);
  }

  /**
   * An {@code int[]} passed to a MicroPython function takes a tuple there
   * ({@code rtc.datetime((2024, 2, 29, 3, 23, 59, 58, 0))}; an {@code array} is a TypeError on
   * the board): the elements of an array written in place, else {@code tuple(a)}.
   */
  private static PyExpr tuple(Expression java, PyExpr array) {
    boolean written = java instanceof ArrayInitializerExpr
        || (java instanceof ArrayCreationExpr creation && creation.getInitializer().isPresent());
    if (written && array instanceof PyExpr.Call call && call.args().size() == 2
        && call.args().get(1) instanceof PyExpr.ListExpr elements) {
      return new PyExpr.TupleExpr(elements.elements());
    }
    return new PyExpr.Call(new PyExpr.Name("tuple"), List.of(array));
  }

  /** A literal, a variable or a field: reading it has no effect another argument could see. */
  private static boolean isPlainValue(Expression e) {
    return e.isLiteralExpr() || e.isNameExpr() || e.isFieldAccessExpr();
  }

  /** Whether the record's source declares hashCode itself (the implicit one has JDK values). */
  private boolean declaresHashCode(TypeElement record) {
    return record.getEnclosedElements().stream().anyMatch(e ->
        e.getSimpleName().contentEquals("hashCode") && env.oracle().hasSource(e));
  }

  /** values() and valueOf(String), which every enum has and none may declare. */
  private static boolean isImplicitEnumMethod(TypeElement owner, ExecutableElement m) {
    if (owner.getKind() != ElementKind.ENUM || !m.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    String name = m.getSimpleName().toString();
    return (name.equals("values") && m.getParameters().isEmpty())
        || (name.equals("valueOf") && m.getParameters().size() == 1
            && m.getParameters().get(0).asType().toString().equals(Jdk.STRING));
  }

  /**
   * {@code Color.values()} → {@code list(Color._values)} (a new list each call, as Java's new
   * array); {@code valueOf(s)} → {@code _jvalueof(Color, s, "pkg.Color")}, which raises Java's
   * exceptions for an unknown or null name.
   */
  private PyExpr enumStatic(MethodCallExpr call, ExecutableElement m, TypeElement owner,
      FunctionContext f) {
    PyExpr cls = expressions.classReference(owner);
    if (m.getSimpleName().contentEquals("values")) {
      return new PyExpr.Call(new PyExpr.Name("list"),
          List.of(new PyExpr.Attribute(cls, EnumTranslation.VALUES)));
    }
    return new PyExpr.Call(module.helper(dev.jmpy.processor.runtime.Helper.ENUM_VALUE_OF),
        List.of(cls, expressions.translate(call.getArgument(0), f),
            new PyExpr.Literal(Literals.string(owner.getQualifiedName().toString()))));
  }

  /** The object a call is made on: the scope, or {@code self} for an unqualified call. */
  PyExpr receiver(MethodCallExpr call, FunctionContext f) {
    if (call.getScope().isPresent() && call.getScope().get() instanceof SuperExpr sup) {
      if (sup.getTypeName().isPresent()) {
        return expressions.unsupported(sup, "a qualified super (" + sup + "." + call.getName()
            + "(...))", "call the method on an object, or move the call into a method of "
            + sup.getTypeName().get());
      }
      return new PyExpr.Call(new PyExpr.Name("super"), List.of());
    }
    if (call.getScope().isPresent()) {
      return expressions.translate(call.getScope().get(), f);
    }
    if (!f.instance()) {
      return expressions.unsupported(call, "an instance call outside an instance method", "");
    }
    Optional<ExecutableElement> m = method(call);
    // self.m(), or self._outer.m() for a method of an enclosing instance
    return m.isPresent() ? module.innerClasses().implicitReceiver(m.get(), f, call)
        : new PyExpr.Name("self");
  }

  /**
   * Arguments in order; Java's varargs are Python's positional arguments. A {@code byte[]} passed
   * to a MicroPython function is a buffer: bytes a stub returned or {@code s.getBytes()} pass as
   * Python bytes, without the copy into an {@code array("b")}.
   */
  List<PyExpr> arguments(List<Expression> args, ExecutableElement m, FunctionContext f) {
    boolean stub = Stubs.pyModule((TypeElement) m.getEnclosingElement()).isPresent();
    List<PyExpr> translated = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      TypeMirror parameter = i < m.getParameters().size() ? m.getParameters().get(i).asType() : null;
      if (stub && parameter != null && ArrayExpressions.isByteArray(parameter)) {
        translated.add(expressions.arrays().buffer(args.get(i), f));
      } else if (stub && parameter != null && TypedArrays.isPrimitiveArray(parameter)
          && !(m.isVarArgs() && i == m.getParameters().size() - 1)) {
        translated.add(tuple(args.get(i), expressions.translate(args.get(i), f)));
      } else {
        translated.add(expressions.translate(args.get(i), f));
      }
    }
    if (m.isVarArgs() && args.size() == m.getParameters().size()) {
      TypeMirror last = expressions.typeOf(args.get(args.size() - 1));
      if (last != null && last.getKind() == TypeKind.ARRAY) {
        // An array passed to varargs spreads into the parameters, as Java passes it whole.
        translated.set(translated.size() - 1, new PyExpr.Starred(translated.get(translated.size() - 1)));
      }
    }
    return translated;
  }

  /** {@code new T(args)}. */
  PyExpr construct(ObjectCreationExpr creation, FunctionContext f) {
    if (creation.getAnonymousClassBody().isPresent()) {
      return anonymous(creation, f);
    }
    Optional<Element> element = env.oracle().element(creation);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement constructor)) {
      return expressions.reject(Message.UNRESOLVED, creation, "new " + creation.getType(), "javac did not resolve it");
    }
    TypeElement owner = (TypeElement) constructor.getEnclosingElement();
    Optional<String> stubModule = Stubs.pyModule(owner);
    PyExpr target;
    if (stubModule.isPresent()) {
      // @PyKeyword parameters of a stub's constructor go by keyword, as its methods' do:
      // machine.I2C(0, scl=scl, sda=sda, freq=400000).
      return stubCall(module.stubClass(owner, stubModule.get()), creation.getArguments(),
          constructor, f);
    } else if (Stubs.isTranslated(owner)) {
      if (!ClassTranslation.hasPythonClass(owner, env.elements())) {
        return expressions.reject(Message.STATIC_ONLY_CLASS, creation, "new " + owner.getSimpleName() + "() of a class "
            + "with only static members", "call its static methods directly; they are module-level "
            + "functions in MicroPython");
      }
      target = expressions.classReference(owner);
      if (InnerClasses.isTranslatedInner(owner)) {
        // the enclosing instance and captured values come first, as javac passes them
        List<PyExpr> args = new java.util.ArrayList<>(module.innerClasses().creationPrefix(owner,
            creation.getScope(), f, creation, expressions));
        args.addAll(arguments(creation.getArguments(), constructor, f));
        return new PyExpr.Call(target, args);
      }
    } else {
      Optional<PyExpr> library = env.library().creation(owner).map(row ->
          row.translate(JavaCallSite.of(creation, constructor, f, expressions)));
      if (library.isPresent()) {
        return library.get();
      }
      env.report(creation, Message.UNMAPPED_LIBRARY_CALL, "new " + owner.getSimpleName() + "()",
          "docs/semantics.md lists the library classes jmpy translates");
      return ExpressionTranslator.ERROR;
    }
    // Temp(20, _k=1) when another constructor of Temp takes one argument too (ConstructorKeys)
    return new PyExpr.Call(target, arguments(creation.getArguments(), constructor, f),
        ConstructorKeys.keywords(constructor));
  }

  /**
   * {@code new Base(args) { body }}: the body becomes a module-level class (translated once),
   * created with the enclosing instance and captured values it needs, then what the base class's
   * constructor takes.
   */
  private PyExpr anonymous(ObjectCreationExpr creation, FunctionContext f) {
    Optional<TypeElement> anonymous = env.oracle().anonymousClass(creation);
    Optional<Element> constructor = env.oracle().element(creation);
    if (anonymous.isEmpty() || constructor.isEmpty()
        || !(constructor.get() instanceof ExecutableElement c)) {
      return expressions.reject(Message.UNRESOLVED, creation, "this anonymous class", "javac did not resolve it");
    }
    TypeElement type = anonymous.get();
    TypeElement base = ClassNames.translatedSuperclass(type);
    if (base != null && ConstructorKeys.resolve(base, creation.getArguments(), expressions,
        env.types()).map(ConstructorKeys::keywords).map(k -> !k.isEmpty()).orElse(false)) {
      return expressions.reject(Message.CONSTRUCTOR_KEY, creation, "an anonymous subclass of "
          + base.getSimpleName() + " calling a constructor that shares its number of parameters "
          + "with another", "declare a named subclass (its super(...) names the constructor)");
    }
    if (creation.getScope().isPresent() && (base == null || !ClassNames.isInnerMember(base))) {
      return expressions.reject(Message.UNRESOLVED, creation, "this qualified anonymous class creation",
          "javac did not resolve it");
    }
    InnerClasses inner = module.innerClasses();
    if (inner.local(type).isEmpty()) {
      InnerClasses.Local local = inner.register(type, module);
      new ClassTranslation(env, module.local(type, local.pythonName())).runAnonymous(creation);
    }
    List<PyExpr> args = new java.util.ArrayList<>(inner.creationPrefix(type, Optional.empty(), f,
        creation, expressions));
    if (base != null) {
      args.addAll(inner.creationPrefix(base, creation.getScope(), f, creation, expressions));
    }
    args.addAll(arguments(creation.getArguments(), c, f));
    return new PyExpr.Call(new PyExpr.Name(inner.local(type).get().pythonName()), args);
  }

  /**
   * A lambda whose type is a {@code @Coroutine} interface: the coroutine object its one call
   * creates, {@code () -> count("A", 3)} → {@code count("A", 3)}.
   */
  PyExpr coroutineObject(LambdaExpr lambda, FunctionContext f) {
    if (!isCoroutineInterface(expressions.typeOf(lambda))) {
      return expressions.reject(Message.LAMBDA_TARGET, lambda, "a lambda that is not a coroutine object",
          "lambdas and java.util.function come with the language work");
    }
    if (!lambda.getParameters().isEmpty()) {
      return shape(lambda, "this one takes parameters");
    }
    Optional<Expression> body = singleExpression(lambda.getBody());
    if (body.isEmpty() || !(body.get() instanceof MethodCallExpr call)) {
      return shape(lambda, "this body is not a single call");
    }
    Optional<ExecutableElement> method = method(call);
    if (method.isEmpty() || !(isUserCoroutine(method.get()) || isStubCoroutine(method.get()))) {
      return shape(call, "'" + call.getNameAsString() + "' is not a @Coroutine method of a "
          + "translated class or of asyncio's classes (asyncio's sleep and sleep_ms are not "
          + "coroutines on MicroPython: create_task(sleep(1)) fails there)");
    }
    for (Expression arg : call.getArguments()) {
      if (!evaluatedAlike(arg)) {
        return shape(arg, "its arguments must be literals or local variables, which Java "
            + "(when the task starts) and Python (when the coroutine object is made) read alike; "
            + "copy '" + arg + "' into a local variable first");
      }
    }
    return invoke(call, method.get(), f);
  }

  /**
   * A stub's {@code @Coroutine} that is a generator function on MicroPython, so calling it makes a
   * coroutine object create_task and wait_for accept: {@code event.await()} ({@code e.wait()}),
   * {@code lock.acquire()}, {@code flag.await()}, the streams' and server's methods, wait_for,
   * gather, open_connection. Not sleep and sleep_ms (MicroPython returns a singleton that is not
   * a coroutine), nor {@code lock.hold()} (only a try-with-resources header).
   */
  private static boolean isStubCoroutine(ExecutableElement m) {
    if (!Stubs.has(m, Stubs.COROUTINE) || Stubs.pyModule((TypeElement) m.getEnclosingElement())
        .isEmpty()) {
      return false;
    }
    String name = Stubs.value(m, Stubs.PY_NAME).orElse(m.getSimpleName().toString());
    return !name.equals("sleep") && !name.equals("sleep_ms") && !name.equals("hold");
  }

  /** {@code App::mainTask} → {@code main_task()}; {@code this::step} → {@code self.step()}. */
  PyExpr coroutineObject(MethodReferenceExpr reference, FunctionContext f) {
    if (!isCoroutineInterface(expressions.typeOf(reference))) {
      return expressions.reject(Message.LAMBDA_TARGET, reference, "a method reference that is not a coroutine object",
          "method references come with the language work");
    }
    Optional<Element> element = env.oracle().element(reference);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)
        || !isUserCoroutine(m)) {
      return shape(reference, "'" + reference.getIdentifier()
          + "' is not a @Coroutine method of a translated class");
    }
    if (!m.getParameters().isEmpty()) {
      return shape(reference, "the coroutine object must take no arguments");
    }
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    ClassNames names = ClassNames.of(owner);
    PyExpr target;
    if (m.getModifiers().contains(Modifier.STATIC)) {
      target = module.isThisModule(owner)
          ? new PyExpr.Name(names.member(m))
          : new PyExpr.Attribute(module.userModule(names), names.member(m));
    } else if (reference.getScope() instanceof ThisExpr self && f.instance()) {
      target = new PyExpr.Attribute(expressions.translate(self, f), names.member(m));
    } else if (reference.getScope() instanceof NameExpr) {
      target = new PyExpr.Attribute(expressions.translate(reference.getScope(), f), names.member(m));
    } else {
      return shape(reference, "use Type::method for a static method or this::method");
    }
    return new PyExpr.Call(target, List.of());
  }

  private PyExpr shape(com.github.javaparser.ast.Node at, String detail) {
    env.report(at, Message.COROUTINE_OBJECT_SHAPE, detail);
    return ExpressionTranslator.ERROR;
  }

  private static Optional<Expression> singleExpression(Statement body) {
    if (body instanceof ExpressionStmt stmt) {
      return Optional.of(stmt.getExpression());
    }
    if (body instanceof BlockStmt block && block.getStatements().size() == 1) {
      Statement only = block.getStatement(0);
      if (only instanceof ExpressionStmt stmt) {
        return Optional.of(stmt.getExpression());
      }
      if (only instanceof ReturnStmt ret) {
        return ret.getExpression();
      }
    }
    return Optional.empty();
  }

  /** Whether Java and Python read {@code e} alike whenever it is evaluated. */
  private boolean evaluatedAlike(Expression e) {
    return switch (e) {
      case LiteralExpr lit -> true;
      case NameExpr name -> env.oracle().element(name)
          .map(el -> el.getKind() == ElementKind.LOCAL_VARIABLE || el.getKind() == ElementKind.PARAMETER
              || (el.getKind() == ElementKind.FIELD && el.getModifiers().contains(Modifier.FINAL)))
          .orElse(false);
      case EnclosedExpr enclosed -> evaluatedAlike(enclosed.getInner());
      case BinaryExpr binary -> evaluatedAlike(binary.getLeft()) && evaluatedAlike(binary.getRight());
      case UnaryExpr unary -> switch (unary.getOperator()) {
        case MINUS, PLUS, LOGICAL_COMPLEMENT, BITWISE_COMPLEMENT -> evaluatedAlike(unary.getExpression());
        default -> false;
      };
      default -> false;
    };
  }

  /** Whether a lambda or method reference is a coroutine object ({@code Coro}, {@code VoidCoro}). */
  boolean isCoroutineObject(Expression e) {
    return isCoroutineInterface(expressions.typeOf(e));
  }

  private static boolean isCoroutineInterface(TypeMirror type) {
    TypeElement cls = JavaTypes.classOf(type);
    return cls != null && Stubs.has(cls, Stubs.COROUTINE);
  }

  private static boolean isUserCoroutine(ExecutableElement m) {
    return Stubs.has(m, Stubs.COROUTINE)
        && Stubs.pyModule((TypeElement) m.getEnclosingElement()).isEmpty();
  }

  private Optional<ExecutableElement> method(MethodCallExpr call) {
    return env.oracle().element(call)
        .filter(e -> e instanceof ExecutableElement)
        .map(e -> (ExecutableElement) e);
  }
}
