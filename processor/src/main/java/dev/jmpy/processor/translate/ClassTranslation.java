package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.*;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.type.TypeMirror;

/** The translation of one class's members into the parts of its module. */
final class ClassTranslation {
  private final TranslationEnv env;
  private final ModuleContext module;
  private final ExpressionTranslator expressions;
  private final StatementTranslator statements;

  private final List<PyStmt> earlyVariables = new ArrayList<>();
  private final List<PyStmt> lateVariables = new ArrayList<>();
  private final List<PyStmt> functions = new ArrayList<>();
  private final List<PyStmt> instanceFieldInits = new ArrayList<>();
  /** self.f = default for every instance field: Java's state before any constructor code. */
  private final List<PyStmt> fieldDefaults = new ArrayList<>();
  /** The entries of instanceFieldInits that only assign a default (dropped after fieldDefaults). */
  private final java.util.Set<PyStmt> defaultOnly = java.util.Collections.newSetFromMap(
      new java.util.IdentityHashMap<>());
  /** The field each entry of defaultOnly sets. */
  private final Map<PyStmt, Element> defaultOnlyField = new java.util.IdentityHashMap<>();
  /** Whether code may read a field before its initializer ran (a call, `this`, a base class). */
  private boolean fieldsReadEarly;
  private final List<PyStmt> methods = new ArrayList<>();
  private final Set<String> moduleVariables = new LinkedHashSet<>();
  private ConstructorDeclaration constructor;
  private final List<ConstructorDeclaration> constructors = new ArrayList<>();
  private EnumDeclaration enumeration;
  /** Whether this is a nested type, whose statements go into its outer class's module. */
  private boolean nested;
  private final List<PyStmt> nestedClasses = new ArrayList<>();
  /**
   * The constants of nested enums whose constants have bodies (classes of their own, defined
   * among the module's classes): created after all of them.
   */
  private final List<PyStmt> nestedConstants = new ArrayList<>();
  /** Whether this is the body of an enum constant ({@code PLUS { ... }}), a subclass of the enum. */
  private boolean enumConstantBody;
  /** Each nested class's statics that run after the module's classes are defined. */
  private final List<List<PyStmt>> nestedLate = new ArrayList<>();
  private int staticInitializers;
  /** After a static block, static fields keep their textual order with it. */
  private boolean staticOrderFixed;
  private RecordDeclaration record;
  private CompactConstructorDeclaration compactConstructor;
  private boolean isInterface;
  private List<PyExpr> bases = List.of();
  private TranslatedModule.MainFunction main;
  /** The {@code new Base() { ... }} whose body this class is, for an anonymous class. */
  private com.github.javaparser.ast.expr.ObjectCreationExpr anonymous;

  ClassTranslation(TranslationEnv env, ModuleContext module) {
    this.env = env;
    this.module = module;
    this.expressions = new ExpressionTranslator(env, module);
    this.statements = expressions.statements();
  }

  /** The names of the module-level variables (static fields), for the {@code global} pass. */
  Set<String> moduleVariables() {
    return moduleVariables;
  }

  /** The module's main function, if the class has a Java main method. */
  Optional<TranslatedModule.MainFunction> main() {
    return Optional.ofNullable(main);
  }

  /** The statements of a nested type: its class (and an enum's constants), for the outer module. */
  List<PyStmt> runNested() {
    nested = true;
    PyModuleFile file = run();
    return file.body();
  }

  /**
   * A local class (declared in a method body): a module-level class, placed before the classes
   * its body declares (which may extend it). Its name and hidden attributes are registered.
   */
  void runLocal() {
    InnerClasses inner = module.innerClasses();
    int place = inner.reserveDefinition();
    nested = true;
    inner.define(place, run().body());
  }

  /** The body of {@code new Base(args) { ... }}: a module-level class like a local one. */
  void runAnonymous(com.github.javaparser.ast.expr.ObjectCreationExpr creation) {
    InnerClasses inner = module.innerClasses();
    int place = inner.reserveDefinition();
    nested = true;
    anonymous = creation;
    TypeElement type = module.type();
    bases = module.atDefinitionTime(() -> new Inheritance(env, expressions).bases(type, creation));
    checkInterfaces(creation);
    for (BodyDeclaration<?> member : creation.getAnonymousClassBody().orElseThrow()) {
      member(member);
    }
    inner.define(place, assemble().body());
  }

  /**
   * The body of an enum constant ({@code PLUS { int apply(...) { ... } }}): a module-level
   * subclass of the enum, like an anonymous class, whose {@code __init__} (if it needs one) passes
   * the constant's name, ordinal and arguments on to the enum's.
   */
  void runEnumConstantBody(EnumConstantDeclaration constant) {
    InnerClasses inner = module.innerClasses();
    int place = inner.reserveDefinition();
    nested = true;
    enumConstantBody = true;
    TypeElement enumType = ClassNames.translatedSuperclass(module.type());
    bases = List.of(expressions.classReference(enumType));
    for (BodyDeclaration<?> member : constant.getClassBody()) {
      member(member);
    }
    inner.define(place, assemble().body());
  }

  /**
   * A local or anonymous class may implement translated interfaces and functional interfaces
   * (whose values are called as functions: the class gets {@code __call__}); other JDK
   * interfaces (Iterable, Comparable, ...) have no Python protocol jmpy maps.
   */
  private void checkInterfaces(Node at) {
    for (TypeMirror implemented : module.type().getInterfaces()) {
      TypeElement iface = (TypeElement) ((javax.lang.model.type.DeclaredType) implemented).asElement();
      // Iterator is its has_next()/next() methods and Iterable gets __iter__, as for a named class
      if (!Stubs.isTranslated(iface) && !dev.jmpy.processor.library.Jdk.isFunctionType(iface)
          && !iface.getQualifiedName().contentEquals(dev.jmpy.processor.library.Jdk.ITERATOR)
          && !iface.getQualifiedName().contentEquals(dev.jmpy.processor.library.Jdk.ITERABLE)) {
        env.report(at, Message.UNSUPPORTED_DECLARATION, "a local or anonymous class implementing "
            + iface.getQualifiedName(), "implement a @MicroPython interface or a functional "
            + "interface (Runnable, Comparator, java.util.function, @FunctionalInterface)");
      }
    }
  }

  private void nestedType(TypeDeclaration<?> declaration) {
    Optional<Element> element = env.oracle().element(declaration);
    if (element.isEmpty()) {
      env.report(declaration, Message.UNRESOLVED, "this nested type",
          "javac did not resolve it");
      return;
    }
    TypeElement type = (TypeElement) element.get();
    if (ClassNames.isLocalOrAnonymous(module.type())) {
      env.report(declaration, Message.NESTED_STATIC,
          "a type declared inside a local or anonymous class",
          "declare it in the top-level class, or as a local class of the method");
      return;
    }
    ClassTranslation child = new ClassTranslation(env.forNested(type, declaration),
        module.nested(type));
    nestedClasses.addAll(child.runNested());
    if (child.hasStatics() || child.enumeration != null) {
      new NestedStaticInit(env, type).firstEffect(declaration).ifPresent(effect -> env.report(
          effect.at(), Message.NESTED_STATIC_EFFECT, type.getSimpleName(), effect.what(),
          type.getSimpleName()));
    }
    // Its statics are module-level names of this module (ClassNames prefixes them); their
    // initialisation has no effect Java would run later, so it runs while the module is imported.
    functions.addAll(child.functions);
    nestedConstants.addAll(child.nestedConstants);
    moduleVariables.addAll(child.moduleVariables);
    earlyVariables.addAll(child.earlyVariables);
    if (!child.lateVariables.isEmpty()) {
      nestedLate.add(child.lateVariables);
    }
  }

  /** The Python class of an enum constant with a body, translated on first use. */
  private PyExpr constantClass(EnumConstantDeclaration constant) {
    Optional<TypeElement> type = env.oracle().enumConstantClass(constant);
    if (type.isEmpty()) {
      env.report(constant, Message.UNRESOLVED, "the body of " + constant.getName(),
          "javac did not resolve it");
      return ExpressionTranslator.ERROR;
    }
    InnerClasses inner = module.innerClasses();
    if (inner.local(type.get()).isEmpty()) {
      InnerClasses.Local local = inner.register(type.get(), module);
      new ClassTranslation(env, module.local(type.get(), local.pythonName()))
          .runEnumConstantBody(constant);
    }
    return new PyExpr.Name(inner.local(type.get()).get().pythonName());
  }

  /** Whether this class has static fields or blocks, or static methods. */
  private boolean hasStatics() {
    return !earlyVariables.isEmpty() || !functions.isEmpty() || !lateVariables.isEmpty();
  }

  /**
   * The nested classes' statics that need this module's names, placed with this class's own late
   * statics: before them (Java initialises a nested class when this class's initialisers first
   * use it), after them where they read what this class's late statics assign.
   */
  private List<PyStmt> withNestedLate(List<PyStmt> own) {
    Set<String> assigned = new java.util.HashSet<>();
    for (PyStmt s : own) {
      if (s instanceof PyStmt.Assign a && a.target() instanceof PyExpr.Name n) {
        assigned.add(n.id());
      }
    }
    List<PyStmt> before = new ArrayList<>();
    List<PyStmt> after = new ArrayList<>();
    for (List<PyStmt> unit : nestedLate) {
      boolean readsOwn = unit.stream().anyMatch(s -> s instanceof PyStmt.Assign a
          && uses(a.value(), assigned::contains));
      (readsOwn ? after : before).addAll(unit);
    }
    List<PyStmt> all = new ArrayList<>(before);
    all.addAll(own);
    all.addAll(after);
    return all;
  }

  PyModuleFile run() {
    TypeDeclaration<?> declaration = env.unit().declaration();
    if (declaration instanceof EnumDeclaration e) {
      enumeration = e;
    } else if (declaration instanceof RecordDeclaration r) {
      record = r;
      bases = module.atDefinitionTime(() -> new Inheritance(env, expressions).bases(r, module.type()));
    } else if (!(declaration instanceof ClassOrInterfaceDeclaration cls)) {
      env.report(declaration, Message.UNSUPPORTED_DECLARATION, "translating this kind of type",
          "translate a class, an enum, an interface or a record");
      return new PyModuleFile(module.names().path(), List.of());
    } else {
      isInterface = cls.isInterface();
      bases = module.atDefinitionTime(() -> new Inheritance(env, expressions).bases(cls, module.type()));
      if (ClassNames.isLocalOrAnonymous(module.type())) {
        checkInterfaces(cls);
      }
    }
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      member(member);
    }
    if (!nested) {
      checkStaticNameClashes(module.type(), new HashMap<>());
    }
    return assemble();
  }

  /**
   * The statics of nested classes are prefixed with their class's path, so they rarely meet; where
   * two would still be one module-level name ({@code Inner.a_b} and {@code InnerA.b}), the
   * second is rejected rather than silently sharing the first's variable.
   */
  private void checkStaticNameClashes(TypeElement type, Map<String, Element> seen) {
    ClassNames names = ClassNames.of(type);
    seen.putIfAbsent(names.className(), type);
    for (Map.Entry<String, Element> e : new java.util.TreeMap<>(names.staticNames()).entrySet()) {
      Element other = seen.putIfAbsent(e.getKey(), e.getValue());
      if (other != null && !other.equals(e.getValue())) {
        Node at = env.unit().parsed().findFirst(Node.class, n -> (n instanceof VariableDeclarator
                || n instanceof MethodDeclaration)
            && env.oracle().element(n).map(e.getValue()::equals).orElse(false))
            .orElse(declarationNode());
        env.report(at, Message.NESTED_STATIC_CLASH, describe(e.getValue()), e.getKey(),
            describe(other));
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement t
          && t.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER) {
        checkStaticNameClashes(t, seen);
      }
    }
  }

  private static String describe(Element e) {
    return e instanceof TypeElement t ? "the class " + t.getSimpleName()
        : e.getEnclosingElement().getSimpleName() + "." + e.getSimpleName();
  }

  private void member(BodyDeclaration<?> member) {
    switch (member) {
      case FieldDeclaration field -> field(field);
      case MethodDeclaration method -> method(method);
      case ConstructorDeclaration ctor -> {
        if (constructor == null) {
          constructor = ctor;
        }
        constructors.add(ctor);
      }
      case CompactConstructorDeclaration ctor -> compactConstructor = ctor;
      case InitializerDeclaration init -> initializer(init);
      case TypeDeclaration<?> nested -> nestedType(nested);
      default -> env.report(member, Message.UNSUPPORTED_DECLARATION, "this member", "remove it");
    }
  }

  /**
   * A static block runs, in textual order with the static fields, as a module-level function
   * called once ({@code _static_init()}); an instance block joins the field initializers.
   */
  private void initializer(InitializerDeclaration init) {
    FunctionContext f = new FunctionContext(module, false, !init.isStatic());
    List<PyStmt> body = init.isStatic()
        ? module.atDefinitionTime(() -> statements.block(init.getBody().getStatements(), f))
        : statements.block(init.getBody().getStatements(), f);
    if (!init.isStatic()) {
      instanceFieldInits.addAll(body);
      fieldsReadEarly |= mayRunOtherCode(init.getBody());
      return;
    }
    staticInitializers++;
    String name = "_" + module.names().staticBlockPrefix() + "static_init"
        + (staticInitializers == 1 ? "" : Integer.toString(staticInitializers));
    functions.add(new PyStmt.FunctionDef(name, List.of(), false, body));
    // Everything static from here on runs after the functions are defined, in textual order.
    lateVariables.addAll(0, earlyVariables);
    earlyVariables.clear();
    staticOrderFixed = true;
    lateVariables.add(new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Name(name), List.of())));
  }

  private void field(FieldDeclaration field) {
    boolean isStatic = field.isStatic() || isInterface; // interface fields are constants
    FunctionContext f = new FunctionContext(module, false, !isStatic);
    for (VariableDeclarator v : field.getVariables()) {
      statements.checkType(v.getType(), v);
      Optional<Element> element = env.oracle().element(v);
      if (element.isEmpty()) {
        env.report(v, Message.UNRESOLVED, "the field " + v.getName(),
            "javac did not resolve it");
        continue;
      }
      String name = module.names().member(element.get());
      PyExpr value = v.getInitializer().isPresent()
          ? (isStatic
              ? module.atDefinitionTime(() -> expressions.translate(v.getInitializer().get(), f))
              : expressions.translate(v.getInitializer().get(), f))
          : defaultValue(element.get().asType());
      List<PyStmt> hoisted = f.drainHoisted(); // definitions of the initializer's lambdas
      if (!isStatic && v.getInitializer().isPresent() && mayRunOtherCode(v.getInitializer().get())) {
        fieldsReadEarly = true;
      }
      if (isStatic) {
        moduleVariables.add(name);
        PyStmt assign = new PyStmt.Assign(new PyExpr.Name(name), value);
        List<PyStmt> target = staticOrderFixed || usesModuleNames(value) || !hoisted.isEmpty()
            ? lateVariables : earlyVariables;
        target.addAll(hoisted);
        target.add(assign);
      } else {
        instanceFieldInits.addAll(hoisted);
        PyExpr selfField = new PyExpr.Attribute(new PyExpr.Name("self"), name);
        PyStmt init = new PyStmt.Assign(selfField, value);
        instanceFieldInits.add(init);
        if (v.getInitializer().isEmpty()) {
          defaultOnly.add(init);
          defaultOnlyField.put(init, element.get());
        }
        fieldDefaults.add(new PyStmt.Assign(selfField, defaultValue(element.get().asType())));
      }
    }
  }

  /**
   * Whether {@code code} may call methods or read {@code this} (and so see unset fields). A name
   * of a class or of a static field ({@code State.SOLD_OUT}, {@code LIMIT}) reads no field of the
   * object being made.
   */
  private boolean mayRunOtherCode(com.github.javaparser.ast.Node code) {
    return mayRunOtherCode(code, false);
  }

  /** As {@link #mayRunOtherCode(com.github.javaparser.ast.Node)}, parameters allowed or not. */
  private boolean mayRunOtherCode(com.github.javaparser.ast.Node code, boolean parameters) {
    return code.findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class).isPresent()
        || code.findFirst(com.github.javaparser.ast.expr.ObjectCreationExpr.class).isPresent()
        || code.findFirst(com.github.javaparser.ast.expr.ThisExpr.class).isPresent()
        || code.findFirst(com.github.javaparser.ast.expr.NameExpr.class,
            n -> !namesStaticThing(n, parameters)).isPresent();
  }

  private boolean namesStaticThing(com.github.javaparser.ast.expr.NameExpr name,
      boolean parameters) {
    Optional<Element> element = env.oracle().element(name);
    if (element.isEmpty()) {
      return false;
    }
    javax.lang.model.element.ElementKind kind = element.get().getKind();
    return kind.isClass() || kind.isInterface()
        || (parameters && kind == javax.lang.model.element.ElementKind.PARAMETER)
        || ((kind == javax.lang.model.element.ElementKind.FIELD
            || kind == javax.lang.model.element.ElementKind.ENUM_CONSTANT)
            && element.get().getModifiers().contains(javax.lang.model.element.Modifier.STATIC));
  }

  /**
   * The field set-up of a constructor that does not delegate with this(...): Java gives every
   * field its default before any constructor code runs (a base constructor may call an
   * overriding method that reads this class's fields), then runs the initializers after super.
   * Only when that can be observed are the defaults written first; otherwise each field is set
   * once, in order.
   */
  private void fieldSetUp(PyStmt superCall, List<PyStmt> body) {
    boolean early = fieldsReadEarly || !bases.isEmpty();
    if (early) {
      body.addAll(fieldDefaults);
    }
    if (superCall != null) {
      body.add(superCall);
    }
    for (PyStmt init : instanceFieldInits) {
      if (!(early && defaultOnly.contains(init))) {
        body.add(init);
      }
    }
  }

  /** Java's default field and array element values. */
  static PyExpr defaultValue(TypeMirror type) {
    return switch (type.getKind()) {
      case INT, LONG, SHORT, BYTE, CHAR -> new PyExpr.Literal("0");
      case DOUBLE, FLOAT -> new PyExpr.Literal("0.0");
      case BOOLEAN -> new PyExpr.Literal("False");
      default -> new PyExpr.Literal("None");
    };
  }

  /** Whether evaluating {@code value} needs a function or class this module defines later. */
  private boolean usesModuleNames(PyExpr value) {
    return uses(value, module::definesClassOrStatic);
  }

  /** Whether {@code value} reads a name that {@code names} accepts. */
  private boolean uses(PyExpr value, java.util.function.Predicate<String> names) {
    java.util.function.Predicate<PyExpr> usesModuleNames = v -> uses(v, names);
    return switch (value) {
      case PyExpr.Name n -> names.test(n.id());
      case PyExpr.Literal l -> false;
      case PyExpr.Attribute a -> usesModuleNames.test(a.value());
      case PyExpr.Call c -> usesModuleNames.test(c.func())
          || c.args().stream().anyMatch(usesModuleNames::test)
          || c.keywords().stream().anyMatch(k -> usesModuleNames.test(k.value()));
      case PyExpr.Subscript s -> usesModuleNames.test(s.value()) || usesModuleNames.test(s.index());
      case PyExpr.Slice s -> usesModuleNames.test(s.value())
          || (s.lower() != null && usesModuleNames.test(s.lower()))
          || (s.upper() != null && usesModuleNames.test(s.upper()));
      case PyExpr.Await a -> usesModuleNames.test(a.value());
      case PyExpr.BinOp b -> usesModuleNames.test(b.left()) || usesModuleNames.test(b.right());
      case PyExpr.UnaryOp u -> usesModuleNames.test(u.operand());
      case PyExpr.IfExp i -> usesModuleNames.test(i.test()) || usesModuleNames.test(i.body())
          || usesModuleNames.test(i.orElse());
      case PyExpr.ListExpr l -> l.elements().stream().anyMatch(usesModuleNames::test);
      case PyExpr.Lambda l -> usesModuleNames.test(l.body());
      case PyExpr.NamedExpr n -> usesModuleNames.test(n.value());
      case PyExpr.TupleExpr t -> t.elements().stream().anyMatch(usesModuleNames::test);
      case PyExpr.ListComp c -> usesModuleNames.test(c.element()) || usesModuleNames.test(c.iter())
          || (c.condition() != null && usesModuleNames.test(c.condition()));
      case PyExpr.Starred s -> usesModuleNames.test(s.value());
      case PyExpr.DictExpr d -> d.keys().stream().anyMatch(usesModuleNames::test)
          || d.values().stream().anyMatch(usesModuleNames::test);
    };
  }

  private void method(MethodDeclaration method) {
    if (method.isAbstract() || (isInterface && !method.isStatic() && !method.isDefault())) {
      return; // Python needs no declaration; subclasses define it
    }

    if (method.isNative() || method.getBody().isEmpty()) {
      env.report(method, Message.UNSUPPORTED_DECLARATION, "a method without a body",
          "give it a body, or declare a stub with @PyModule for an existing MicroPython function");
      return;
    }
    Optional<Element> element = env.oracle().element(method);
    if (element.isEmpty()) {
      env.report(method, Message.UNRESOLVED, "the method " + method.getName(),
          "javac did not resolve it");
      return;
    }
    boolean isStatic = method.isStatic();
    boolean async = Stubs.has(element.get(), Stubs.COROUTINE);
    boolean isMain = isStatic && method.getNameAsString().equals("main")
        && method.getType().isVoidType() && method.getParameters().size() == 1
        && method.getParameter(0).getType().isArrayType()
        && method.getParameter(0).getType().asArrayType().getComponentType().asString()
            .matches("(java\\.lang\\.)?String");
    FunctionContext f = new FunctionContext(module, async, !isStatic);
    List<String> params = new ArrayList<>();
    if (!isStatic) {
      params.add("self");
    }
    for (Parameter p : method.getParameters()) {
      if (isMain) {
        boolean used = method.getBody().get().findFirst(NameExpr.class,
            n -> n.getNameAsString().equals(p.getNameAsString())).isPresent();
        if (used) {
          params.add(f.local(p.getNameAsString()));
        }
        main = new TranslatedModule.MainFunction(used);
        continue;
      }
      statements.checkType(p.getType(), p);
      // Java's varargs arrive as a tuple, which reads like the array (len, index, for).
      params.add((p.isVarArgs() ? "*" : "") + f.local(p.getNameAsString()));
    }
    List<PyStmt> body = new ArrayList<>();
    for (Parameter p : method.getParameters()) {
      expressions.arrays().varargsArray(p, method.getBody().get(), f).ifPresent(body::add);
    }
    body.addAll(statements.block(method.getBody().get().getStatements(), f));
    PyStmt def = new PyStmt.FunctionDef(module.names().member(element.get()), params, async, body);
    (isStatic ? functions : methods).add(def);
  }

  /**
   * {@code __init__}: the superclass constructor first, then the field initializers, then the rest
   * of the constructor body, which is Java's order.
   */
  private Optional<PyStmt> constructorDef() {
    if (severalConstructors()) {
      return Optional.empty(); // see constructorDefs()
    }
    if (record != null && constructor == null) {
      return Optional.of(new RecordTranslation(env, module, expressions, statements)
          .canonicalConstructor(record, compactConstructor));
    }
    if (constructor == null && instanceFieldInits.isEmpty() && enumeration == null
        && hidden().isEmpty()) {
      return Optional.empty(); // Python's inherited __init__ takes the base's arguments
    }
    FunctionContext f = new FunctionContext(module, false, true);
    List<String> params = new ArrayList<>(List.of("self"));
    List<PyStmt> body = new ArrayList<>();
    if (enumeration != null) {
      params.addAll(EnumTranslation.constructorParams());
      body.addAll(EnumTranslation.constructorAssignments());
    }
    List<com.github.javaparser.ast.stmt.Statement> rest = List.of();
    PyStmt superCall = null;
    if (constructor != null) {
      for (Parameter p : constructor.getParameters()) {
        statements.checkType(p.getType(), p);
        // Java's varargs arrive as a tuple, as for methods.
        params.add((p.isVarArgs() ? "*" : "") + f.local(p.getNameAsString()));
      }
      rest = constructor.getBody().getStatements();
      if (!rest.isEmpty() && rest.get(0) instanceof ExplicitConstructorInvocationStmt call) {
        rest = rest.subList(1, rest.size());
        if (call.isThis()) {
          env.report(call, Message.UNSUPPORTED_STATEMENT, "this(...)",
              "a class has one constructor in jmpy; initialise the fields in it");
        } else {
          superCall = explicitSuperInit(call, f);
        }
      }
    }
    List<PyStmt> hiddenSetUp = new ArrayList<>();
    params.addAll(1, hiddenParams(f, hiddenSetUp));
    if (enumConstantBody) {
      params.add("*args");
      superCall = superInit(List.of(new PyExpr.Starred(new PyExpr.Name("args"))));
    }
    if (superCall == null && !bases.isEmpty()) {
      superCall = anonymous != null ? anonymousSuperInit(f, params) : superInit(List.of(), f, null);
    }
    body.addAll(hiddenSetUp);
    if (constructor != null) {
      for (Parameter p : constructor.getParameters()) {
        expressions.arrays().varargsArray(p, constructor.getBody(), f).ifPresent(body::add);
      }
    }
    fieldSetUp(superCall, body);
    if (!fieldsReadEarly && bases.isEmpty()) {
      Set<Element> assigned = assignedBeforeAnyRead(rest);
      body.removeIf(init -> assigned.contains(defaultOnlyField.get(init)));
    }
    for (var s : rest) {
      statements.translate(s, f, body);
    }
    return Optional.of(new PyStmt.FunctionDef("__init__", params, false, body));
  }

  /**
   * The fields the constructor's first statements assign ({@code this.price = price;}) before
   * anything could read them: values made of parameters, literals and statics only. Such a field
   * needs no default first ({@code self.price = 0}); nothing can see it.
   */
  private Set<Element> assignedBeforeAnyRead(List<com.github.javaparser.ast.stmt.Statement> rest) {
    Set<Element> assigned = new java.util.HashSet<>();
    for (var statement : rest) {
      if (!(statement instanceof com.github.javaparser.ast.stmt.ExpressionStmt e)
          || !(e.getExpression() instanceof com.github.javaparser.ast.expr.AssignExpr a)
          || a.getOperator() != com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN
          || !(a.getTarget() instanceof com.github.javaparser.ast.expr.FieldAccessExpr
              || a.getTarget() instanceof com.github.javaparser.ast.expr.NameExpr)
          || mayRunOtherCode(a.getValue(), true)) {
        break;
      }
      if (a.getTarget() instanceof com.github.javaparser.ast.expr.FieldAccessExpr access
          && !access.getScope().isThisExpr()) {
        break;
      }
      Optional<Element> field = env.oracle().element(a.getTarget());
      if (field.isEmpty() || field.get().getKind() != javax.lang.model.element.ElementKind.FIELD
          || field.get().getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
        break;
      }
      assigned.add(field.get());
    }
    return assigned;
  }

  /**
   * Whether the class has several constructors: declared ones, or a record's canonical one beside
   * a constructor of its own ({@code Point() { this(0, 0); }}).
   */
  private boolean severalConstructors() {
    if (record != null) {
      boolean explicitCanonical = constructors.stream()
          .anyMatch(c -> c.getParameters().size() == record.getParameters().size());
      return constructors.size() + (explicitCanonical ? 0 : 1) > 1;
    }
    return constructors.size() > 1;
  }

  /**
   * Several constructors: each becomes {@code _<class>_init_<arity>}, and
   * {@code __init__(self, *args)} calls the one with as many parameters as there are arguments;
   * where two take as many, {@code __init__(self, *args, _k=0)} calls the one the creation names
   * ({@code _temp_init_1_1}, see ConstructorKeys). {@code this(...)} calls another; the field
   * initializers run in the constructors that do not. A record's canonical constructor (implicit
   * or compact) is one of them.
   */
  private List<PyStmt> constructorDefs() {
    if (!severalConstructors()) {
      return List.of();
    }
    List<PyStmt> defs = new ArrayList<>();
    List<String> initParams = new ArrayList<>(List.of("self"));
    List<PyStmt> dispatch = new ArrayList<>();
    if (enumeration != null) {
      initParams.addAll(EnumTranslation.constructorParams());
      dispatch.addAll(EnumTranslation.constructorAssignments());
    }
    initParams.addAll(hiddenParams(new FunctionContext(module, false, true), dispatch));
    initParams.add("*args");
    // arity -> the constructors' Python names, in source order (a key is the place in its list)
    java.util.Map<Integer, List<String>> byArity = new java.util.LinkedHashMap<>();
    if (record != null && constructors.stream()
        .noneMatch(c -> c.getParameters().size() == record.getParameters().size())) {
      PyStmt.FunctionDef canonical = (PyStmt.FunctionDef) new RecordTranslation(env, module,
          expressions, statements).canonicalConstructor(record, compactConstructor);
      String name = initName(record.getParameters().size());
      defs.add(new PyStmt.FunctionDef(name, canonical.params(), false, canonical.body()));
      byArity.computeIfAbsent(record.getParameters().size(), k -> new ArrayList<>()).add(name);
    }
    for (ConstructorDeclaration c : constructors) {
      String name = constructorName(c);
      defs.add(constructorMethod(c, name));
      byArity.computeIfAbsent(c.getParameters().size(), k -> new ArrayList<>()).add(name);
    }
    boolean keyed = byArity.values().stream().anyMatch(names -> names.size() > 1);
    if (keyed) {
      initParams.add(ConstructorKeys.KEYWORD + "=0");
    }
    PyExpr self = new PyExpr.Name("self");
    PyExpr args = new PyExpr.Name("args");
    List<PyStmt> chain = List.of();
    List<Integer> arities = new ArrayList<>(byArity.keySet());
    for (int i = arities.size() - 1; i >= 0; i--) {
      List<String> names = byArity.get(arities.get(i));
      List<PyStmt> choice = List.of();
      for (int k = names.size() - 1; k >= 0; k--) {
        List<PyStmt> call = List.of(new PyStmt.ExprStmt(new PyExpr.Call(
            new PyExpr.Attribute(self, names.get(k)), List.of(new PyExpr.Starred(args)))));
        choice = names.size() == 1 ? call : k == names.size() - 1 ? call
            : List.of(new PyStmt.If(new PyExpr.BinOp(new PyExpr.Name(ConstructorKeys.KEYWORD),
                "==", new PyExpr.Literal(Integer.toString(k))), call, choice));
      }
      chain = List.of(new PyStmt.If(new PyExpr.BinOp(new PyExpr.Call(new PyExpr.Name("len"),
          List.of(args)), "==", new PyExpr.Literal(Integer.toString(arities.get(i)))),
          choice, chain));
    }
    dispatch.addAll(chain);
    defs.add(0, new PyStmt.FunctionDef("__init__", initParams, false, dispatch));
    return defs;
  }

  /** The Python method of one of several constructors: by its arity, and its key if it has one. */
  private String constructorName(ConstructorDeclaration c) {
    return env.oracle().element(c)
        .filter(e -> e instanceof ExecutableElement)
        .map(e -> constructorName((ExecutableElement) e))
        .orElse(initName(c.getParameters().size()));
  }

  private String constructorName(ExecutableElement c) {
    java.util.OptionalInt key = ConstructorKeys.key(c);
    return initName(c.getParameters().size()) + (key.isPresent() ? "_" + key.getAsInt() : "");
  }

  /**
   * {@code _point_init_2}: named after the class, so a subclass's constructors never replace the
   * ones its base class calls (MicroPython does not mangle {@code __names}).
   */
  private String initName(int arity) {
    return "_" + Names.snake(module.names().className()).toLowerCase(java.util.Locale.ROOT)
        + "_init_" + arity;
  }

  private PyStmt constructorMethod(ConstructorDeclaration c, String name) {
    FunctionContext f = new FunctionContext(module, false, true);
    List<String> params = new ArrayList<>(List.of("self"));
    for (Parameter p : c.getParameters()) {
      params.add(f.local(p.getNameAsString()));
    }
    List<com.github.javaparser.ast.stmt.Statement> rest = c.getBody().getStatements();
    List<PyStmt> body = new ArrayList<>();
    PyStmt superCall = null;
    boolean delegates = false;
    if (!rest.isEmpty() && rest.get(0) instanceof ExplicitConstructorInvocationStmt call) {
      rest = rest.subList(1, rest.size());
      if (call.isThis()) {
        delegates = true;
        List<PyExpr> thisArgs = expressions.translateAll(call.getArguments(), f);
        body.addAll(f.drainHoisted());
        // the constructor Java's overload resolution picks for these arguments
        String target = ConstructorKeys.resolve(module.type(), call.getArguments(), expressions,
            env.types()).map(this::constructorName).orElse(initName(call.getArguments().size()));
        body.add(new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Name("self"),
            target), thisArgs)));
      } else {
        superCall = explicitSuperInit(call, f);
      }
    }
    if (superCall == null && !bases.isEmpty()) {
      superCall = superInit(List.of(), f, null);
    }
    if (!delegates) {
      fieldSetUp(superCall, body);
    }
    for (var s : rest) {
      statements.translate(s, f, body);
    }
    return new PyStmt.FunctionDef(name, params, false, body);
  }

  private static PyStmt superInit(List<PyExpr> args) {
    return new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(
        new PyExpr.Call(new PyExpr.Name("super"), List.of()), "__init__"), args));
  }

  /**
   * {@code super().__init__(args)}, preceded by what the base class takes first if it is an
   * inner class: its enclosing instance and captured values, seen from this class.
   */
  private PyStmt superInit(List<PyExpr> args, FunctionContext f, Node at) {
    List<PyExpr> all = new ArrayList<>(module.innerClasses().superPrefix(module.type(), f,
        at != null ? at : declarationNode(), expressions));
    all.addAll(args);
    return superInit(all);
  }

  private PyStmt explicitSuperInit(ExplicitConstructorInvocationStmt call, FunctionContext f) {
    if (call.getExpression().isPresent()) {
      env.report(call, Message.UNSUPPORTED_STATEMENT, "a qualified superclass constructor call "
          + "(outer.super(...))", "create the object where its enclosing instance is this, or "
          + "make the base class static and pass the outer object to it");
    }
    List<PyExpr> args = expressions.translateAll(call.getArguments(), f);
    TypeElement base = ClassNames.translatedSuperclass(module.type());
    if (base == null && dev.jmpy.processor.library.ExceptionRows.isThrowable(module.type().asType())) {
      // super(cause) of a JDK exception: Java's message is the cause's text
      args = dev.jmpy.processor.library.ExceptionRows.superArguments(call.getArguments().stream()
          .map(expressions::requireType).toList(), args, module::helper);
    }
    PyStmt init = superInit(args, f, call);
    Optional<ExecutableElement> target = base == null ? Optional.empty()
        : ConstructorKeys.resolve(base, call.getArguments(), expressions, env.types());
    if (target.isPresent() && !ConstructorKeys.keywords(target.get()).isEmpty()
        && init instanceof PyStmt.ExprStmt e && e.value() instanceof PyExpr.Call c) {
      // super(20) of a base whose constructors share that arity: name the one Java calls
      return new PyStmt.ExprStmt(new PyExpr.Call(c.func(), c.args(),
          ConstructorKeys.keywords(target.get())));
    }
    return init;
  }

  /**
   * An anonymous class's implicit constructor: what the creating code passes for the base class
   * (its hidden values, then the arguments) goes on to the base's {@code __init__}.
   */
  private PyStmt anonymousSuperInit(FunctionContext f, List<String> params) {
    List<PyExpr> args = new ArrayList<>();
    TypeElement base = ClassNames.translatedSuperclass(module.type());
    if (base != null) {
      for (InnerClasses.Hidden h : module.innerClasses().hiddenFields(base)) {
        String name = f.fresh(h.name());
        params.add(name);
        args.add(new PyExpr.Name(name));
      }
    }
    Optional<Element> constructor = env.oracle().element(anonymous);
    if (constructor.isPresent() && constructor.get() instanceof ExecutableElement c) {
      for (int i = 0; i < c.getParameters().size(); i++) {
        String name = f.fresh(Names.snake(c.getParameters().get(i).getSimpleName().toString()));
        boolean spread = c.isVarArgs() && i == c.getParameters().size() - 1;
        params.add((spread ? "*" : "") + name);
        args.add(spread ? new PyExpr.Starred(new PyExpr.Name(name)) : new PyExpr.Name(name));
      }
    }
    return superInit(args);
  }

  /** The enclosing instance and captured values {@code __init__} takes first (inner classes). */
  private List<InnerClasses.Hidden> hidden() {
    return module.innerClasses().hiddenFields(module.type());
  }

  /** The hidden parameters' names, after the constructor's own; adds {@code self._x = x}. */
  private List<String> hiddenParams(FunctionContext f, List<PyStmt> setUp) {
    List<String> params = new ArrayList<>();
    for (InnerClasses.Hidden h : hidden()) {
      String name = f.fresh(h.name());
      params.add(name);
      setUp.add(new PyStmt.Assign(new PyExpr.Attribute(new PyExpr.Name("self"), h.attribute()),
          new PyExpr.Name(name)));
    }
    return params;
  }

  /** Where messages about the class as a whole go. */
  private Node declarationNode() {
    return anonymous != null ? anonymous : env.unit().declaration();
  }

  /**
   * {@code __call__ = compare}: values of a functional interface are Python functions
   * ({@code cmp(a, b)}), so a class implementing one is called like one.
   */
  private List<PyStmt> callAlias() {
    TypeElement type = module.type();
    for (TypeElement iface : allInterfaces(type)) {
      Optional<ExecutableElement> abstractMethod = dev.jmpy.processor.analysis.JavaTypes.functionalMethod(iface);
      if (!dev.jmpy.processor.library.Jdk.isFunctionType(iface) || abstractMethod.isEmpty()) {
        continue;
      }
      for (Element e : type.getEnclosedElements()) {
        if (e.getKind() == javax.lang.model.element.ElementKind.METHOD
            && env.elements().overrides((ExecutableElement) e, abstractMethod.get(), type)) {
          return List.of(new PyStmt.Assign(new PyExpr.Name("__call__"),
              new PyExpr.Name(module.names().member(e))));
        }
      }
    }
    return List.of();
  }

  /**
   * The members that let one of your functional interfaces' Python class hold a lambda (by Java's
   * rule: one abstract method, {@code @FunctionalInterface} or not): {@code def __init__(self,
   * area): self.area = area}, so {@code Shape(lambda: 4)} answers {@code s.area()} like a class
   * implementing it; the default methods of its superinterfaces (its own are in its body); the
   * tags {@code instanceof} reads; and {@code __call__} when the method is a JDK function's (the
   * library calls such values as functions).
   */
  private List<PyStmt> lambdaHolder() {
    TypeElement type = module.type();
    Optional<ExecutableElement> method = dev.jmpy.processor.analysis.JavaTypes.functionalMethod(type);
    if (method.isEmpty()) {
      return List.of();
    }
    TypeElement declaring = (TypeElement) method.get().getEnclosingElement();
    String name = Stubs.isYours(declaring) ? ClassNames.of(declaring).member(method.get())
        : Names.safe(Names.snake(method.get().getSimpleName().toString()));
    List<PyStmt> out = new ArrayList<>();
    PyExpr self = new PyExpr.Name("self");
    out.add(new PyStmt.FunctionDef("__init__", List.of("self", name), false,
        List.of(new PyStmt.Assign(new PyExpr.Attribute(self, name), new PyExpr.Name(name)))));
    out.addAll(new Inheritance(env, expressions).defaultMethods(type));
    if (!Stubs.isYours(declaring)) {
      out.add(new PyStmt.FunctionDef("__call__", List.of("self", "*args"), false,
          List.of(new PyStmt.Return(new PyExpr.Call(new PyExpr.Attribute(self, name),
              List.of(new PyExpr.Starred(new PyExpr.Name("args"))))))));
    }
    List<TypeElement> tagged = new ArrayList<>(List.of(type));
    tagged.addAll(allInterfaces(type));
    out.addAll(InterfaceTags.members(tagged));
    return out;
  }

  /**
   * {@code __iter__} for a class of yours implementing {@code Iterable<T>} (its translated
   * superclass does not already): a generator walking {@code self.iterator()} by
   * {@code has_next()}/{@code next()}, so for-each ({@code for x in bag:}) runs Java's iterator,
   * a JDK one ({@code list.iterator()}) or one of yours.
   */
  private Optional<PyStmt> iterableMember() {
    TypeElement type = module.type();
    TypeElement iterable = env.elements().getTypeElement(dev.jmpy.processor.library.Jdk.ITERABLE);
    if (type.getKind().isInterface() || !isIterable(type.asType(), iterable)) {
      return Optional.empty();
    }
    TypeElement parent = ClassNames.translatedSuperclass(type);
    if (parent != null && isIterable(parent.asType(), iterable)) {
      return Optional.empty();
    }
    String iterator = "iterator";
    for (javax.lang.model.element.Element e : env.elements().getAllMembers(type)) {
      if (e instanceof ExecutableElement m && m.getSimpleName().contentEquals("iterator")
          && m.getParameters().isEmpty()
          && !m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
          && Stubs.isTranslated((TypeElement) m.getEnclosingElement())) {
        iterator = ClassNames.of((TypeElement) m.getEnclosingElement()).member(m);
      }
    }
    return Optional.of(new PyStmt.Verbatim("""
        def __iter__(self):
            it = self.%s()
            while it.has_next():
                yield it.next()
        """.formatted(iterator)));
  }

  private boolean isIterable(javax.lang.model.type.TypeMirror type, TypeElement iterable) {
    return env.types().isAssignable(env.types().erasure(type), env.types().erasure(iterable.asType()));
  }

  /** The interfaces of {@code type}, its superinterfaces and its superclasses' interfaces. */
  static List<TypeElement> allInterfaces(TypeElement type) {
    List<TypeElement> out = new ArrayList<>();
    java.util.ArrayDeque<TypeMirror> todo = new java.util.ArrayDeque<>();
    for (TypeElement t = type; t != null; t = ClassNames.translatedSuperclass(t)) {
      todo.addAll(t.getInterfaces());
    }
    while (!todo.isEmpty()) {
      TypeElement iface = (TypeElement) ((javax.lang.model.type.DeclaredType) todo.poll()).asElement();
      if (!out.contains(iface)) {
        out.add(iface);
        todo.addAll(iface.getInterfaces());
      }
    }
    return out;
  }

  private static boolean defines(List<PyStmt> members, String name) {
    return members.stream().anyMatch(m -> m instanceof PyStmt.FunctionDef d && d.name().equals(name));
  }

  /**
   * Python drops {@code __hash__} from a class that defines {@code __eq__}; Java keeps the
   * inherited hashCode (the base's, or the identity hash), so instances stay usable as keys.
   */
  private PyStmt hashBesideEquals() {
    boolean inherited = false;
    for (TypeElement t = ClassNames.translatedSuperclass(module.type()); t != null;
        t = ClassNames.translatedSuperclass(t)) {
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == javax.lang.model.element.ElementKind.METHOD
            && e.getSimpleName().contentEquals("hashCode")
            && ((ExecutableElement) e).getParameters().isEmpty()) {
          inherited = true;
        }
      }
    }
    PyExpr hash = inherited
        ? new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Call(new PyExpr.Name("super"), List.of()),
            "__hash__"), List.of())
        : new PyExpr.Call(new PyExpr.Name("id"), List.of(new PyExpr.Name("self")));
    return new PyStmt.FunctionDef("__hash__", List.of("self"), false, List.of(new PyStmt.Return(hash)));
  }

  private PyModuleFile assemble() {
    List<PyStmt> classBody = new ArrayList<>();
    if (!isInterface) {
      classBody.addAll(module.atDefinitionTime(
          () -> new Inheritance(env, expressions).defaultMethods(module.type())));
    }
    if (!isInterface && dev.jmpy.processor.library.ExceptionRows.isThrowable(module.type().asType())) {
      // Java's getClass().getName(), which its toString() prints (_jmpy's __str__)
      classBody.add(new PyStmt.Assign(new PyExpr.Name("_jname"), new PyExpr.Literal(
          Literals.string(env.elements().getBinaryName(module.type()).toString()))));
    }
    if (!isInterface && SimpleNames.carried(module.type(), module)) {
      // Java's getSimpleName(), where type(o).__name__ is not it (an anonymous class's "")
      classBody.add(new PyStmt.Assign(new PyExpr.Name(SimpleNames.ATTRIBUTE), new PyExpr.Literal(
          Literals.string(module.type().getSimpleName().toString()))));
    }
    constructorDef().ifPresent(classBody::add);
    classBody.addAll(constructorDefs());
    classBody.addAll(methods);
    if (isInterface) {
      classBody.addAll(module.atDefinitionTime(this::lambdaHolder));
    }
    if (ContextManagers.needsMembers(env, module.type())) {
      classBody.addAll(ContextManagers.members()); // try-with-resources is a with statement
    }
    iterableMember().ifPresent(classBody::add);
    if (!isInterface) {
      classBody.addAll(callAlias());
      List<TypeElement> tagged = new ArrayList<>(allInterfaces(module.type()));
      TypeElement parent = ClassNames.translatedSuperclass(module.type());
      if (parent != null) {
        tagged.removeAll(allInterfaces(parent)); // inherited from the Python base
      }
      classBody.addAll(InterfaceTags.members(tagged));
    }
    if (record != null) {
      classBody.addAll(new RecordTranslation(env, module, expressions, statements)
          .implicitMembers(record, methods));
    }
    if (record == null && !isInterface && defines(methods, "__eq__") && !defines(methods, "__hash__")) {
      classBody.add(hashBesideEquals());
    }
    List<PyStmt> constants = List.of();
    if (enumeration != null) {
      boolean hasStr = methods.stream()
          .anyMatch(m -> m instanceof PyStmt.FunctionDef d && d.name().equals("__str__"));
      if (!hasStr) {
        classBody.add(EnumTranslation.defaultStr());
      }
      java.util.Map<String, PyExpr> bodies = new HashMap<>();
      for (EnumConstantDeclaration constant : enumeration.getEntries()) {
        if (!constant.getClassBody().isEmpty()) {
          bodies.put(constant.getNameAsString(), constantClass(constant));
        }
      }
      constants = module.atDefinitionTime(() -> EnumTranslation.constants(enumeration,
          module.names().className(), bodies, expressions,
          new FunctionContext(module, false, false)));
      if (nested && !bodies.isEmpty()) {
        // created once the constants' classes, defined with the module's classes, exist
        nestedConstants.addAll(constants);
        constants = List.of();
      }
    }

    if (nested) {
      if (ClassNames.isLocalOrAnonymous(module.type()) && hasStatics()) {
        // Its Python class is named after the method declaring it, and created there.
        env.report(declarationNode(), Message.NESTED_STATIC,
            "a static member of a local or anonymous class", "declare it in the enclosing "
            + "class, or make the class a nested one (static members of nested classes are "
            + "translated)");
      }
      List<PyStmt> late = withNestedLate(lateVariables);
      lateVariables.clear();
      lateVariables.addAll(late);
      List<PyStmt> own = new ArrayList<>(nestedClasses);
      own.add(new PyStmt.ClassDef(module.names().className(), bases, classBody));
      own.addAll(constants);
      return new PyModuleFile(module.names().path(), own);
    }
    List<PyStmt> body = new ArrayList<>();
    body.addAll(earlyVariables);
    body.addAll(functions);
    List<PyStmt> classes = new ArrayList<>(nestedClasses);
    if (!classBody.isEmpty() || !bases.isEmpty()) {
      classes.add(new PyStmt.ClassDef(module.names().className(), bases, classBody));
    }
    classes.addAll(module.innerClasses().definitions()); // local and anonymous classes
    body.addAll(DefinitionOrder.order(classes));
    body.addAll(nestedConstants);
    body.addAll(constants);
    body.addAll(withNestedLate(lateVariables));

    List<PyStmt> file = new ArrayList<>(module.importStatements());
    file.addAll(module.helperDefinitions());
    file.addAll(body);
    List<PyStmt> late = module.lateImports();
    if (!late.isEmpty()) {
      file.add(new PyStmt.Comment("imported last, so that these modules may import this one"));
      file.addAll(late);
    }
    return new PyModuleFile(module.names().path(), file);
  }

  /**
   * Whether {@code type} has a Python class: instance fields or methods, or a constructor written
   * in the source (the class is then worth instantiating).
   */
  static boolean hasPythonClass(TypeElement type, Elements elements) {
    if (ClassNames.isInnerMember(type) || ClassNames.isLocalOrAnonymous(type)) {
      return true;
    }
    if (type.getKind() == javax.lang.model.element.ElementKind.ENUM
        || type.getKind() == javax.lang.model.element.ElementKind.RECORD
        || ClassNames.translatedSuperclass(type) != null
        || dev.jmpy.processor.library.ExceptionRows.isThrowable(type.asType())) {
      return true;
    }
    for (Element e : type.getEnclosedElements()) {
      boolean instance = !e.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
      switch (e.getKind()) {
        case FIELD, METHOD -> {
          if (instance) {
            return true;
          }
        }
        case CONSTRUCTOR -> {
          if (elements.getOrigin(e) == Elements.Origin.EXPLICIT) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }
}
