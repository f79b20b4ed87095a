package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.*;
import com.github.javaparser.ast.expr.*;
import dev.jmpy.processor.types.Stubs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether a nested class's static initialisation may run when its module is imported.
 *
 * <p>Java initialises a nested class on its first use; jmpy makes its statics module-level names
 * assigned while the module is imported. The two are the same program unless the initialisation
 * can be seen to run early: it prints or touches the board or a clock, or it reads or writes a
 * static field of another class that may change before the first use. This walks the static
 * field initialisers and static blocks (and an enum's constants, which run its constructors),
 * following calls and creations into the code of this source file; code it cannot see (another
 * module's methods) counts as an effect.
 */
final class NestedStaticInit {
  /** What the initialisation does that Java would do later, and where. */
  record Effect(Node at, String what) {}

  private final TranslationEnv env;
  private final TypeElement nested;
  private final Map<Element, Node> declarations = new HashMap<>();
  private final Set<Node> visited = new HashSet<>();

  NestedStaticInit(TranslationEnv env, TypeElement nested) {
    this.env = env;
    this.nested = nested;
    for (Node n : env.unit().parsed().findAll(Node.class,
        n -> n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>)) {
      env.oracle().element(n).ifPresent(e -> declarations.putIfAbsent(e, n));
    }
  }

  /** The first effect of {@code declaration}'s static initialisation, if any. */
  Optional<Effect> firstEffect(TypeDeclaration<?> declaration) {
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      Optional<Effect> found = Optional.empty();
      if (member instanceof FieldDeclaration field && (field.isStatic()
          || (declaration instanceof ClassOrInterfaceDeclaration c && c.isInterface()))) {
        for (VariableDeclarator v : field.getVariables()) {
          if (v.getInitializer().isPresent() && found.isEmpty()) {
            found = walk(v.getInitializer().get());
          }
        }
      } else if (member instanceof InitializerDeclaration init && init.isStatic()) {
        found = walk(init.getBody());
      }
      if (found.isPresent()) {
        return found;
      }
    }
    if (declaration instanceof EnumDeclaration e) {
      for (EnumConstantDeclaration constant : e.getEntries()) {
        for (Expression arg : constant.getArguments()) {
          Optional<Effect> found = walk(arg);
          if (found.isPresent()) {
            return found;
          }
        }
        Optional<Effect> body = constant.getClassBody().stream()
            .filter(m -> m instanceof FieldDeclaration || m instanceof InitializerDeclaration)
            .map(this::walk).flatMap(Optional::stream).findFirst();
        if (body.isPresent()) {
          return body;
        }
      }
      return construction(declaration, e); // each constant runs the enum's constructor
    }
    return Optional.empty();
  }

  private Optional<Effect> walk(Node code) {
    if (!visited.add(code)) {
      return Optional.empty();
    }
    for (Node n : code.findAll(Node.class)) {
      Optional<Effect> found = switch (n) {
        case MethodCallExpr call -> call(call);
        case ObjectCreationExpr creation -> creation(creation);
        case NameExpr name -> field(name, name.getNameAsString());
        case FieldAccessExpr access -> field(access, access.toString());
        default -> Optional.empty();
      };
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Effect> call(MethodCallExpr call) {
    Optional<Element> element = env.oracle().element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    if (owner.getKind() == ElementKind.ENUM && m.getModifiers().contains(Modifier.STATIC)
        && !env.oracle().hasSource(m)) {
      return Optional.empty(); // an enum's values() and valueOf(String)
    }
    if (dev.jmpy.processor.library.Jdk.isJdk(owner)) {
      boolean effect = dev.jmpy.processor.library.Jdk.isObservableEffect(owner,
          m.getSimpleName().toString());
      return effect ? effect(call, "calls " + owner.getSimpleName() + "." + m.getSimpleName())
          : Optional.empty();
    }
    return code(call, m, owner.getSimpleName() + "." + m.getSimpleName() + "()");
  }

  private Optional<Effect> creation(ObjectCreationExpr creation) {
    Optional<Element> element = env.oracle().element(creation);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement c)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) c.getEnclosingElement();
    if (dev.jmpy.processor.library.Jdk.isJdk(owner)) {
      return dev.jmpy.processor.library.Jdk.isObservableEffect(owner, null)
          ? effect(creation, "creates a " + owner.getSimpleName()) : Optional.empty();
    }
    if (creation.getAnonymousClassBody().isPresent()) {
      return Optional.empty(); // its body is walked as part of the code around it
    }
    Optional<Effect> constructor = code(creation, c, "new " + owner.getSimpleName() + "()");
    if (constructor.isPresent()) {
      return constructor;
    }
    Node type = declarations.get(owner);
    return type instanceof TypeDeclaration<?> declaration ? instanceSetUp(declaration)
        : Optional.empty();
  }

  /** The code of a method or constructor of this file, walked; another module's is an effect. */
  private Optional<Effect> code(Node at, ExecutableElement m, String described) {
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    if (Stubs.pyModule(owner).isPresent()) {
      return effect(at, "calls the board API " + described);
    }
    if (env.elements().getOrigin(m) != Elements.Origin.EXPLICIT) {
      return Optional.empty(); // a default constructor, a record's accessors
    }
    Node source = declarations.get(m);
    if (source == null) {
      return effect(at, "calls " + described + ", which is in another module");
    }
    return walk(source);
  }

  /** The field initialisers and instance blocks a creation runs besides the constructor. */
  private Optional<Effect> instanceSetUp(TypeDeclaration<?> declaration) {
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      if ((member instanceof FieldDeclaration f && !f.isStatic())
          || (member instanceof InitializerDeclaration i && !i.isStatic())) {
        Optional<Effect> found = walk(member);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** An enum's constructors and instance set-up, which creating its constants runs. */
  private Optional<Effect> construction(TypeDeclaration<?> declaration, EnumDeclaration e) {
    for (ConstructorDeclaration c : e.getConstructors()) {
      Optional<Effect> found = walk(c);
      if (found.isPresent()) {
        return found;
      }
    }
    return instanceSetUp(declaration);
  }

  /** A static field that is not final and not this nested class's own: state that may change. */
  private Optional<Effect> field(Node at, String written) {
    Optional<Element> element = env.oracle().element(at);
    if (element.isEmpty() || element.get().getKind() != ElementKind.FIELD) {
      return Optional.empty();
    }
    Element field = element.get();
    if (!field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.FINAL)
        || within(field, nested)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    if (dev.jmpy.processor.library.Jdk.isJdk(owner)) {
      return Optional.empty();
    }
    return effect(at, "uses the static field " + owner.getSimpleName() + "." + field.getSimpleName()
        + ", which may change before then");
  }

  private static boolean within(Element e, TypeElement type) {
    for (Element t = e.getEnclosingElement(); t != null; t = t.getEnclosingElement()) {
      if (t.equals(type)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Effect> effect(Node at, String what) {
    return Optional.of(new Effect(at, what));
  }
}
