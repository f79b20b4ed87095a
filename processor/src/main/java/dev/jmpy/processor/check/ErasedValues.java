package dev.jmpy.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * JMPY180 and JMPY182: a value jmpy tells apart only by its static type, seen as Object or as a
 * type variable. On the board a char is its int code unit and a StringBuilder the list of its
 * pieces; jmpy treats them as a char (text by {@code chr(c)}, compareTo as Java's difference) and
 * a builder (text by joining) only from the static type. Seen through Object, Comparable or a type
 * variable, a char would be an Integer there ({@code 97} where Java prints {@code a}) and a
 * builder a list. So these values always stay typed. Reported:
 * <ul>
 *   <li>where a char, Character or StringBuilder, or a type holding them
 *       ({@code List<Character>}, {@code Character[]}), is passed, assigned, returned, iterated,
 *       cast or method-referenced to a type that holds Object, a supertype, a type variable or an
 *       unbounded wildcard in its place;
 *   <li>where a generic class, interface or method of yours is given one of them as a type
 *       argument (its code sees the value as a T): a variable, creation, supertype or lambda of
 *       that type.
 * </ul>
 * The JDK's generic code is jmpy's translation, which keeps the static type
 * ({@code List<Character>} prints its chars), so a JDK method's parameters are checked as the call
 * instantiates them; parameters the JDK declares Object ({@code equals}, {@code contains}) only
 * compare. With this, a value seen as Object or T is never a char: its text and compareTo are
 * decided at run time (translate/StringConversion), and {@code instanceof Character} never holds
 * (ExpressionTranslator#boxTest). Integers, longs, shorts and bytes may be seen so (a JSON-like
 * {@code Map<String, Object>}) and print alike; where one is, by the same rules, is recorded in
 * {@link IntegerBoxes} for {@link IntegerBoxTests}: {@code instanceof Integer} is exact in a
 * program that lets no Long, Short or Byte be seen as Object (JMPY181).
 */
final class ErasedValues implements Check {
  @Override
  public void run(CheckContext context) {
    new Walk(context).run();
  }

  private static final class Walk {
    private final CheckContext c;
    // identity: JavaParser's equals/hashCode compare whole subtrees
    private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    Walk(CheckContext c) {
      this.c = c;
    }

    void run() {
      c.unit().declaration().walk(Node.TreeTraversal.PREORDER, this::visit);
    }

    private void visit(Node node) {
      switch (node) {
        case MethodCallExpr call -> call(call);
        case ObjectCreationExpr creation -> {
          creation(creation);
          typeOfYours(creation, c.oracle().type(creation).orElse(null));
        }
        case ExplicitConstructorInvocationStmt chain -> c.executable(chain).ifPresent(ctor ->
            arguments(chain.getArguments(), ctor, declaredParameters(ctor)));
        case VariableDeclarator variable -> variable(variable);
        case Parameter parameter -> c.element(parameter)
            .ifPresent(p -> typeOfYours(parameter, p.asType()));
        case AssignExpr assign when assign.getOperator() == AssignExpr.Operator.ASSIGN ->
            flow(assign.getValue(), assignedType(assign.getTarget()));
        case ReturnStmt ret -> ret.getExpression().ifPresent(e -> returnType(ret)
            .ifPresent(t -> flow(e, t)));
        case LambdaExpr lambda -> lambda(lambda);
        case MethodReferenceExpr reference -> {
          typeOfYours(reference, c.oracle().type(reference).orElse(null));
          reference(reference);
        }
        case ArrayInitializerExpr init -> arrayType(init)
            .ifPresent(t -> init.getValues().forEach(v -> flow(v, t.getComponentType())));
        case ForEachStmt loop -> forEach(loop);
        case CastExpr cast -> c.oracle().type(cast).ifPresent(t -> flow(cast.getExpression(), t));
        case MethodDeclaration method -> c.executable(method).ifPresent(m -> {
          typeOfYours(method.getType(), m.getReturnType());
          covariantReturn(method, m);
        });
        case com.github.javaparser.ast.body.EnumConstantDeclaration constant ->
            c.oracle().enumConstantConstructor(constant).ifPresent(ctor ->
                arguments(constant.getArguments(), ctor, declaredParameters(ctor)));
        case TypeDeclaration<?> type -> supertypes(type);
        default -> { }
      }
    }

    private void call(MethodCallExpr call) {
      Optional<ExecutableElement> method = c.executable(call);
      if (method.isEmpty()) {
        return;
      }
      if (isYours(method.get())) {
        arguments(call.getArguments(), method.get(), declaredParameters(method.get()));
        return;
      }
      c.oracle().invokedType(call).ifPresent(invoked ->
          arguments(call.getArguments(), method.get(), jdkParameters(method.get(), invoked)));
      storingJdkCall(call, method.get());
      if (call.getNameAsString().equals("toArray") && call.getScope().isPresent()) {
        // Collection.toArray() and Stream.toArray() make an Object[] of the elements
        TypeMirror receiver = c.oracle().type(call.getScope().get()).orElse(null);
        TypeMirror result = c.oracle().type(call).orElse(null);
        if (receiver instanceof DeclaredType && result instanceof ArrayType array) {
          for (Kept kind : keptIn(receiver)) {
            if (!holds(array.getComponentType(), kind)) {
              report(call, kind, "the elements of " + describe(receiver), array.getComponentType(),
                  "give toArray the array type: toArray(Character[]::new)");
            }
          }
        }
      }
    }

    /**
     * {@code Long get()} overriding {@code Object get()} (or a {@code T get()} of a supertype
     * given another type): a caller through the supertype sees the result as Object.
     */
    private void covariantReturn(MethodDeclaration declaration, ExecutableElement method) {
      if (!(method.getEnclosingElement() instanceof TypeElement owner)
          || keptIn(method.getReturnType()).isEmpty()) {
        return;
      }
      for (ExecutableElement base : Overrides.of(c.elements(), method, owner)) {
        TypeMirror baseReturn = base.getReturnType();
        try {
          if (c.types().asMemberOf((DeclaredType) owner.asType(), base)
              instanceof ExecutableType inOwner) {
            baseReturn = inOwner.getReturnType();
          }
        } catch (IllegalArgumentException notAMember) {
          // keep the declared return type
        }
        TypeElement type = (TypeElement) base.getEnclosingElement();
        for (Kept kind : erased(method.getReturnType(), baseReturn)) {
          report(declaration.getType(), kind, "the " + box(kind) + " " + method.getSimpleName()
              + "() returns, through " + type.getSimpleName() + "." + base.getSimpleName()
              + "(),", baseReturn, "return the type the overridden method declares");
        }
      }
    }

    /**
     * JDK methods whose Object parameters store: {@code Arrays.fill(objects, v)} stores v in an
     * Object[], {@code System.arraycopy(longs, 0, objects, 0, n)} the elements of one array in
     * another.
     */
    private void storingJdkCall(MethodCallExpr call, ExecutableElement method) {
      String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
      String name = method.getSimpleName().toString();
      List<Expression> args = call.getArguments();
      if (owner.equals("java.util.Arrays") && name.equals("fill") && args.size() >= 2
          && argType(args.get(0)) instanceof ArrayType array
          && !array.getComponentType().getKind().isPrimitive()) {
        flow(args.get(args.size() - 1), array.getComponentType());
      } else if (owner.equals("java.lang.System") && name.equals("arraycopy") && args.size() == 5
          && argType(args.get(0)) instanceof ArrayType from
          && argType(args.get(2)) instanceof ArrayType to) {
        for (Kept kind : erased(from, to)) {
          report(args.get(0), kind, "the elements of this " + describe(from), to,
              "copy into an array of the same type");
        }
      }
    }

    private void creation(ObjectCreationExpr creation) {
      Optional<ExecutableElement> ctor = c.executable(creation);
      if (ctor.isEmpty()) {
        return;
      }
      if (isYours(ctor.get())) {
        arguments(creation.getArguments(), ctor.get(), declaredParameters(ctor.get()));
        return;
      }
      TypeMirror type = c.oracle().type(creation).orElse(null);
      if (type instanceof DeclaredType declared && creation.getAnonymousClassBody().isEmpty()) {
        try {
          if (c.types().asMemberOf(declared, ctor.get()) instanceof ExecutableType invoked) {
            arguments(creation.getArguments(), ctor.get(), jdkParameters(ctor.get(), invoked));
          }
        } catch (IllegalArgumentException notAMember) {
          // a constructor javac does not see as a member of the created type: nothing to check
        }
      }
    }

    /** The array type an initializer makes: its own, its creation's, its variable's. */
    private Optional<ArrayType> arrayType(ArrayInitializerExpr init) {
      Optional<TypeMirror> type = c.oracle().type(init);
      if (type.isEmpty() || type.get().getKind() != TypeKind.ARRAY) {
        Node parent = init.getParentNode().orElse(null);
        if (parent instanceof com.github.javaparser.ast.expr.ArrayCreationExpr creation) {
          type = c.oracle().type(creation);
        } else if (parent instanceof VariableDeclarator variable) {
          type = c.element(variable).map(Element::asType);
        } else if (parent instanceof ArrayInitializerExpr outer) {
          type = arrayType(outer).map(ArrayType::getComponentType);
        }
      }
      return type.filter(t -> t instanceof ArrayType).map(t -> (ArrayType) t);
    }

    /**
     * {@code f = Owner::m}: the function's parameters flow into m's (a {@code Consumer<Character>}
     * of {@code log(Object)} prints through Object), and m's result into the function's.
     */
    private void reference(MethodReferenceExpr reference) {
      Optional<ExecutableElement> method = c.executable(reference);
      Optional<ExecutableType> descriptor = descriptor(reference);
      if (method.isEmpty() || descriptor.isEmpty()) {
        return;
      }
      ExecutableElement m = method.get();
      List<TypeMirror> params = declaredParameters(m);
      TypeMirror result = m.getKind() == ElementKind.CONSTRUCTOR ? null : m.getReturnType();
      Optional<Element> qualifier = c.oracle().referenceQualifier(reference);
      boolean unbound = !m.getModifiers().contains(Modifier.STATIC)
          && m.getKind() == ElementKind.METHOD
          && qualifier.isPresent() && qualifier.get() instanceof TypeElement;
      if (!isYours(m)) {
        // The JDK's class type arguments as the qualifier gives them (List<Character>::add).
        TypeMirror owner = reference.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr
            ? null : c.oracle().type(reference.getScope()).orElse(null);
        if (owner instanceof DeclaredType declared) {
          try {
            if (!(c.types().asMemberOf(declared, m) instanceof ExecutableType seen)) {
              return;
            }
            params = new ArrayList<>(seen.getParameterTypes());
            result = m.getKind() == ElementKind.CONSTRUCTOR ? null : seen.getReturnType();
          } catch (IllegalArgumentException notAMember) {
            return;
          }
        }
      }
      List<? extends TypeMirror> given = descriptor.get().getParameterTypes();
      int offset = unbound ? 1 : 0;
      for (int i = 0; i + offset < given.size() && i < params.size(); i++) {
        TypeMirror target = params.get(i);
        if (m.isVarArgs() && i == params.size() - 1 && target instanceof ArrayType array
            && !(given.get(i + offset) instanceof ArrayType)) {
          target = array.getComponentType();
        }
        if (!isYours(m) && mentionsTypeVariable(target)) {
          continue; // a generic JDK method's own type variable: inferred from the function
        }
        for (Kept kind : erased(given.get(i + offset), target)) {
          report(reference, kind, "the " + box(kind) + " this reference is given", target,
              "write a lambda, whose parameter keeps its type (c -> log(String.valueOf(c)))");
        }
      }
      TypeMirror wanted = descriptor.get().getReturnType();
      if (result != null && wanted.getKind() != TypeKind.VOID) {
        for (Kept kind : erased(result, wanted)) {
          report(reference, kind, "the " + box(kind) + " " + m.getSimpleName() + "() returns",
              wanted, "write a lambda that converts it (() -> String.valueOf(next()))");
        }
      }
    }

    /** The function type a lambda or method reference implements, as its target types it. */
    private Optional<ExecutableType> descriptor(Node function) {
      TypeMirror type = c.oracle().type(function).orElse(null);
      if (!(type instanceof DeclaredType declared)
          || !(declared.asElement() instanceof TypeElement iface)) {
        return Optional.empty();
      }
      Optional<ExecutableElement> single =
          dev.jmpy.processor.analysis.JavaTypes.functionalMethod(iface);
      if (single.isEmpty()) {
        return Optional.empty();
      }
      try {
        return c.types().asMemberOf(declared, single.get()) instanceof ExecutableType described
            ? Optional.of(described) : Optional.empty();
      } catch (IllegalArgumentException notAMember) {
        return Optional.empty();
      }
    }

    /** The parameters of a method of yours as declared: its code sees them so. */
    private List<TypeMirror> declaredParameters(ExecutableElement method) {
      List<TypeMirror> types = new ArrayList<>();
      method.getParameters().forEach(p -> types.add(p.asType()));
      return types;
    }

    /**
     * A JDK method's parameters as the call instantiates them, where the JDK declares them with a
     * type variable ({@code add(E)}); null where it declares them otherwise ({@code
     * equals(Object)}, {@code contains(Object)}: they compare, and jmpy's text rows keep the
     * argument's static type).
     */
    private List<TypeMirror> jdkParameters(ExecutableElement method, ExecutableType invoked) {
      List<TypeMirror> types = new ArrayList<>();
      List<? extends TypeMirror> instantiated = invoked.getParameterTypes();
      for (int i = 0; i < method.getParameters().size(); i++) {
        boolean generic = mentionsTypeVariable(method.getParameters().get(i).asType());
        types.add(generic && i < instantiated.size() ? instantiated.get(i) : null);
      }
      return types;
    }

    private void arguments(List<Expression> args, ExecutableElement method,
        List<TypeMirror> parameters) {
      int n = parameters.size();
      for (int i = 0; i < args.size(); i++) {
        TypeMirror target;
        if (method.isVarArgs() && i >= n - 1) {
          TypeMirror last = parameters.get(n - 1);
          boolean spread = args.size() != n || !(argType(args.get(i)) instanceof ArrayType);
          target = last == null ? null
              : spread && last instanceof ArrayType array ? array.getComponentType() : last;
        } else {
          target = i < n ? parameters.get(i) : null;
        }
        if (target != null) {
          flow(args.get(i), target);
        }
      }
    }

    private TypeMirror argType(Expression e) {
      return c.oracle().type(e).orElse(null);
    }

    private void variable(VariableDeclarator variable) {
      Optional<Element> element = c.element(variable);
      if (element.isEmpty()) {
        return;
      }
      TypeMirror declared = element.get().asType();
      variable.getInitializer().ifPresent(init -> flow(init, declared));
      if (!variable.getType().isVarType()) {
        typeOfYours(variable.getType(), declared);
      }
    }

    /**
     * The type a value assigned to {@code target} takes: a field of yours as declared (a
     * {@code T value} stays a T, whoever assigns it), anything else as javac types it.
     */
    private TypeMirror assignedType(Expression target) {
      Optional<Element> element = c.element(target);
      if (element.isPresent() && element.get().getKind() == ElementKind.FIELD
          && element.get().getEnclosingElement() instanceof TypeElement owner
          && translated(owner)) {
        return element.get().asType();
      }
      return c.oracle().type(target).orElse(null);
    }

    /** The return type of the method or lambda {@code ret} returns from. */
    private Optional<TypeMirror> returnType(ReturnStmt ret) {
      for (Node p = ret.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
        if (p instanceof LambdaExpr lambda) {
          return descriptorReturn(lambda);
        }
        if (p instanceof CallableDeclaration<?> callable) {
          return c.executable(callable).map(ExecutableElement::getReturnType);
        }
      }
      return Optional.empty();
    }

    private void lambda(LambdaExpr lambda) {
      typeOfYours(lambda, c.oracle().type(lambda).orElse(null));
      if (lambda.getBody() instanceof ExpressionStmt body) {
        descriptorReturn(lambda).filter(t -> t.getKind() != TypeKind.VOID)
            .ifPresent(t -> flow(body.getExpression(), t));
      }
    }

    /** The return type of the one abstract method of a lambda's interface, as it is typed. */
    private Optional<TypeMirror> descriptorReturn(LambdaExpr lambda) {
      return descriptor(lambda).map(ExecutableType::getReturnType);
    }

    private void forEach(ForEachStmt loop) {
      VariableDeclarator variable = loop.getVariable().getVariables().get(0);
      if (variable.getType().isVarType()) {
        return;
      }
      TypeMirror iterable = c.oracle().type(loop.getIterable()).orElse(null);
      TypeMirror element = null;
      if (iterable instanceof ArrayType array) {
        element = array.getComponentType();
      } else if (iterable instanceof DeclaredType declared) {
        DeclaredType it = asSuper(declared, "java.lang.Iterable");
        if (it != null && it.getTypeArguments().size() == 1) {
          element = it.getTypeArguments().get(0);
        }
      }
      TypeMirror target = c.element(variable).map(Element::asType).orElse(null);
      if (element != null && target != null) {
        for (Kept kind : erased(element, target)) {
          report(loop.getVariable(), kind, "an element of " + describe(iterable), target,
              "declare the loop variable " + box(kind) + " (or var)");
        }
      }
    }

    private void supertypes(TypeDeclaration<?> declaration) {
      c.element(declaration).filter(e -> e instanceof TypeElement).ifPresent(e -> {
        TypeElement type = (TypeElement) e;
        List<TypeMirror> supers = new ArrayList<>(type.getInterfaces());
        supers.add(type.getSuperclass());
        for (TypeMirror s : supers) {
          typeOfYours(declaration.getName(), s);
        }
      });
    }

    /** {@code value} (each branch of a conditional) converted to {@code target}. */
    private void flow(Expression value, TypeMirror target) {
      if (target == null) {
        return;
      }
      for (Expression part : branches(value)) {
        TypeMirror source = c.oracle().type(part).orElse(null);
        for (Kept kind : erased(source, target)) {
          report(part, kind, describe(part, source), target,
              "keep it typed Character (a Character variable, a List<Character>), or pass "
                  + "String.valueOf(c) or the int (int) c");
        }
      }
    }

    private static List<Expression> branches(Expression e) {
      if (e instanceof EnclosedExpr enclosed) {
        return branches(enclosed.getInner());
      }
      if (e instanceof ConditionalExpr conditional) {
        List<Expression> both = new ArrayList<>(branches(conditional.getThenExpr()));
        both.addAll(branches(conditional.getElseExpr()));
        return both;
      }
      if (e instanceof com.github.javaparser.ast.expr.SwitchExpr choice) {
        List<Expression> all = new ArrayList<>();
        for (com.github.javaparser.ast.stmt.SwitchEntry entry : choice.getEntries()) {
          if (entry.getType() == com.github.javaparser.ast.stmt.SwitchEntry.Type.EXPRESSION
              && entry.getStatements().getFirst().orElse(null) instanceof ExpressionStmt value) {
            all.addAll(branches(value.getExpression()));
          }
        }
        for (com.github.javaparser.ast.stmt.YieldStmt yield
            : choice.findAll(com.github.javaparser.ast.stmt.YieldStmt.class)) {
          if (yield.findAncestor(com.github.javaparser.ast.expr.SwitchExpr.class).orElse(null)
              == choice) {
            all.addAll(branches(yield.getExpression()));
          }
        }
        return all;
      }
      return List.of(e);
    }

    /**
     * A type of yours that is generic and given Character ({@code Box<Character>}, also inside
     * {@code List<Box<Character>>}): its code sees the char as a T.
     */
    private void typeOfYours(Node at, TypeMirror type) {
      TypeMirror culprit = yoursWithChar(type);
      if (culprit != null) {
        DeclaredType declared = (DeclaredType) culprit;
        TypeElement element = (TypeElement) declared.asElement();
        Set<Kept> kinds = EnumSet.noneOf(Kept.class);
        declared.getTypeArguments().forEach(a -> kinds.addAll(keptIn(a)));
        for (Kept kind : kinds) {
          report(at, kind, box(kind) + " as a type argument of " + element.getSimpleName(),
              element.getTypeParameters().isEmpty() ? culprit
                  : element.getTypeParameters().get(0).asType(),
              "give " + element.getSimpleName() + " a String or an Integer, or a class of yours "
                  + "holding the value");
        }
      }
    }

    private TypeMirror yoursWithChar(TypeMirror type) {
      if (type instanceof ArrayType array) {
        return yoursWithChar(array.getComponentType());
      }
      if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()) {
        return null;
      }
      if (declared.asElement() instanceof TypeElement element && translated(element)) {
        for (TypeMirror arg : declared.getTypeArguments()) {
          if (!keptIn(arg).isEmpty()) {
            return declared;
          }
        }
      }
      for (TypeMirror arg : declared.getTypeArguments()) {
        TypeMirror inner = yoursWithChar(arg instanceof WildcardType w ? bound(w) : arg);
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }

    /** The kinds a value of type {@code source} converted to {@code target} loses. */
    private Set<Kept> erased(TypeMirror source, TypeMirror target) {
      if (source == null || target == null) {
        return Set.of();
      }
      Set<Kept> kinds = keptIn(source);
      Set<Kept> targetKinds = keptIn(target);
      if (kinds.isEmpty() && targetKinds.isEmpty()) {
        return Set.of();
      }
      Set<Kept> lost = EnumSet.noneOf(Kept.class);
      kinds = kinds.isEmpty() ? targetKinds : union(kinds, targetKinds);
      for (Kept kind : kinds) {
        if (erases(source, target, kind)) {
          lost.add(kind);
        }
      }
      return lost;
    }

    private static Set<Kept> union(Set<Kept> a, Set<Kept> b) {
      Set<Kept> all = EnumSet.noneOf(Kept.class);
      all.addAll(a);
      all.addAll(b);
      return all;
    }

    /**
     * Whether a value of type {@code source} converted to {@code target} loses a {@code kind}
     * (a Character, say): one where the target holds Object, Comparable, a type variable or an
     * unbounded wildcard, or a {@code ? super Character} the source does not hold Characters in.
     */
    private boolean erases(TypeMirror source, TypeMirror target, Kept kind) {
      if (source == null || target == null || target.getKind() == TypeKind.ERROR
          || source.getKind() == TypeKind.ERROR
          || !holds(source, kind) && !holds(target, kind)) {
        return false;
      }
      if (kept(source) != null) {
        return kept(source) == kind && !target.getKind().isPrimitive() && kept(target) != kind
            && !(kind == Kept.BUILDER && isCharSequence(target));
      }
      if (source instanceof ArrayType from) {
        return !(target instanceof ArrayType to) || erases(from.getComponentType(),
            to.getComponentType(), kind);
      }
      if (!(source instanceof DeclaredType from)) {
        return false;
      }
      if (!(target instanceof DeclaredType to)) {
        return holds(source, kind); // a List<Character> as T
      }
      DeclaredType seen = asSuper(from, ((TypeElement) to.asElement()).getQualifiedName()
          .toString());
      if (seen == null) {
        return holds(source, kind);
      }
      List<? extends TypeMirror> sourceArgs = seen.getTypeArguments();
      List<? extends TypeMirror> targetArgs = to.getTypeArguments();
      if (targetArgs.isEmpty()) {
        // a raw type, or a supertype with no type arguments: a List<Character> as Object
        return holds(source, kind) && !holds(to, kind);
      }
      for (int i = 0; i < Math.min(sourceArgs.size(), targetArgs.size()); i++) {
        if (!keeps(sourceArgs.get(i), targetArgs.get(i), kind)) {
          return true;
        }
      }
      return false;
    }

    /** Whether type argument {@code target} keeps the {@code kind} type argument {@code source} holds. */
    private boolean keeps(TypeMirror source, TypeMirror target, Kept kind) {
      if (!holds(source, kind) && !holds(target, kind)) {
        return true;
      }
      if (target instanceof WildcardType wildcard) {
        TypeMirror bound = bound(wildcard);
        if (bound == null) {
          return false; // List<?>: an element is an Object
        }
        if (wildcard.getSuperBound() != null) {
          return c.types().isSameType(source, bound); // ? super Character into a List<Object>
        }
        return !erases(source, bound, kind);
      }
      return c.types().isSameType(source, target) || !erases(source, target, kind);
    }

    private static TypeMirror bound(WildcardType w) {
      return w.getExtendsBound() != null ? w.getExtendsBound() : w.getSuperBound();
    }

    /** {@code type} seen as its supertype of class {@code name}, or null. */
    private DeclaredType asSuper(DeclaredType type, String name) {
      if (((TypeElement) type.asElement()).getQualifiedName().contentEquals(name)) {
        return type;
      }
      for (TypeMirror s : c.types().directSupertypes(type)) {
        if (s instanceof DeclaredType declared) {
          DeclaredType found = asSuper(declared, name);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    /**
     * The values jmpy tells apart only by their static type: chars, and longs, shorts and bytes
     * (all plain ints on the board, as an Integer is); CHAR, LONG, SHORT, BYTE, or null.
     */
    private static Kept kept(TypeMirror t) {
      if (t == null) {
        return null;
      }
      switch (t.getKind()) {
        case CHAR: return Kept.CHAR;
        case INT: return Kept.INT;
        case LONG: return Kept.LONG;
        case SHORT: return Kept.SHORT;
        case BYTE: return Kept.BYTE;
        default: break;
      }
      if (t instanceof DeclaredType d) {
        return switch (((TypeElement) d.asElement()).getQualifiedName().toString()) {
          case "java.lang.Character" -> Kept.CHAR;
          case "java.lang.StringBuilder", "java.lang.StringBuffer" -> Kept.BUILDER;
          case "java.lang.Integer" -> Kept.INT;
          case "java.lang.Long" -> Kept.LONG;
          case "java.lang.Short" -> Kept.SHORT;
          case "java.lang.Byte" -> Kept.BYTE;
          default -> null;
        };
      }
      return null;
    }

    /**
     * Values jmpy tells apart only by their static type: a char and a builder are rejected seen
     * as Object (JMPY180, JMPY182); the four integer boxes are one Python int, and where one is
     * seen so is recorded for {@link IntegerBoxTests} (JMPY181).
     */
    enum Kept {
      CHAR(null), BUILDER(null), INT(IntegerBoxes.Kind.INT), LONG(IntegerBoxes.Kind.LONG),
      SHORT(IntegerBoxes.Kind.SHORT), BYTE(IntegerBoxes.Kind.BYTE);

      final IntegerBoxes.Kind integer;

      Kept(IntegerBoxes.Kind integer) {
        this.integer = integer;
      }
    }

    private static boolean isCharSequence(TypeMirror t) {
      return t instanceof DeclaredType d && ((TypeElement) d.asElement()).getQualifiedName()
          .contentEquals("java.lang.CharSequence");
    }


    /**
     * The kept kinds {@code t} holds (itself, its type arguments, its components; for a class of
     * yours with no type arguments, its supertypes': {@code class Counts extends
     * HashMap<String, Long>}).
     */
    private Set<Kept> keptIn(TypeMirror t) {
      if (t == null) {
        return Set.of();
      }
      Kept own = kept(t);
      if (own != null) {
        return EnumSet.of(own);
      }
      return switch (t) {
        case ArrayType array -> keptIn(array.getComponentType());
        case WildcardType wildcard -> keptIn(bound(wildcard));
        case DeclaredType declared when !declared.getTypeArguments().isEmpty() -> {
          Set<Kept> all = EnumSet.noneOf(Kept.class);
          declared.getTypeArguments().forEach(a -> all.addAll(keptIn(a)));
          yield all;
        }
        case DeclaredType declared when declared.asElement() instanceof TypeElement element
            && translated(element) -> inherited(element);
        default -> Set.of();
      };
    }

    private final java.util.Map<TypeElement, Set<Kept>> inherited = new java.util.HashMap<>();

    private Set<Kept> inherited(TypeElement element) {
      Set<Kept> known = inherited.get(element);
      if (known != null) {
        return known;
      }
      inherited.put(element, Set.of()); // a cycle through a type argument ends here
      Set<Kept> all = EnumSet.noneOf(Kept.class);
      List<TypeMirror> supers = new ArrayList<>(element.getInterfaces());
      supers.add(element.getSuperclass());
      for (TypeMirror s : supers) {
        all.addAll(keptIn(s));
      }
      Set<Kept> result = all.isEmpty() ? Set.of() : all;
      inherited.put(element, result);
      return result;
    }

    /** A {@code kind}'s type, or a type with one among its type arguments or components. */
    private boolean holds(TypeMirror t, Kept kind) {
      return keptIn(t).contains(kind);
    }


    private static boolean mentionsTypeVariable(TypeMirror t) {
      return switch (t) {
        case TypeVariable v -> true;
        case ArrayType array -> mentionsTypeVariable(array.getComponentType());
        case WildcardType wildcard -> bound(wildcard) != null
            && mentionsTypeVariable(bound(wildcard));
        case DeclaredType declared -> declared.getTypeArguments().stream()
            .anyMatch(Walk::mentionsTypeVariable);
        default -> false;
      };
    }

    /**
     * Whether jmpy translates {@code type}: never a java.* class, which is answered before
     * Stubs.isTranslated looks through all its members for a @Coroutine (String's, List's: for every
     * value this check looks at, a tenth of the translation's time; issue 11).
     */
    private static boolean translated(TypeElement type) {
      return !type.getQualifiedName().toString().startsWith("java.") && Stubs.isTranslated(type);
    }

    private static boolean isYours(ExecutableElement method) {
      return method.getEnclosingElement() instanceof TypeElement owner
          && translated(owner);
    }

    private String describe(Expression e, TypeMirror type) {
      if (type.getKind().isPrimitive()) {
        return "the " + type.getKind().name().toLowerCase(java.util.Locale.ROOT) + " " + e;
      }
      return "this " + describe(type);
    }

    private static String box(Kept kind) {
      return switch (kind) {
        case CHAR -> "Character";
        case BUILDER -> "StringBuilder";
        default -> kind.integer.box;
      };
    }

    private static String describe(TypeMirror type) {
      return type == null ? "value" : simple(type);
    }

    /** {@code java.util.List<java.lang.Character>} as {@code List<Character>}. */
    private static String simple(TypeMirror type) {
      return type.toString().replaceAll("\\b(?:[a-z_][\\w]*\\.)+([A-Z])", "$1");
    }

    private void report(Node at, Kept kind, String what, TypeMirror target, String instead) {
      if (kind.integer != null) {
        c.boxes().seen(new IntegerBoxes.Fact(kind.integer, false,
            c.unit().element().getQualifiedName().toString(), c.where(at),
            what + " be seen as " + simple(target), at));
        return;
      }
      if (reported.add(at)) {
        if (kind == Kept.CHAR) {
          c.report(at, Message.CHAR_ERASED, what, simple(target), instead);
        } else {
          c.report(at, Message.BUILDER_ERASED, what, simple(target));
        }
      }
    }
  }
}
