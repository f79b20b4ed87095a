package dev.jmpy.processor.translate;

import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The Python names of one translated class: its module, its Python class, and each member.
 *
 * <p>Derived from the class's element alone, in declaration order, so the module that declares a
 * member and every module that uses it (compiled now or earlier, from a jar) agree on the name.
 * Static members share the module's namespace; instance fields and methods share the Python class's.
 */
final class ClassNames {
  private final TypeElement type;
  private final String packageName;
  private final String moduleName;
  private String className;
  private final Map<Element, String> names = new HashMap<>();
  private final Set<String> nestedTypes = new HashSet<>();
  /** Instance attribute names of this class and its translated bases (Python shares them). */
  private final Set<String> instanceAttributes = new HashSet<>();
  /** Java name → Python name of the non-private instance methods, inherited ones included. */
  private final Map<String, String> instanceMethods = new HashMap<>();
  /** The attribute holding an inner member class's enclosing instance, else null. */
  private final String outerAttribute;
  /**
   * The module-level names this class's statics avoid: the enclosing classes' and earlier nested
   * classes' names too for a nested class, whose statics share the top-level class's module.
   */
  private final Set<String> moduleTaken;
  /** {@code inner_} / {@code INNER_} before a nested class's static names, empty at the top level. */
  private final String staticPrefix;

  private ClassNames(TypeElement type) {
    this.type = type;
    TypeElement top = topLevel(type);
    this.packageName = packageName(top);
    this.className = pythonClassName(type);
    this.moduleName = moduleName(top);
    // A module's own name is not bound inside it, so a function may share it (main in main.py).
    Set<String> moduleLevel = new HashSet<>(List.of(className));
    staticPrefix = type.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER
        ? nestedPath(type) : "";
    if (!staticPrefix.isEmpty()) {
      // A nested class's statics are module-level names beside its enclosing classes' (their
      // prefix keeps them apart from other nested classes'; StaticNameClashes checks the rest).
      moduleLevel.addAll(ClassNames.of((TypeElement) type.getEnclosingElement()).moduleTaken);
    }
    moduleTaken = moduleLevel;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind().isClass() || member.getKind().isInterface()) {
        // nested classes are module-level
        moduleLevel.add(pythonClassName((TypeElement) member));
        nestedTypes.add(pythonClassName((TypeElement) member));
      }
    }
    Set<String> classLevel = instanceAttributes;
    TypeElement base = translatedSuperclass(type);
    ClassNames inheritedNames = null;
    if (base != null) {
      inheritedNames = ClassNames.of(base);
      instanceAttributes.addAll(inheritedNames.instanceAttributes);
      instanceMethods.putAll(inheritedNames.instanceMethods);
      putSubstituted(inheritedNames.instanceMethods, type.getSuperclass(), instanceMethods);
    } else if (isThrowable(type)) {
      instanceAttributes.add("args"); // Python's BaseException keeps the message there
    }
    if (isInnerMember(type)) {
      outerAttribute = outerAttribute(type, inheritedNames, instanceAttributes);
      instanceAttributes.add(outerAttribute);
    } else {
      outerAttribute = null;
    }
    // A method implementing a translated interface's method is called by the interface's name.
    for (TypeMirror implemented : type.getInterfaces()) {
      TypeElement iface = (TypeElement) ((javax.lang.model.type.DeclaredType) implemented).asElement();
      if (Stubs.isTranslated(iface)) {
        ClassNames inherited = ClassNames.of(iface);
        inherited.instanceMethods.forEach((java, py) -> {
          instanceMethods.putIfAbsent(java, py);
          instanceAttributes.add(py);
        });
        putSubstituted(inherited.instanceMethods, implemented, instanceMethods);
      }
    }
    Map<String, String> byJavaName = new HashMap<>();
    Set<String> overloaded = new HashSet<>(); // methods already named, by Java name
    // The Java main method is main() in Python, which main.py calls: no other member takes it.
    for (Element member : type.getEnclosedElements()) {
      if (staticPrefix.isEmpty() && isMainMethod(member)) {
        moduleLevel.add("main");
        names.put(member, "main");
        byJavaName.put("static METHOD " + signature(member), "main");
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (names.containsKey(member)) {
        continue;
      }
      if (member.getKind() != ElementKind.FIELD && member.getKind() != ElementKind.METHOD) {
        continue;
      }
      boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
      String javaName = member.getSimpleName().toString();
      String signature = signature(member);
      String key = (isStatic ? "static " : "instance ") + member.getKind() + " " + signature;
      String name = byJavaName.get(key);
      boolean overridable = !isStatic && member.getKind() == ElementKind.METHOD
          && !member.getModifiers().contains(Modifier.PRIVATE);
      if (name == null && overridable) {
        name = instanceMethods.get(signature); // an override keeps the name it overrides
      }
      if (name == null) {
        name = special(member, isStatic);
        if (name == null) {
          String prefix = isStatic ? staticPrefix(javaName) : "";
          name = Stubs.value(member, Stubs.PY_NAME)
              .orElse(Names.safe(prefix + Names.snake(javaName)));
          Set<String> taken = isStatic ? moduleLevel : classLevel;
          if (taken.contains(name) && member.getKind() == ElementKind.METHOD
              && overloaded.contains((isStatic ? "static " : "") + javaName)) {
            // An overload: Python has one function per name, so each further one is named
            // after its parameter types (add(String) → add_string), which every caller agrees on.
            name = Names.safe(prefix + Names.snake(javaName)) + overloadSuffix(member);
          }
          while (taken.contains(name)) {
            name = name + "_";
          }
          taken.add(name);
        }
        byJavaName.put(key, name);
      }
      if (overridable) {
        instanceMethods.put(signature, name);
      }
      if (member.getKind() == ElementKind.METHOD) {
        overloaded.add((isStatic ? "static " : "") + javaName);
      }
      names.put(member, name);
    }
  }

  /**
   * A class's Python name: its Java name, with a trailing underscore where a class named None,
   * print or asyncio would be a SyntaxError or hide a builtin or module, and where a class named
   * main would take the name of the module's main function, which main.py calls.
   */
  static String pythonClassName(TypeElement type) {
    String name = Names.safe(type.getSimpleName().toString());
    return name.equals("main") ? "main_" : name;
  }

  /**
   * {@code inner_} before a nested class's static {@code count} or {@code compute()},
   * {@code INNER_} before its constant {@code MAX}: the statics of nested classes are module-level
   * names of the top-level class's module, named after their class ({@code Outer.Inner.Deeper.x}
   * → {@code inner_deeper_x}). Empty for a top-level class.
   */
  private String staticPrefix(String javaName) {
    if (staticPrefix.isEmpty()) {
      return "";
    }
    boolean constant = javaName.equals(javaName.toUpperCase(java.util.Locale.ROOT));
    return constant ? staticPrefix.toUpperCase(java.util.Locale.ROOT) + "_"
        : staticPrefix.toLowerCase(java.util.Locale.ROOT) + "_";
  }

  /** {@code inner_deeper} for {@code Outer.Inner.Deeper}: the snake names below the top level. */
  private static String nestedPath(TypeElement type) {
    StringBuilder path = new StringBuilder();
    for (Element t = type; t instanceof TypeElement e
        && e.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER;
        t = t.getEnclosingElement()) {
      path.insert(0, Names.snake(e.getSimpleName().toString()).toLowerCase(java.util.Locale.ROOT)
          + (path.length() > 0 ? "_" : ""));
    }
    return path.toString();
  }

  /** The static prefix of this class ({@code inner_}), for its static blocks; empty at the top. */
  String staticBlockPrefix() {
    return staticPrefix.isEmpty() ? "" : staticPrefix + "_";
  }

  /**
   * {@code _outer}, or the base class's attribute when it holds the same object (the base is an
   * inner class of this class's enclosing class or of one of its superclasses), or a new name.
   */
  static String outerAttribute(TypeElement type, ClassNames base, Set<String> taken) {
    TypeElement outer = enclosingClass(type);
    if (base != null && base.outerAttribute != null
        && isSubclass(outer, enclosingClass(base.type))) {
      return base.outerAttribute;
    }
    String name = "_outer";
    while (taken.contains(name)) {
      name = name + "_";
    }
    return name;
  }

  /** Whether {@code type} is {@code ancestor} or a (translated or not) subclass of it. */
  static boolean isSubclass(TypeElement type, TypeElement ancestor) {
    for (TypeElement t = type; t != null; t = t.getSuperclass()
        instanceof javax.lang.model.type.DeclaredType d ? (TypeElement) d.asElement() : null) {
      if (t.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The inherited methods again, keyed by their parameter types as this class sees them: in
   * {@code Upper extends Handler<String>}, {@code handle(T)} is {@code handle(java.lang.String)},
   * so {@code Upper.handle(String)} is found to override it and keeps its name.
   */
  private static void putSubstituted(Map<String, String> inherited, TypeMirror supertype,
      Map<String, String> into) {
    if (!(supertype instanceof javax.lang.model.type.DeclaredType declared)
        || declared.getTypeArguments().isEmpty()) {
      return;
    }
    TypeElement generic = (TypeElement) declared.asElement();
    Map<String, String> substitution = new HashMap<>();
    for (int i = 0; i < generic.getTypeParameters().size()
        && i < declared.getTypeArguments().size(); i++) {
      substitution.put(generic.getTypeParameters().get(i).getSimpleName().toString(),
          erased(declared.getTypeArguments().get(i)));
    }
    inherited.forEach((signature, python) -> {
      int open = signature.indexOf('(');
      if (open < 0) {
        return;
      }
      StringBuilder key = new StringBuilder(signature.substring(0, open + 1));
      for (String parameter : signature.substring(open + 1, signature.length() - 1).split(",")) {
        if (parameter.isEmpty()) {
          continue;
        }
        int bracket = parameter.indexOf("[]");
        String bare = bracket < 0 ? parameter : parameter.substring(0, bracket);
        String dims = bracket < 0 ? "" : parameter.substring(bracket);
        key.append(substitution.getOrDefault(bare, bare)).append(dims).append(',');
      }
      into.putIfAbsent(key.append(')').toString(), python);
    });
  }

  /** name(paramTypes) for a method, the name for a field. */
  private static String signature(Element member) {
    if (!(member instanceof javax.lang.model.element.ExecutableElement method)) {
      return member.getSimpleName().toString();
    }
    StringBuilder out = new StringBuilder(member.getSimpleName()).append('(');
    for (var p : method.getParameters()) {
      out.append(erased(p.asType())).append(',');
    }
    return out.append(')').toString();
  }

  /** {@code _int_string} for (int, String), {@code _0} for no parameters. */
  private static String overloadSuffix(Element member) {
    var method = (javax.lang.model.element.ExecutableElement) member;
    if (method.getParameters().isEmpty()) {
      return "_0";
    }
    StringBuilder out = new StringBuilder();
    for (var p : method.getParameters()) {
      String type = erased(p.asType());
      String simple = type.substring(type.lastIndexOf('.') + 1).replace("[]", "_array");
      out.append('_').append(Names.snake(simple).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  /** The type's text without its type arguments: {@code java.util.List[]} for {@code List<String>[]}. */
  private static String erased(TypeMirror type) {
    String text = type.toString();
    int open = text.indexOf('<');
    int close = text.lastIndexOf('>');
    // what replaceAll("<.*>", "") gives, without compiling a pattern per member (issue 11)
    if (open < 0) {
      return text;
    }
    return close < open ? text.replaceAll("<.*>", "")
        : text.substring(0, open) + text.substring(close + 1);
  }

  private static boolean isMainMethod(Element member) {
    return member.getKind() == ElementKind.METHOD && member.getModifiers().contains(Modifier.STATIC)
        && member.getSimpleName().contentEquals("main")
        && ((javax.lang.model.element.ExecutableElement) member).getParameters().size() == 1
        && ((javax.lang.model.element.ExecutableElement) member).getParameters().get(0).asType()
            .toString().equals(dev.jmpy.processor.library.Jdk.STRING + "[]");
  }

  /** The top-level class whose module holds {@code type} (local and anonymous ones included). */
  static TypeElement topLevel(TypeElement type) {
    TypeElement t = type;
    for (TypeElement outer = enclosingClass(t); outer != null; outer = enclosingClass(outer)) {
      t = outer;
    }
    return t;
  }

  /**
   * The innermost class around {@code element}: a member's class, a local variable's class (past
   * its method), a local or anonymous class's enclosing class. Null for a top-level class.
   */
  static TypeElement enclosingClass(Element element) {
    for (Element e = element.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        return type;
      }
      if (e instanceof PackageElement) {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code type} is an inner member class: declared in a class, not static. */
  static boolean isInnerMember(TypeElement type) {
    return type.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.STATIC)
        && !enclosingClass(type).getKind().isInterface();
  }

  /** Whether {@code type} is declared in a method body: a local or an anonymous class. */
  static boolean isLocalOrAnonymous(TypeElement type) {
    return type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
        || type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS;
  }

  /** The superclass if jmpy translates it (its Python class is then the base). */
  static TypeElement translatedSuperclass(TypeElement type) {
    if (type.getSuperclass() instanceof javax.lang.model.type.DeclaredType declared) {
      TypeElement base = (TypeElement) declared.asElement();
      if (Stubs.isTranslated(base)) {
        return base;
      }
    }
    return null;
  }

  private static boolean isThrowable(TypeElement type) {
    return dev.jmpy.processor.library.ExceptionRows.isThrowable(type.asType());
  }

  /** Java methods that are Python protocol methods. */
  private static String special(Element member, boolean isStatic) {
    if (isStatic) {
      return null;
    }
    if (member.getKind() == ElementKind.FIELD
        && member.getEnclosingElement().getKind() == ElementKind.RECORD) {
      // A record's field sits beside its accessor method of the same Java name.
      return "_" + Names.snake(member.getSimpleName().toString());
    }
    if (member.getKind() != ElementKind.METHOD) {
      return null;
    }
    int params = ((javax.lang.model.element.ExecutableElement) member).getParameters().size();
    String name = member.getSimpleName().toString();
    if (name.equals("toString") && params == 0) {
      return "__str__";
    }
    if (name.equals("equals") && params == 1 && ((javax.lang.model.element.ExecutableElement) member)
        .getParameters().get(0).asType().toString().equals(dev.jmpy.processor.library.Jdk.OBJECT)) {
      return "__eq__"; // equals(Money) is an overload, not Object.equals: a plain method
    }
    if (name.equals("hashCode") && params == 0) {
      return "__hash__";
    }
    if (name.equals("next") && params == 0 && isIterator(member.getEnclosingElement())) {
      // Iterator.next() is it.next() wherever the iterator comes from (a Python attribute, which
      // no builtin shadows): the class of yours answers to the same name.
      return "next";
    }
    return null;
  }

  /** Whether {@code type} implements java.util.Iterator, itself or through its supertypes. */
  private static boolean isIterator(Element type) {
    if (!(type instanceof TypeElement t)) {
      return false;
    }
    if (t.getQualifiedName().contentEquals(dev.jmpy.processor.library.Jdk.ITERATOR)) {
      return true;
    }
    List<javax.lang.model.type.TypeMirror> supertypes = new ArrayList<>(t.getInterfaces());
    supertypes.add(t.getSuperclass());
    for (javax.lang.model.type.TypeMirror s : supertypes) {
      if (s instanceof javax.lang.model.type.DeclaredType d && isIterator(d.asElement())) {
        return true;
      }
    }
    return false;
  }

  static ClassNames of(TypeElement type) {
    Map<TypeElement, ClassNames> memo = MEMO.get();
    if (memo == null) {
      return new ClassNames(type);
    }
    ClassNames names = memo.get(type);
    if (names == null) {
      names = new ClassNames(type); // not computeIfAbsent: it recurses into the bases' names
      memo.put(type, names);
    }
    return names;
  }

  /**
   * The names derived so far in the current {@link #memoized} run. A class's names depend on its
   * element alone, and translating one module asks for them at every member access (issue 11:
   * rebuilding them each time was a tenth of the translation's time); a thread-local, set only
   * for one module's translation, keeps them from outliving the compilation's elements.
   */
  private static final ThreadLocal<Map<TypeElement, ClassNames>> MEMO = new ThreadLocal<>();

  /** Runs {@code work} with the names of each class derived once (nested runs share them). */
  static <T> T memoized(java.util.function.Supplier<T> work) {
    if (MEMO.get() != null) {
      return work.get();
    }
    MEMO.set(new HashMap<>());
    try {
      return work.get();
    } finally {
      MEMO.remove();
    }
  }

  /**
   * The names of a local or anonymous class, whose Python class is named by its module
   * ({@link InnerClasses}): an anonymous class has no Java name, and local classes of different
   * methods may share one.
   */
  static ClassNames ofLocal(TypeElement type, String pythonClassName) {
    ClassNames names = new ClassNames(type);
    names.className = pythonClassName;
    return names;
  }

  /** The attribute holding an inner member class's enclosing instance, else null. */
  String outerAttribute() {
    return outerAttribute;
  }

  /** The instance attribute names of this class and its translated bases. */
  Set<String> instanceAttributes() {
    return java.util.Collections.unmodifiableSet(instanceAttributes);
  }

  /** The dotted package, empty for the default package. */
  String packageName() {
    return packageName;
  }

  /** The module's own name, e.g. {@code seed_asyncio}. */
  String moduleName() {
    return moduleName;
  }

  /** The Python class for the instance members: the Java simple name. */
  String className() {
    return className;
  }

  /** The file below {@code micropython/}. */
  String path() {
    return path(packageName, moduleName);
  }

  /** The file below {@code micropython/} of {@code type}'s module, without naming its members. */
  static String path(TypeElement type) {
    TypeElement top = topLevel(type);
    return path(packageName(top), moduleName(top));
  }

  private static String path(String packageName, String moduleName) {
    return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + moduleName + ".py";
  }

  private static String packageName(TypeElement top) {
    return top.getEnclosingElement() instanceof PackageElement p ? p.getQualifiedName().toString() : "";
  }

  /** Module names are lower case even for an all-capitals class (HTTP → http). */
  private static String moduleName(TypeElement top) {
    return Names.safe(Names.snake(top.getSimpleName().toString()).toLowerCase(java.util.Locale.ROOT));
  }

  /** The Python name of a field or method of this class. */
  String member(Element member) {
    String name = names.get(member);
    if (name == null) {
      throw new IllegalArgumentException("not a member of " + className + ": " + member);
    }
    return name;
  }

  /** This class's static fields and methods by their Python names (module-level names). */
  Map<String, Element> staticNames() {
    Map<String, Element> out = new java.util.LinkedHashMap<>();
    names.forEach((element, name) -> {
      if (element.getModifiers().contains(Modifier.STATIC)) {
        out.put(name, element);
      }
    });
    return out;
  }

  /** Every module-level name this class defines (functions, variables and the class). */
  Set<String> moduleLevelNames() {
    Set<String> all = new HashSet<>();
    names.forEach((element, name) -> {
      if (element.getModifiers().contains(Modifier.STATIC)) {
        all.add(name);
      }
    });
    all.add(className);
    all.addAll(nestedTypes);
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested
          && nested.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER) {
        all.addAll(ClassNames.of(nested).moduleLevelNames()); // its statics share the module
      }
    }
    return all;
  }
}
