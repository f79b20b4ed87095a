package dev.jmpy.processor.types;

import com.github.javaparser.ast.Node;
import com.sun.source.util.Trees;
import dev.jmpy.processor.source.JavacIndex;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The static type and the symbol of any JavaParser node, asked of javac. The translator runs after
 * javac has attributed the class, so every expression has its type, including types from other
 * files of the project and from jars on the classpath.
 */
public final class TypeOracle {
  private final Trees trees;
  private final JavacIndex index;

  public TypeOracle(Trees trees, JavacIndex index) {
    this.trees = trees;
    this.index = index;
  }

  /** The static type of {@code node}, or empty if javac recorded none. */
  public Optional<TypeMirror> type(Node node) {
    return index.find(node).map(trees::getTypeMirror).filter(t -> t.getKind() != TypeKind.NONE);
  }

  /**
   * The signature a call binds to as javac instantiated it for this call: the receiver's type
   * arguments and the inferred ones substituted ({@code add(Character)} for a
   * {@code List<Character>}), or empty for another node.
   */
  public Optional<javax.lang.model.type.ExecutableType> invokedType(Node call) {
    return index.find(call)
        .filter(path -> path.getLeaf() instanceof com.sun.source.tree.MethodInvocationTree)
        .map(path -> trees.getTypeMirror(new com.sun.source.util.TreePath(path,
            ((com.sun.source.tree.MethodInvocationTree) path.getLeaf()).getMethodSelect())))
        .filter(t -> t instanceof javax.lang.model.type.ExecutableType)
        .map(t -> (javax.lang.model.type.ExecutableType) t);
  }

  /** What a method reference's qualifier ({@code x} in {@code x::m}) denotes: a type or a value. */
  public Optional<Element> referenceQualifier(com.github.javaparser.ast.expr.MethodReferenceExpr node) {
    return index.find(node).map(path -> {
      com.sun.source.tree.MemberReferenceTree tree =
          (com.sun.source.tree.MemberReferenceTree) path.getLeaf();
      return trees.getElement(new com.sun.source.util.TreePath(path, tree.getQualifierExpression()));
    });
  }

  /**
   * Whether {@code element} is written in this compilation's sources (javac's implicit members,
   * such as a record's hashCode, and members from jars have no source tree).
   */
  public boolean hasSource(Element element) {
    return trees.getPath(element) != null;
  }

  /** The type an {@code instanceof} tests for, with or without a pattern. */
  public Optional<TypeMirror> testedType(com.github.javaparser.ast.expr.InstanceOfExpr node) {
    return index.find(node).map(path -> {
      com.sun.source.tree.InstanceOfTree tree = (com.sun.source.tree.InstanceOfTree) path.getLeaf();
      com.sun.source.tree.Tree type = tree.getType() != null ? tree.getType() : tree.getPattern();
      return trees.getTypeMirror(new com.sun.source.util.TreePath(path, type));
    });
  }

  /** The class an anonymous class body declares, in {@code new T(...) { body }}. */
  public Optional<javax.lang.model.element.TypeElement> anonymousClass(
      com.github.javaparser.ast.expr.ObjectCreationExpr node) {
    return index.find(node).flatMap(path -> {
      com.sun.source.tree.NewClassTree tree = (com.sun.source.tree.NewClassTree) path.getLeaf();
      if (tree.getClassBody() == null) {
        return Optional.empty();
      }
      Element e = trees.getElement(new com.sun.source.util.TreePath(path, tree.getClassBody()));
      return e instanceof javax.lang.model.element.TypeElement type ? Optional.of(type)
          : Optional.empty();
    });
  }

  /** The constructor an enum constant calls, in {@code RED(255, 0, 0)}. */
  public Optional<javax.lang.model.element.ExecutableElement> enumConstantConstructor(
      com.github.javaparser.ast.body.EnumConstantDeclaration node) {
    return index.find(node).flatMap(path -> {
      if (!(path.getLeaf() instanceof com.sun.source.tree.VariableTree variable)
          || !(variable.getInitializer() instanceof com.sun.source.tree.NewClassTree creation)) {
        return Optional.empty();
      }
      Element e = trees.getElement(new com.sun.source.util.TreePath(path, creation));
      return e instanceof javax.lang.model.element.ExecutableElement ctor ? Optional.of(ctor)
          : Optional.empty();
    });
  }

  /** The class an enum constant's body declares, in {@code PLUS { body }}. */
  public Optional<javax.lang.model.element.TypeElement> enumConstantClass(
      com.github.javaparser.ast.body.EnumConstantDeclaration node) {
    return index.find(node).flatMap(path -> {
      if (!(path.getLeaf() instanceof com.sun.source.tree.VariableTree variable)
          || !(variable.getInitializer() instanceof com.sun.source.tree.NewClassTree creation)
          || creation.getClassBody() == null) {
        return Optional.empty();
      }
      com.sun.source.util.TreePath init = new com.sun.source.util.TreePath(path, creation);
      Element e = trees.getElement(new com.sun.source.util.TreePath(init, creation.getClassBody()));
      return e instanceof javax.lang.model.element.TypeElement type ? Optional.of(type)
          : Optional.empty();
    });
  }

  /**
   * The symbol {@code node} refers to: the method a call binds to, the variable a name denotes,
   * the constructor of a {@code new}, the element a declaration declares.
   */
  public Optional<Element> element(Node node) {
    return index.find(node).map(trees::getElement);
  }
}
