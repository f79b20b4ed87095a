package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Inner classes in the JLS sense (inner member, local and anonymous classes) of one module. Each
 * is a module-level Python class whose instances keep what javac's hidden fields keep: the
 * enclosing instance ({@code self._outer}) and the values of the local variables the class uses
 * ({@code self._limit}), passed to {@code __init__} first by whoever creates the instance.
 *
 * <p>Python closures are not used: a class or function defined inside a function sees a loop
 * variable's later values, while Java captures values. A local or anonymous class keeps its
 * enclosing instance only if its body (or a class inside it) uses one, as javac does.
 */
final class InnerClasses {
  /** A local or anonymous class: its Python name and its hidden attributes. */
  record Local(TypeElement type, String pythonName, String outerAttribute, List<Capture> captures) {}

  /** A captured local variable and the attribute that keeps its value. */
  record Capture(VariableElement variable, String attribute) {}

  /** An attribute {@code __init__} sets before anything else, from its parameter {@code name}. */
  record Hidden(String name, String attribute) {}

  /** What a class's body needs from around it: local variables, an enclosing instance. */
  private record Needs(Set<VariableElement> variables, boolean outer) {}

  private final TranslationEnv env;
  private final TypeDeclaration<?> top;
  private final Map<TypeElement, Local> locals = new HashMap<>();
  /** Per local or anonymous class, in the order their declarations were met. */
  private final List<List<PyStmt>> definitions = new ArrayList<>();
  private final Set<String> pythonNames = new HashSet<>();
  private final Map<String, Integer> anonymousCounts = new HashMap<>();
  private Map<TypeElement, Node> declarations;
  private final Map<TypeElement, Needs> needs = new HashMap<>();
  private final Set<TypeElement> analysing = new HashSet<>();

  InnerClasses(TranslationEnv env) {
    this.env = env;
    this.top = env.unit().declaration();
  }

  /**
   * The module-level definitions of the local and anonymous classes, in the order their
   * declarations were met: a class comes before the classes declared in its body, which may
   * extend it.
   */
  List<PyStmt> definitions() {
    return definitions.stream().flatMap(List::stream).toList();
  }

  /** Reserves the place of a class's definition, before its body is translated. */
  int reserveDefinition() {
    definitions.add(List.of());
    return definitions.size() - 1;
  }

  void define(int place, List<PyStmt> definition) {
    definitions.set(place, definition);
  }

  /** Whether {@code name} is the Python name of a local or anonymous class of this module. */
  boolean definesName(String name) {
    return pythonNames.contains(name);
  }

  /** The local or anonymous class {@code type}, once its declaration was met. */
  Optional<Local> local(TypeElement type) {
    return Optional.ofNullable(locals.get(type));
  }

  // ---------------------------------------------------------------------------------------------
  // Declaring a local or anonymous class

  /**
   * Registers a local or anonymous class: its Python name, and the attributes for its enclosing
   * instance (if its body uses one) and its captured variables. Returns null if it was already
   * registered (a statement translated twice, as a switch group that falls through).
   */
  Local register(TypeElement type, ModuleContext module) {
    if (locals.containsKey(type)) {
      return null;
    }
    Needs needed = needsOf(type);
    Set<String> taken = new HashSet<>(ClassNames.of(type).instanceAttributes());
    TypeElement base = ClassNames.translatedSuperclass(type);
    Local baseLocal = base == null ? null : locals.get(base);
    if (baseLocal != null) {
      taken.add(baseLocal.outerAttribute());
      baseLocal.captures().forEach(c -> taken.add(c.attribute()));
    }
    String outer = null;
    if (needed.outer()) {
      outer = reusedOuterAttribute(type, base, baseLocal);
      if (outer == null) {
        outer = unique("_outer", taken);
      }
      taken.add(outer);
    }
    List<Capture> captures = new ArrayList<>();
    for (VariableElement v : needed.variables()) {
      String attribute = baseLocal == null ? null : baseLocal.captures().stream()
          .filter(c -> c.variable().equals(v)).map(Capture::attribute).findFirst().orElse(null);
      if (attribute == null) {
        attribute = unique("_" + Names.snake(v.getSimpleName().toString()), taken);
        taken.add(attribute);
      }
      captures.add(new Capture(v, attribute));
    }
    Local local = new Local(type, pythonName(type, module), outer, captures);
    locals.put(type, local);
    pythonNames.add(local.pythonName());
    return local;
  }

  /**
   * The base class's enclosing-instance attribute when it holds the same object as this class's
   * would (both enclosed by the same class, or the base's by a superclass of this one's).
   */
  private static String reusedOuterAttribute(TypeElement type, TypeElement base, Local baseLocal) {
    if (base == null) {
      return null;
    }
    String attribute = baseLocal != null ? baseLocal.outerAttribute()
        : ClassNames.of(base).outerAttribute();
    TypeElement baseOuter = ClassNames.enclosingClass(base);
    return attribute != null && ClassNames.isSubclass(ClassNames.enclosingClass(type), baseOuter)
        ? attribute : null;
  }

  private static String unique(String name, Set<String> taken) {
    String result = name;
    while (taken.contains(result)) {
      result = result + "_";
    }
    return result;
  }

  /**
   * A local class keeps its Java name ({@code Counter}); an anonymous class is named after what
   * it extends or implements ({@code _Comparator1}). A name the module already has gets a number.
   */
  private String pythonName(TypeElement type, ModuleContext module) {
    Set<String> taken = new HashSet<>(ClassNames.of(ClassNames.topLevel(type)).moduleLevelNames());
    top.findAll(TypeDeclaration.class, t -> t.getParentNode()
            .filter(p -> p instanceof LocalClassDeclarationStmt
                || p instanceof LocalRecordDeclarationStmt).isEmpty())
        .forEach(t -> taken.add(t.getNameAsString()));
    taken.addAll(pythonNames);
    if (type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
      String supertype = supertypeName(type);
      // _Comparator1, but _Point3D_1: the number stays apart from a name's own digits
      String base = "_" + supertype + (Character.isDigit(supertype.charAt(supertype.length() - 1))
          ? "_" : "");
      int n = anonymousCounts.merge(base, 1, Integer::sum);
      while (taken.contains(base + n) || module.definesModuleLevel(base + n)) {
        n = anonymousCounts.merge(base, 1, Integer::sum);
      }
      return base + n;
    }
    String name = type.getSimpleName().toString();
    String result = name;
    for (int n = 2; taken.contains(result) || Names.reserved(result)
        || module.definesModuleLevel(result); n++) {
      result = name + n;
    }
    return result;
  }

  private static String supertypeName(TypeElement anonymous) {
    if (!anonymous.getInterfaces().isEmpty()) {
      return ((DeclaredType) anonymous.getInterfaces().get(0)).asElement().getSimpleName().toString();
    }
    return ((DeclaredType) anonymous.getSuperclass()).asElement().getSimpleName().toString();
  }

  /** The attributes {@code __init__} of {@code type} sets first: enclosing instance, captures. */
  List<Hidden> hiddenFields(TypeElement type) {
    List<Hidden> hidden = new ArrayList<>();
    Local local = locals.get(type);
    if (local != null) {
      if (local.outerAttribute() != null) {
        hidden.add(new Hidden("outer", local.outerAttribute()));
      }
      for (Capture c : local.captures()) {
        hidden.add(new Hidden(Names.snake(c.variable().getSimpleName().toString()), c.attribute()));
      }
    } else if (ClassNames.isInnerMember(type)) {
      hidden.add(new Hidden("outer", ClassNames.of(type).outerAttribute()));
    }
    return hidden;
  }

  // ---------------------------------------------------------------------------------------------
  // Reaching enclosing instances and captured variables from translated code

  /**
   * The enclosing instance of class {@code target} seen from the code being translated:
   * {@code self}, {@code self._outer}, {@code self._outer._outer}, ...
   */
  PyExpr enclosingInstance(TypeElement target, FunctionContext f, Node at) {
    TypeElement current = f.module().type();
    if (!f.instance()) {
      return unsupported(at, "this use of an enclosing instance here",
          "javac accepted it, but jmpy has no object here; report it");
    }
    PyExpr path = new PyExpr.Name("self");
    while (!current.equals(target)) {
      String attribute = outerAttribute(current);
      if (attribute == null) {
        return unsupported(at, "reaching " + target.getSimpleName()
            + ".this from here", "pass the object as a parameter");
      }
      path = new PyExpr.Attribute(path, attribute);
      current = ClassNames.enclosingClass(current);
      if (current == null) {
        return unsupported(at, "reaching " + target.getSimpleName()
            + ".this from here", "pass the object as a parameter");
      }
    }
    return path;
  }

  /** The object an unqualified use of the instance field or method {@code member} is made on. */
  PyExpr implicitReceiver(Element member, FunctionContext f, Node at) {
    TypeElement receiver = receiverClass(f.module().type(), member);
    return enclosingInstance(receiver != null ? receiver : f.module().type(), f, at);
  }

  /**
   * A local variable or parameter: a Python local where it is declared, {@code self._name} in a
   * local or anonymous class that captured it.
   */
  PyExpr variable(VariableElement variable, String javaName, FunctionContext f, Node at) {
    TypeElement current = f.module().type();
    TypeElement declaring = ClassNames.enclosingClass(variable);
    if (declaring == null || declaring.equals(current)) {
      return new PyExpr.Name(f.local(javaName));
    }
    Local local = locals.get(current);
    if (local != null) {
      for (Capture c : local.captures()) {
        if (c.variable().equals(variable)) {
          return new PyExpr.Attribute(new PyExpr.Name("self"), c.attribute());
        }
      }
    }
    return unsupported(at, "the captured variable " + javaName + " here",
        "javac accepted it, but jmpy did not expect it; copy it into a field");
  }

  /**
   * What {@code new T(args)} passes before {@code args}: the enclosing instance of an inner member
   * class ({@code scope.new T()}, or the innermost enclosing instance of T's outer class), or a
   * local class's enclosing instance and captured values, seen from the creating code.
   */
  List<PyExpr> creationPrefix(TypeElement type, Optional<Expression> scope, FunctionContext f,
      Node at, ExpressionTranslator expressions) {
    List<PyExpr> prefix = new ArrayList<>();
    if (ClassNames.isInnerMember(type)) {
      if (scope.isPresent()) {
        prefix.add(expressions.translate(scope.get(), f));
      } else {
        prefix.add(enclosingInstance(receiverClassOf(f.module().type(), type), f, at));
      }
      return prefix;
    }
    Local local = locals.get(type);
    if (local == null) {
      return prefix;
    }
    if (local.outerAttribute() != null) {
      prefix.add(enclosingInstance(ClassNames.enclosingClass(type), f, at));
    }
    for (Capture c : local.captures()) {
      prefix.add(variable(c.variable(), c.variable().getSimpleName().toString(), f, at));
    }
    return prefix;
  }

  /**
   * What a constructor of {@code type} passes first to its base class's {@code __init__}: the
   * same as creating the base class, seen from inside {@code type} (Java looks for the base's
   * enclosing instance from the enclosing class outward).
   */
  List<PyExpr> superPrefix(TypeElement type, FunctionContext f, Node at,
      ExpressionTranslator expressions) {
    TypeElement base = ClassNames.translatedSuperclass(type);
    if (base == null) {
      return List.of();
    }
    if (ClassNames.isInnerMember(base)) {
      TypeElement outer = ClassNames.enclosingClass(type);
      TypeElement receiver = outer == null ? null : receiverClassOf(outer, base);
      return List.of(enclosingInstance(receiver != null ? receiver : type, f, at));
    }
    return creationPrefix(base, Optional.empty(), f, at, expressions);
  }

  private PyExpr unsupported(Node at, String what, String instead) {
    env.report(at, instead.contains("report it") ? Message.UNRESOLVED
        : Message.UNSUPPORTED_EXPRESSION, what, instead);
    return ExpressionTranslator.ERROR;
  }

  /** The enclosing-instance attribute of {@code type}, or null if it keeps none. */
  String outerAttribute(TypeElement type) {
    Local local = locals.get(type);
    if (local != null) {
      return local.outerAttribute();
    }
    return ClassNames.isInnerMember(type) ? ClassNames.of(type).outerAttribute() : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Which class's instance an unqualified member use refers to

  /**
   * The innermost class around {@code start} (itself included) of which {@code member} is a
   * member: declared in it, or inherited (private members are not inherited). That class's
   * instance is the receiver of an unqualified use, as javac resolves it.
   */
  TypeElement receiverClass(TypeElement start, Element member) {
    TypeElement owner = (TypeElement) member.getEnclosingElement();
    boolean inherited = !member.getModifiers().contains(Modifier.PRIVATE);
    for (TypeElement k = start; k != null; k = ClassNames.enclosingClass(k)) {
      if (k.equals(owner) || (inherited && env.types().isSubtype(env.types().erasure(k.asType()),
          env.types().erasure(owner.asType())))) {
        return k;
      }
    }
    return null;
  }

  /** The receiver class for creating the inner member class {@code type}. */
  private TypeElement receiverClassOf(TypeElement start, TypeElement type) {
    TypeElement found = receiverClass(start, type);
    return found != null ? found : ClassNames.enclosingClass(type);
  }

  /** Whether {@code outer} is a class around {@code inner} (not {@code inner} itself). */
  private static boolean strictlyEncloses(TypeElement outer, TypeElement inner) {
    for (TypeElement k = ClassNames.enclosingClass(inner); k != null;
        k = ClassNames.enclosingClass(k)) {
      if (k.equals(outer)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // What a local or anonymous class needs from around it

  /**
   * The variables declared outside {@code type} that its code (with the classes inside it) reads
   * or must pass on, and whether it reaches an enclosing instance: javac's free variables and its
   * {@code this$0}.
   */
  private Needs needsOf(TypeElement type) {
    Needs known = needs.get(type);
    if (known != null) {
      return known;
    }
    Node declaration = declarations().get(type);
    if (declaration == null || !analysing.add(type)) {
      return new Needs(Set.of(), false); // a class creating itself: its own needs
    }
    Set<VariableElement> variables = new LinkedHashSet<>();
    boolean[] outer = {false};
    for (BodyDeclaration<?> member : members(declaration)) {
      member.walk(node -> scan(node, type, variables, outer));
    }
    if (!(declaration instanceof ObjectCreationExpr)) {
      superNeeds(type, ClassNames.enclosingClass(type), type, variables, outer);
    }
    analysing.remove(type);
    Needs result = new Needs(variables, outer[0]);
    if (analysing.isEmpty()) {
      needs.put(type, result); // not while a class that creates itself is half analysed
    }
    return result;
  }

  private void scan(Node node, TypeElement type, Set<VariableElement> variables, boolean[] outer) {
    switch (node) {
      case NameExpr name -> env.oracle().element(name).ifPresent(e -> {
        if (isVariable(e)) {
          TypeElement declaring = ClassNames.enclosingClass(e);
          if (declaring != null && strictlyEncloses(declaring, type)) {
            variables.add((VariableElement) e);
          }
        } else if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)) {
          outer[0] |= reachesOut(receiverClass(classAt(name), e), type);
        }
      });
      case MethodCallExpr call when call.getScope().isEmpty() ->
          env.oracle().element(call).ifPresent(e -> {
            if (e instanceof ExecutableElement && !e.getModifiers().contains(Modifier.STATIC)) {
              outer[0] |= reachesOut(receiverClass(classAt(call), e), type);
            }
          });
      case ThisExpr self when self.getTypeName().isPresent() ->
          thisClass(self).ifPresent(k -> outer[0] |= reachesOut(k, type));
      case ObjectCreationExpr creation -> {
        TypeElement site = classAt(creation);
        if (creation.getAnonymousClassBody().isPresent()) {
          env.oracle().anonymousClass(creation).ifPresent(anonymous -> {
            if (creation.getScope().isEmpty()) {
              superNeeds(anonymous, site, type, variables, outer);
            }
          });
        } else {
          env.oracle().element(creation).filter(c -> c instanceof ExecutableElement)
              .ifPresent(c -> {
            TypeElement created = (TypeElement) c.getEnclosingElement();
            if (ClassNames.isInnerMember(created) && creation.getScope().isEmpty()) {
              outer[0] |= reachesOut(receiverClassOf(site, created), type);
            } else if (ClassNames.isLocalOrAnonymous(created)) {
              creationNeeds(created, type, variables, outer);
            }
          });
        }
      }
      case LocalClassDeclarationStmt local -> env.oracle().element(local.getClassDeclaration())
          .ifPresent(e -> superNeeds((TypeElement) e, ClassNames.enclosingClass(e), type,
              variables, outer));
      default -> { }
    }
  }

  /**
   * What {@code inner}'s base class needs when {@code inner} is created or its constructor calls
   * the base's: the base's enclosing instance (looked up from {@code from} outward) and, for a
   * local base, its captured variables. Counted for {@code type} if they are outside it.
   */
  private void superNeeds(TypeElement inner, TypeElement from, TypeElement type,
      Set<VariableElement> variables, boolean[] outer) {
    TypeElement base = ClassNames.translatedSuperclass(inner);
    if (base == null || from == null) {
      return;
    }
    if (ClassNames.isInnerMember(base)) {
      outer[0] |= reachesOut(receiverClassOf(from, base), type);
    } else if (ClassNames.isLocalOrAnonymous(base)) {
      creationNeeds(base, type, variables, outer);
    }
  }

  /** What creating the local class {@code created} needs, counted for {@code type}. */
  private void creationNeeds(TypeElement created, TypeElement type,
      Set<VariableElement> variables, boolean[] outer) {
    Needs createdNeeds = needsOf(created);
    for (VariableElement v : createdNeeds.variables()) {
      TypeElement declaring = ClassNames.enclosingClass(v);
      if (declaring != null && strictlyEncloses(declaring, type)) {
        variables.add(v);
      }
    }
    if (createdNeeds.outer()) {
      outer[0] |= reachesOut(ClassNames.enclosingClass(created), type);
    }
  }

  /** Whether reaching the instance of {@code receiver} from {@code type} leaves {@code type}. */
  private static boolean reachesOut(TypeElement receiver, TypeElement type) {
    return receiver != null && strictlyEncloses(receiver, type);
  }

  private static boolean isVariable(Element e) {
    return switch (e.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE ->
          true;
      default -> false;
    };
  }

  /** The class {@code Outer} of {@code Outer.this}. */
  Optional<TypeElement> thisClass(ThisExpr self) {
    return env.oracle().element(self).filter(e -> e instanceof TypeElement)
        .map(e -> (TypeElement) e)
        .or(() -> env.oracle().type(self).map(t -> dev.jmpy.processor.analysis.JavaTypes.classOf(t)));
  }

  /** The innermost class whose body holds {@code node}. */
  private TypeElement classAt(Node node) {
    Node child = node;
    for (Node p = node.getParentNode().orElse(null); p != null;
        child = p, p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?> declaration) {
        return env.oracle().element(declaration).map(e -> (TypeElement) e).orElse(null);
      }
      Node member = child;
      if (p instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
          && creation.getAnonymousClassBody().get().stream().anyMatch(b -> b == member)) {
        return env.oracle().anonymousClass(creation).orElse(null);
      }
    }
    return null;
  }

  /** The local class declarations and anonymous class bodies of the module, by class. */
  private Map<TypeElement, Node> declarations() {
    if (declarations == null) {
      declarations = new HashMap<>();
      top.findAll(LocalClassDeclarationStmt.class).forEach(s ->
          env.oracle().element(s.getClassDeclaration())
              .ifPresent(e -> declarations.put((TypeElement) e, s.getClassDeclaration())));
      top.findAll(LocalRecordDeclarationStmt.class).forEach(s ->
          env.oracle().element(s.getRecordDeclaration())
              .ifPresent(e -> declarations.put((TypeElement) e, s.getRecordDeclaration())));
      top.findAll(ObjectCreationExpr.class, c -> c.getAnonymousClassBody().isPresent())
          .forEach(c -> env.oracle().anonymousClass(c).ifPresent(e -> declarations.put(e, c)));
    }
    return declarations;
  }

  private static List<BodyDeclaration<?>> members(Node declaration) {
    if (declaration instanceof ObjectCreationExpr creation) {
      return creation.getAnonymousClassBody().orElseThrow();
    }
    return ((TypeDeclaration<?>) declaration).getMembers();
  }

  /** Whether {@code type} is written in a supported way for a Python class of its own. */
  static boolean isTranslatedInner(TypeElement type) {
    return Stubs.isTranslated(type)
        && (ClassNames.isInnerMember(type) || ClassNames.isLocalOrAnonymous(type));
  }
}
