package dev.jmpy.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import dev.jmpy.processor.diag.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * JMPY181: {@code instanceof}/{@code case} of Integer, Long, Short or Byte in a program that also
 * lets another of the four be seen as Object, Number, Comparable or a type variable. On the board
 * the four are one Python int; jmpy tests {@code o instanceof Integer} as {@code type(o) is int},
 * which is Java's answer exactly when no Long, Short or Byte can be an Object there. A test whose
 * operand is already of the tested type (a record component typed Integer) needs no such rule.
 * Reported in whichever class comes second (its test, or the first place it lets a box be seen),
 * naming the other's line; {@link IntegerBoxes} keeps the facts of the whole compilation and of
 * earlier ones into the same output folder.
 */
final class IntegerBoxTests implements Check {
  @Override
  public void run(CheckContext c) {
    String owner = c.unit().element().getQualifiedName().toString();
    List<IntegerBoxes.Fact> tests = new ArrayList<>();
    c.unit().declaration().walk(Node.TreeTraversal.PREORDER, node -> test(c, owner, node)
        .ifPresent(tests::add));
    List<IntegerBoxes.Fact> seen = c.boxes().pendingSeen();
    for (IntegerBoxes.Fact test : tests) {
      Optional<IntegerBoxes.Fact> clash = seen.stream().filter(s -> s.kind() != test.kind())
          .findFirst().or(() -> c.boxes().clashElsewhere(owner, test.kind(), true));
      clash.ifPresent(s -> c.report(test.node(), Message.BOX_TEST_AMBIGUOUS, test.what(),
          "this program lets " + s.what() + " (" + s.where() + ")", s.kind().primitive,
          s.kind().box));
    }
    // A box seen here clashes with another class's test: reported once per kind, at its first place.
    Set<IntegerBoxes.Kind> done = EnumSet.noneOf(IntegerBoxes.Kind.class);
    for (IntegerBoxes.Fact s : seen) {
      if (done.contains(s.kind())) {
        continue;
      }
      c.boxes().clashElsewhere(owner, s.kind(), false).ifPresent(test -> {
        done.add(s.kind());
        c.report(s.node(), Message.BOX_TEST_AMBIGUOUS, "this program tests " + test.what()
            + " (" + test.where() + ")", "this class lets " + s.what(), s.kind().primitive,
            s.kind().box);
      });
    }
    c.boxes().settle(owner, tests);
  }

  /** The test {@code node} makes of an integer box, if it is one that can fail. */
  private static Optional<IntegerBoxes.Fact> test(CheckContext c, String owner, Node node) {
    TypeMirror tested;
    TypeMirror operand;
    String what;
    if (node instanceof InstanceOfExpr instanceOf) {
      if (instanceOf.getPattern().isPresent()) {
        return Optional.empty(); // its type pattern is visited on its own
      }
      tested = c.oracle().testedType(instanceOf).orElse(null);
      operand = c.oracle().type(instanceOf.getExpression()).orElse(null);
      what = "instanceof ";
    } else if (node instanceof TypePatternExpr pattern) {
      tested = c.element(pattern).map(Element::asType)
          .or(() -> c.oracle().type(pattern.getType())).orElse(null);
      operand = operand(c, pattern);
      what = pattern.getParentNode().orElse(null) instanceof InstanceOfExpr
          ? "instanceof " : "case ";
    } else {
      return Optional.empty();
    }
    IntegerBoxes.Kind kind = kind(tested);
    if (kind == null || operand != null && c.types().isAssignable(c.types().erasure(operand),
        c.types().erasure(tested))) {
      return Optional.empty();
    }
    return Optional.of(new IntegerBoxes.Fact(kind, true, owner, c.where(node),
        what + kind.box, node));
  }

  /** The value a type pattern tests: instanceof's operand, a switch's selector, a component. */
  private static TypeMirror operand(CheckContext c, TypePatternExpr pattern) {
    Node parent = pattern.getParentNode().orElse(null);
    if (parent instanceof InstanceOfExpr instanceOf) {
      return c.oracle().type(instanceOf.getExpression()).orElse(null);
    }
    if (parent instanceof SwitchEntry entry) {
      Node sw = entry.getParentNode().orElse(null);
      Expression selector = sw instanceof SwitchStmt s ? s.getSelector()
          : sw instanceof SwitchExpr e ? e.getSelector() : null;
      return selector == null ? null : c.oracle().type(selector).orElse(null);
    }
    if (parent instanceof RecordPatternExpr record) {
      TypeMirror type = c.oracle().type(record).or(() -> c.oracle().type(record.getType()))
          .orElse(null);
      int index = record.getPatternList().indexOf(pattern);
      if (type instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement element
          && element.getKind() == ElementKind.RECORD && index >= 0
          && index < element.getRecordComponents().size()) {
        var accessor = element.getRecordComponents().get(index).getAccessor();
        try {
          return ((ExecutableType) c.types().asMemberOf(declared, accessor)).getReturnType();
        } catch (IllegalArgumentException e) {
          return accessor.getReturnType();
        }
      }
    }
    return null;
  }

  private static IntegerBoxes.Kind kind(TypeMirror tested) {
    if (!(tested instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)) {
      return null;
    }
    return switch (element.getQualifiedName().toString()) {
      case "java.lang.Integer" -> IntegerBoxes.Kind.INT;
      case "java.lang.Long" -> IntegerBoxes.Kind.LONG;
      case "java.lang.Short" -> IntegerBoxes.Kind.SHORT;
      case "java.lang.Byte" -> IntegerBoxes.Kind.BYTE;
      default -> null;
    };
  }
}
