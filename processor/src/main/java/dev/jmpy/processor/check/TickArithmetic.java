package dev.jmpy.processor.check;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.types.Stubs;
import dev.jmpy.processor.types.TypeOracle;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Tick counts wrap ({@code time.ticks_ms()} at 2^30 on the ESP32): {@code end - start},
 * {@code start + 500} or {@code now > deadline} give wrong answers at the wrap, where
 * {@code ticks_diff} and {@code ticks_add} do not. A tick count is a call of a stub method
 * marked {@code @Ticks}, or a variable or field that is assigned one (and only tick counts); any
 * arithmetic or ordering comparison with it is reported (JMPY016) at its operator. Equality
 * ({@code ==}, {@code !=}) is allowed.
 */
public final class TickArithmetic {
  private TickArithmetic() {}

  /** A file's tick variables, found once and kept on its tree (not in a map: nodes hash by content). */
  private static final DataKey<Set<Element>> TICK_VARIABLES = new DataKey<>() {};

  private static final Set<BinaryExpr.Operator> ARITHMETIC = Set.of(BinaryExpr.Operator.PLUS,
      BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE,
      BinaryExpr.Operator.REMAINDER, BinaryExpr.Operator.LESS, BinaryExpr.Operator.GREATER,
      BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS);

  /** Reports every computation with a tick count in {@code method}'s body. */
  public static void check(TypeOracle oracle, Diagnostics diagnostics, SourceUnit unit,
      MethodDeclaration method) {
    Optional<CompilationUnit> cu = method.findCompilationUnit();
    if (cu.isEmpty() || method.getBody().isEmpty()) {
      return;
    }
    Set<Element> ticks;
    if (cu.get().containsData(TICK_VARIABLES)) {
      ticks = cu.get().getData(TICK_VARIABLES);
    } else {
      ticks = tickVariables(oracle, cu.get());
      cu.get().setData(TICK_VARIABLES, ticks);
    }
    for (Node node : method.getBody().get().findAll(Node.class)) {
      Expression operand = null;
      if (node instanceof BinaryExpr binary && ARITHMETIC.contains(binary.getOperator())
          && !isText(oracle, binary)) {
        if (isTick(oracle, ticks, binary.getLeft()) || isTick(oracle, ticks, binary.getRight())) {
          operand = binary;
        }
      } else if (node instanceof AssignExpr assign
          && assign.getOperator() != AssignExpr.Operator.ASSIGN && !isText(oracle, assign)
          && (isTick(oracle, ticks, assign.getTarget()) || isTick(oracle, ticks, assign.getValue()))) {
        operand = assign;
      } else if (node instanceof UnaryExpr unary && unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
          && isTick(oracle, ticks, unary.getExpression())) {
        operand = unary;
      }
      if (operand != null) {
        diagnostics.report(unit, operand, Message.TICK_ARITHMETIC, operand.toString());
      }
    }
  }

  /** String concatenation ({@code "at " + ticks}) is text, not arithmetic. */
  private static boolean isText(TypeOracle oracle, Expression e) {
    return oracle.type(e).map(t -> t.toString().equals("java.lang.String")).orElse(false);
  }

  /** Whether {@code e} is a tick count. */
  private static boolean isTick(TypeOracle oracle, Set<Element> ticks, Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return isTick(oracle, ticks, enclosed.getInner());
    }
    if (e instanceof ConditionalExpr conditional) {
      return isTick(oracle, ticks, conditional.getThenExpr())
          || isTick(oracle, ticks, conditional.getElseExpr());
    }
    if (e instanceof MethodCallExpr call) {
      return oracle.element(call).filter(m -> m instanceof ExecutableElement)
          .map(m -> Stubs.has(m, Stubs.TICKS)).orElse(false);
    }
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
      return oracle.element(e).map(ticks::contains).orElse(false);
    }
    return false;
  }

  /** The variables and fields of the unit that are only ever given tick counts. */
  private static Set<Element> tickVariables(TypeOracle oracle, CompilationUnit cu) {
    Set<Element> ticks = new HashSet<>();
    for (; ; ) {
      Set<Element> given = new HashSet<>();
      Set<Element> other = new HashSet<>();
      for (VariableDeclarator declarator : cu.findAll(VariableDeclarator.class)) {
        if (declarator.getInitializer().isPresent()) {
          oracle.element(declarator).ifPresent(v ->
              (isTick(oracle, ticks, declarator.getInitializer().get()) ? given : other).add(v));
        }
      }
      for (AssignExpr assign : cu.findAll(AssignExpr.class)) {
        if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
          oracle.element(assign.getTarget()).filter(v -> v instanceof VariableElement).ifPresent(v ->
              (isTick(oracle, ticks, assign.getValue()) ? given : other).add(v));
        }
      }
      given.removeAll(other);
      if (given.equals(ticks)) {
        return ticks;
      }
      ticks.clear();
      ticks.addAll(given);
    }
  }
}
