package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.jmpy.processor.types.TypeOracle;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * {@link Typing} from javac's attribution ({@link TypeOracle}). A literal's type is its own, and
 * a {@code +} with a String operand is a String: javac keeps no tree for what its parser folded
 * into a constant ({@code "a" + "b"}).
 */
public final class JavacTyping implements Typing {
  private final TypeOracle oracle;
  private final Types types;
  private final TypeMirror string;

  /** {@code string} is {@code java.lang.String}'s type. */
  public JavacTyping(TypeOracle oracle, Types types, TypeMirror string) {
    this.oracle = oracle;
    this.types = types;
    this.string = string;
  }

  @Override
  public TypeMirror typeOf(Expression e) {
    Optional<TypeMirror> attributed = oracle.type(e);
    if (attributed.isEmpty() && isConcatenation(e)) {
      return string;
    }
    if (attributed.isPresent() || !(e instanceof LiteralExpr)) {
      return attributed.orElse(null);
    }
    return switch (e) {
      case StringLiteralExpr s -> string;
      case TextBlockLiteralExpr s -> string;
      case IntegerLiteralExpr i -> types.getPrimitiveType(TypeKind.INT);
      case LongLiteralExpr l -> types.getPrimitiveType(TypeKind.LONG);
      case CharLiteralExpr c -> types.getPrimitiveType(TypeKind.CHAR);
      case BooleanLiteralExpr b -> types.getPrimitiveType(TypeKind.BOOLEAN);
      case DoubleLiteralExpr d -> types.getPrimitiveType(
          d.getValue().toLowerCase().endsWith("f") ? TypeKind.FLOAT : TypeKind.DOUBLE);
      case NullLiteralExpr n -> types.getNullType();
      default -> null;
    };
  }

  @Override
  public Optional<Element> element(Node node) {
    return oracle.element(node);
  }

  /** A {@code +} with an operand of type String. */
  private boolean isConcatenation(Expression e) {
    if (!(e instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.PLUS) {
      return false;
    }
    return isString(typeOf(b.getLeft())) || isString(typeOf(b.getRight()));
  }

  private boolean isString(TypeMirror type) {
    return type instanceof DeclaredType && types.isSameType(type, string);
  }
}
