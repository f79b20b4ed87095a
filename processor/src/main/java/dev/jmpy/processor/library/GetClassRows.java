package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;

/**
 * {@code Object.getClass()} where Java's answer is known on the board:
 * <ul>
 *   <li>in the comparison equals() methods make, {@code getClass() == o.getClass()} / {@code !=}:
 *       {@code type(self)} and {@code type(o)}, when one side is an object of a class of yours
 *       (its Python class is its Java class; subclasses stay distinct);
 *   <li>{@code x.getClass().getSimpleName()}: of an exception {@code _jmpy.simple_name(e)} (from
 *       its Java binary name, {@code _jname}, or the family a builtin the board raised stands
 *       for); of an object of a class of yours {@code type(x).__name__}, or
 *       {@code _jmpy.simple_name(x)} where a class it may be keeps Java's name in
 *       {@code _jsimple} (an anonymous class's "") or the hierarchy is open; of a final JDK class
 *       (String, Integer) its name, folded;
 *   <li>{@code x.getClass().getName()}: of an exception {@code _jmpy.name(e)}; of a final class
 *       (yours or the JDK's) its binary name, folded.
 * </ul>
 * Any other use of a Class value is reflection (JMPY032): Java's Integer and Long, or Character,
 * are one Python int, and a lambda's class has no name Java fixes.
 */
final class GetClassRows implements LibraryRegistry.Rows {
  private static final String CLASS = "java.lang.Class#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call("java.lang.Object#getClass", GetClassRows::classOf)
        // the getClass() row under them made the name (a string) already
        .call(CLASS + "getSimpleName", GetClassRows::nameOfGetClass)
        .call(CLASS + "getName", GetClassRows::nameOfGetClass);
  }

  private static PyExpr classOf(CallSite s) {
    Node self = s.node();
    while (self.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
      self = enclosed;
    }
    Node parent = self.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr named && isNameOf(named)
        && named.getScope().orElse(null) == self) {
      return name(s, named.getNameAsString().equals("getName"));
    }
    if (parent instanceof BinaryExpr comparison
        && (comparison.getOperator() == BinaryExpr.Operator.EQUALS
            || comparison.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
      Expression other = unwrap(comparison.getLeft() == self ? comparison.getRight()
          : comparison.getLeft());
      if (other instanceof MethodCallExpr call && isGetClass(call)
          && (ofYours(s, s.scope().orElse(null)) || ofYours(s, call.getScope().orElse(null)))) {
        return builtin("type", s.receiver());
      }
    }
    return s.reject(Message.NO_REFLECTION, "Object.getClass()",
        "jmpy translates getClass() only in a comparison a.getClass() == b.getClass() (or !=) "
            + "where one side is an object of a class of yours, and in x.getClass()"
            + ".getSimpleName() / getName(); use instanceof");
  }

  /** {@code Class.getSimpleName()} / {@code getName()}: only of {@code x.getClass()}. */
  private static PyExpr nameOfGetClass(CallSite s) {
    if (s.scope().map(GetClassRows::unwrap).orElse(null) instanceof MethodCallExpr call
        && isGetClass(call) && s.arity() == 0) {
      return s.receiver();
    }
    return s.reject(Message.NO_REFLECTION, "Class." + s.method().getSimpleName() + "()",
        "jmpy knows a class's name only as x.getClass().getSimpleName() or getName() of an "
            + "exception or an object of a class of yours; write the name as a string");
  }

  /** Whether {@code call} is {@code getSimpleName()} or {@code getName()} (Class's, no arguments). */
  static boolean isNameOf(MethodCallExpr call) {
    return (call.getNameAsString().equals("getSimpleName")
        || call.getNameAsString().equals("getName")) && call.getArguments().isEmpty();
  }

  /** The name of the class of {@code x} in {@code x.getClass()} ({@code s}'s call). */
  private static PyExpr name(CallSite s, boolean binary) {
    String what = "x.getClass()." + (binary ? "getName()" : "getSimpleName()");
    Expression scope = s.scope().map(GetClassRows::unwrap).orElse(null);
    TypeMirror type = scope == null ? enclosingType(s) : s.typeOf(scope);
    boolean anonymous = type == null && scope == null
        || JavaTypes.classOf(type) instanceof TypeElement c
            && c.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS;
    if (anonymous && (binary || scope != null && Forms.hasEffects(scope))) {
      return s.reject(Message.NO_REFLECTION, what, binary
          ? "an anonymous class's getName() is javac's numbering; use getSimpleName() (\"\")"
          : "an anonymous class's simple name is \"\"; store the object in a local variable first");
    }
    if (anonymous) {
      return Forms.literal("\"\""); // this of an anonymous class (or an enum constant's body)
    }
    if (type != null && isThrowable(type)) {
      // any subclass at run time: its _jname, or a builtin's Java family
      return runtime(s, binary ? "name" : "simple_name", s.receiver());
    }
    TypeElement cls = JavaTypes.classOf(type);
    if (cls == null) {
      return s.reject(Message.NO_REFLECTION, what, "its class is known only when it runs, and "
          + "on the board Integer, Long and Character are one Python int; jmpy translates it "
          + "for an exception, an object of a class of yours, or a final JDK class (String, "
          + "Integer)");
    }
    boolean yours = Stubs.isTranslated(cls);
    Optional<List<TypeElement>> classes = possibleClasses(cls);
    if (yours && cls.getKind().isInterface() && classes.isEmpty()
        && JavaTypes.functionalMethod(cls).isPresent()) {
      return s.reject(Message.NO_REFLECTION, what, cls.getSimpleName() + " is a functional "
          + "interface, and the class of a lambda has no name Java fixes; make " + cls.getSimpleName()
          + " sealed, or ask an object of a class that implements it");
    }
    if (binary || !yours) {
      if (classes.isEmpty() || classes.get().size() != 1) {
        return s.reject(Message.NO_REFLECTION, what, yours
            ? "getName() is known before the program runs only for a final class, a record or "
                + "an enum without constant bodies (or of an exception); use getSimpleName()"
            : cls.getQualifiedName() + " may be any of its subclasses when it runs, and on the "
                + "board Integer, Long and Character are one Python int; jmpy translates it for "
                + "an exception, an object of a class of yours, or a final JDK class (String, "
                + "Integer)");
      }
      if (scope != null && Forms.hasEffects(scope)) {
        return s.reject(Message.NO_REFLECTION, what, "the name is known before the program "
            + "runs, but " + scope + " would not be evaluated; store it in a local variable first");
      }
      TypeElement only = classes.get().get(0);
      PyExpr folded = Forms.literal("\"" + (binary ? s.elements().getBinaryName(only).toString()
          : only.getSimpleName().toString()) + "\"");
      if (scope != null && !s.isNonNull(scope)) {
        // a null receiver throws NullPointerException in Java: _jmpy.simple_name(None) raises it
        return new PyExpr.IfExp(Forms.op(s.receiver(), "is not", Forms.literal("None")), folded,
            runtime(s, "simple_name", s.receiver()));
      }
      return folded;
    }
    if (classes.isPresent() && (scope == null || s.isNonNull(scope)) && classes.get().stream()
        .noneMatch(c -> isThrowable(c.asType()) || s.carriesSimpleName(c))) {
      return new PyExpr.Attribute(builtin("type", s.receiver()), "__name__");
    }
    return runtime(s, "simple_name", s.receiver()); // _jsimple where Java's name differs
  }

  /**
   * The classes an object of static type {@code cls} can have, if closed: a final class (records
   * are), an enum without constant bodies, a sealed type's permitted ones; empty if open.
   */
  static Optional<List<TypeElement>> possibleClasses(TypeElement cls) {
    List<TypeElement> out = new ArrayList<>();
    return collect(cls, out) ? Optional.of(out) : Optional.empty();
  }

  private static boolean collect(TypeElement cls, List<TypeElement> out) {
    java.util.Set<Modifier> modifiers = cls.getModifiers();
    if (modifiers.contains(Modifier.FINAL) || cls.getKind() == ElementKind.RECORD) {
      // an enum with a constant body is not final: that constant's class is the body's
      out.add(cls);
      return true;
    }
    if (!modifiers.contains(Modifier.SEALED) || cls.getKind() == ElementKind.ENUM) {
      return false;
    }
    if (!cls.getKind().isInterface() && !modifiers.contains(Modifier.ABSTRACT)) {
      out.add(cls);
    }
    for (TypeMirror permitted : cls.getPermittedSubclasses()) {
      TypeElement sub = JavaTypes.classOf(permitted);
      if (sub == null || !collect(sub, out)) {
        return false;
      }
    }
    return true;
  }

  /** The class {@code this} has in an unqualified {@code getClass()}: its nearest class. */
  private static TypeMirror enclosingType(CallSite s) {
    Optional<Node> near = s.node().findAncestor(n -> n instanceof TypeDeclaration<?>
        || n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
        || n instanceof com.github.javaparser.ast.body.EnumConstantDeclaration, Node.class);
    if (near.isEmpty() || !(near.get() instanceof TypeDeclaration<?> declaration)) {
      return null; // an anonymous class or an enum constant's body, whose getSimpleName() is ""
    }
    return s.element(declaration).filter(e -> e instanceof TypeElement)
        .map(e -> e.asType()).orElse(null);
  }

  private static boolean isThrowable(TypeMirror type) {
    if (type instanceof UnionType union) {
      return union.getAlternatives().stream().allMatch(GetClassRows::isThrowable);
    }
    return type.getKind() == TypeKind.DECLARED && ExceptionRows.isThrowable(type);
  }

  private static PyExpr runtime(CallSite s, String function, PyExpr value) {
    return new PyExpr.Call(new PyExpr.Attribute(s.helper(Helper.RUNTIME), function),
        List.of(value));
  }

  private static Expression unwrap(Expression e) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    return inner;
  }

  static boolean isGetClass(MethodCallExpr call) {
    return call.getNameAsString().equals("getClass") && call.getArguments().isEmpty();
  }

  /** Whether {@code scope} (null: this) is an object of a class translated from source. */
  private static boolean ofYours(CallSite s, Expression scope) {
    if (scope == null || scope.isThisExpr()) {
      return true; // the class being translated
    }
    TypeElement cls = JavaTypes.classOf(s.typeOf(scope));
    return cls != null && s.hasSource(cls);
  }
}
