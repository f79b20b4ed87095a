package dev.jmpy.processor.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Maps JavaParser nodes to javac's attributed trees of the same source text.
 *
 * <p>Both parsers see the same characters, so a node's start offset identifies a small set of javac
 * trees. Among trees of the same kind that start at the same offset (as {@code a.b().c()} and
 * {@code a.b()} do), both ASTs nest in the same order, so the node's depth among same-kind
 * ancestors at that offset picks the tree. Start positions are always recorded by javac; end
 * positions are not (only with a diagnostic listener), so they are not used.
 */
public final class JavacIndex {
  private final CompilationUnitTree unit;
  private final Map<Long, List<TreePath>> byStart = new HashMap<>();
  /** Variable declarations by name, then by start offset (the last of a start wins, as in scan order). */
  private final Map<String, NavigableMap<Long, TreePath>> variables = new HashMap<>();
  /**
   * What {@link #find} answered for each node: every check and the translation ask again for the
   * same nodes (issue 11). By identity: JavaParser's equals/hashCode compare whole subtrees.
   */
  private final Map<Node, Optional<TreePath>> found = new IdentityHashMap<>();

  private JavacIndex(CompilationUnitTree unit) {
    this.unit = unit;
  }

  /** Indexes every tree of {@code unit}. */
  public static JavacIndex of(CompilationUnitTree unit, Trees trees) {
    JavacIndex index = new JavacIndex(unit);
    SourcePositions positions = trees.getSourcePositions();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        // A call's method name (foo in foo(), a.foo in a.foo()) has no JavaParser node of its own.
        boolean methodName = getCurrentPath() != null
            && getCurrentPath().getLeaf() instanceof MethodInvocationTree call
            && call.getMethodSelect() == tree;
        if (tree != null && !methodName) {
          long start = positions.getStartPosition(unit, tree);
          if (start >= 0) {
            TreePath parent = getCurrentPath();
            TreePath path = parent == null ? new TreePath(unit) : new TreePath(parent, tree);
            index.byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(path);
            if (tree instanceof com.sun.source.tree.VariableTree variable) {
              index.variables.computeIfAbsent(variable.getName().toString(), k -> new TreeMap<>())
                  .put(start, path);
            }
          }
        }
        return super.scan(tree, unused);
      }
    }.scan(unit, null);
    return index;
  }

  /** The javac tree of the same kind as {@code node}, with its path. */
  public Optional<TreePath> find(Node node) {
    Optional<TreePath> known = found.get(node);
    if (known == null) {
      known = lookUp(node);
      found.put(node, known);
    }
    return known;
  }

  private Optional<TreePath> lookUp(Node node) {
    if (node instanceof VariableDeclarator declarator) {
      return findVariable(declarator.getNameAsString(), declarator.getName());
    }
    if (node instanceof Parameter parameter) {
      return findVariable(parameter.getNameAsString(), parameter.getName());
    }
    if (node instanceof com.github.javaparser.ast.body.EnumConstantDeclaration constant) {
      return findVariable(constant.getNameAsString(), constant.getName());
    }
    Predicate<Tree> kind = kindOf(node);
    if (kind == null) {
      return Optional.empty();
    }
    Optional<Long> offset = offset(node);
    if (offset.isEmpty()) {
      return Optional.empty();
    }
    List<TreePath> candidates = candidates(offset.get(), kind);
    int depth = 0;
    for (Node p = node.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
      if (kindOf(p) != null && sameGroup(node, p) && offset(p).equals(offset)) {
        depth++;
      }
    }
    return depth < candidates.size() ? Optional.of(candidates.get(depth)) : Optional.empty();
  }

  /** The tree a diagnostic about {@code node} is printed at: for a call, its method name. */
  public Optional<Tree> diagnosticTree(Node node) {
    Optional<TreePath> path = find(node);
    if (path.isPresent()) {
      Tree tree = path.get().getLeaf();
      if (tree instanceof MethodInvocationTree call) {
        return Optional.of(call.getMethodSelect());
      }
      return Optional.of(tree);
    }
    // Any tree starting where the node starts puts the caret on the right spot.
    Optional<Tree> sameStart = offset(node).flatMap(o -> Optional.ofNullable(byStart.get(o)))
        .filter(l -> !l.isEmpty())
        .map(l -> l.get(l.size() - 1).getLeaf());
    if (sameStart.isPresent()) {
      return sameStart;
    }
    // javac folds constant expressions ("ok" + "\uD800") into one literal while parsing: a part
    // has no tree of its own, the enclosing expression has.
    return node.getParentNode().filter(p -> p instanceof Expression).flatMap(this::diagnosticTree);
  }

  /**
   * A variable declaration by its name: the javac VARIABLE tree of that name that starts last
   * before the name. (JavaParser starts a declaration with a qualified type, java.util.List, at
   * the type's last part, so start offsets do not match for variables.)
   */
  private Optional<TreePath> findVariable(String name, Node nameNode) {
    Optional<Long> at = offset(nameNode);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    NavigableMap<Long, TreePath> named = variables.get(name);
    Map.Entry<Long, TreePath> last = named == null ? null : named.floorEntry(at.get());
    return last == null ? Optional.empty() : Optional.of(last.getValue());
  }

  private List<TreePath> candidates(long offset, Predicate<Tree> kind) {
    List<TreePath> result = new ArrayList<>();
    for (TreePath path : byStart.getOrDefault(offset, List.of())) {
      if (kind.test(path.getLeaf())) {
        result.add(path);
      }
    }
    return result;
  }

  private Optional<Long> offset(Node node) {
    Optional<Position> begin = node.getBegin();
    if (begin.isEmpty()) {
      return Optional.empty();
    }
    long offset = unit.getLineMap().getPosition(begin.get().line, begin.get().column);
    return offset < 0 ? Optional.empty() : Optional.of(offset);
  }

  private static boolean sameGroup(Node a, Node b) {
    return group(a) == group(b);
  }

  private static Class<?> group(Node node) {
    if (node instanceof LiteralExpr) return LiteralExpr.class;
    if (node instanceof AssignExpr) return AssignExpr.class;
    return node.getClass();
  }

  /** Which javac trees correspond to a JavaParser node class; null for nodes never looked up. */
  private static Predicate<Tree> kindOf(Node node) {
    return switch (node) {
      case MethodCallExpr n -> t -> t.getKind() == Tree.Kind.METHOD_INVOCATION;
      case NameExpr n -> t -> t.getKind() == Tree.Kind.IDENTIFIER;
      case ThisExpr n -> t -> t.getKind() == Tree.Kind.IDENTIFIER;
      case SuperExpr n -> t -> t.getKind() == Tree.Kind.IDENTIFIER;
      case FieldAccessExpr n -> t -> t.getKind() == Tree.Kind.MEMBER_SELECT;
      case ObjectCreationExpr n -> t -> t.getKind() == Tree.Kind.NEW_CLASS;
      case LambdaExpr n -> t -> t.getKind() == Tree.Kind.LAMBDA_EXPRESSION;
      case MethodReferenceExpr n -> t -> t.getKind() == Tree.Kind.MEMBER_REFERENCE;
      // javac folds "a" + "b" into one LiteralTree while parsing.
      case BinaryExpr n -> t -> t instanceof BinaryTree || t instanceof LiteralTree;
      // javac folds a minus sign into a numeric literal: -7 is one LiteralTree.
      case UnaryExpr n -> t -> t instanceof UnaryTree || t instanceof LiteralTree;
      case AssignExpr n -> t -> t.getKind() == Tree.Kind.ASSIGNMENT || t instanceof CompoundAssignmentTree;
      case LiteralExpr n -> t -> t instanceof LiteralTree;
      case CastExpr n -> t -> t.getKind() == Tree.Kind.TYPE_CAST;
      case ConditionalExpr n -> t -> t.getKind() == Tree.Kind.CONDITIONAL_EXPRESSION;
      case EnclosedExpr n -> t -> t.getKind() == Tree.Kind.PARENTHESIZED;
      case ArrayAccessExpr n -> t -> t.getKind() == Tree.Kind.ARRAY_ACCESS;
      case ArrayCreationExpr n -> t -> t.getKind() == Tree.Kind.NEW_ARRAY;
      case ArrayInitializerExpr n -> t -> t.getKind() == Tree.Kind.NEW_ARRAY;
      case InstanceOfExpr n -> t -> t.getKind() == Tree.Kind.INSTANCE_OF;
      case SwitchExpr n -> t -> t.getKind() == Tree.Kind.SWITCH_EXPRESSION;
      case Expression n -> t -> t instanceof ExpressionTree;
      case Parameter n -> t -> t.getKind() == Tree.Kind.VARIABLE;
      case CallableDeclaration<?> n -> t -> t.getKind() == Tree.Kind.METHOD;
      case TypeDeclaration<?> n -> t -> t.getKind() == Tree.Kind.CLASS
          || t.getKind() == Tree.Kind.INTERFACE || t.getKind() == Tree.Kind.ENUM
          || t.getKind() == Tree.Kind.RECORD || t.getKind() == Tree.Kind.ANNOTATION_TYPE;
      default -> null;
    };
  }
}
