package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.Type;
import dev.jmpy.processor.analysis.CheckedExceptions;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.ExceptionRows;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.library.TypedArrays;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;

/**
 * Java statements to Python statements. Blocks flatten (Python scopes are per function); loops keep
 * Java's meaning of {@code continue}; anything unknown is reported at its position.
 */
final class StatementTranslator {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;
  private final JavaTypes types;
  private final SwitchTranslator switches;
  private final RangeLoops rangeLoops;
  private final ResourceBlocks resources;
  private final IntRanges ranges;

  StatementTranslator(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
    this.types = expressions.javaTypes();
    this.switches = expressions.switches();
    this.rangeLoops = new RangeLoops(env, expressions, this);
    this.resources = new ResourceBlocks(env, expressions);
    this.ranges = env.analyses().ranges();
  }

  List<PyStmt> block(List<Statement> statements, FunctionContext f) {
    List<PyStmt> out = new ArrayList<>();
    for (Statement s : statements) {
      translate(s, f, out);
    }
    return out;
  }

  List<PyStmt> body(Statement statement, FunctionContext f) {
    List<PyStmt> out = new ArrayList<>();
    translate(statement, f, out);
    return out;
  }

  /** Translates {@code s}, preceded by the definitions its lambdas need. */
  void translate(Statement s, FunctionContext f, List<PyStmt> out) {
    List<PyStmt> translated = new ArrayList<>();
    translateStatement(s, f, translated);
    List<PyStmt> hoisted = f.drainHoisted();
    // The line map: every Python statement made here runs for this Java statement.
    f.module().lineOrigins().recordAll(hoisted, JavaOrigins.of(s));
    f.module().lineOrigins().recordAll(translated, JavaOrigins.of(s));
    out.addAll(hoisted);
    out.addAll(translated);
  }

  private void translateStatement(Statement s, FunctionContext f, List<PyStmt> out) {
    switch (s) {
      case BlockStmt block -> out.addAll(block(block.getStatements(), f));
      case ExpressionStmt stmt -> expressionStatement(stmt.getExpression(), f, out);
      case EmptyStmt empty -> { }
      case IfStmt stmt -> {
        PyExpr test = expressions.translate(stmt.getCondition(), f);
        out.addAll(f.drainHoisted()); // what the condition needs, before the branches' own
        out.add(new PyStmt.If(test, body(stmt.getThenStmt(), f),
            stmt.getElseStmt().map(e -> body(e, f)).orElse(List.of())));
      }
      case WhileStmt stmt -> loop(stmt, f, out);
      case DoStmt stmt -> loop(stmt, f, out);
      case ForStmt stmt -> loop(stmt, f, out);
      case ForEachStmt stmt -> loop(stmt, f, out);
      case ReturnStmt stmt when stmt.getExpression().isPresent()
          && stmt.getExpression().get() instanceof SwitchExpr sw
          && SwitchTranslator.readsBetterAsStatements(sw) ->
          switches.statementForm(sw, f, out, PyStmt.Return::new, true);
      case ReturnStmt stmt -> out.add(new PyStmt.Return(
          stmt.getExpression().map(e -> expressions.translate(e, f)).orElse(null)));
      case BreakStmt stmt -> {
        if (stmt.getLabel().isPresent()) {
          labeledJump(stmt, stmt.getLabel().get().asString(), true, f, out);
        } else if (f.innermostLoop() == null) {
          out.add(new PyStmt.Break());
        } else {
          jump(f.innermostLoop(), true, f, out);
        }
      }
      case ContinueStmt stmt -> {
        if (stmt.getLabel().isPresent()) {
          labeledJump(stmt, stmt.getLabel().get().asString(), false, f, out);
        } else if (f.continueTarget() == null) {
          out.add(new PyStmt.Continue());
        } else {
          jump(f.continueTarget(), false, f, out);
        }
      }
      case TryStmt stmt -> tryStatement(stmt, f, out);
      case LocalClassDeclarationStmt stmt -> localClass(stmt.getClassDeclaration());
      case LocalRecordDeclarationStmt stmt -> localClass(stmt.getRecordDeclaration());
      case SwitchStmt stmt -> switches.statement(stmt, f, out);
      case LabeledStmt stmt when isLoop(stmt.getStatement()) -> {
        f.labelNextLoop(stmt.getLabel().asString());
        loop(stmt.getStatement(), f, out);
      }
      case LabeledStmt stmt -> labeledStatement(stmt, f, out);
      case ThrowStmt stmt -> out.add(new PyStmt.Raise(expressions.translate(stmt.getExpression(), f)));
      // Java runs with assertions disabled unless -ea is given (never on a board): the condition
      // and message are not evaluated. The comment keeps the intent visible in the Python.
      case AssertStmt stmt -> out.add(new PyStmt.Comment(
          ("assert " + stmt.getCheck() + ": not checked (Java's default, without -ea)")
              .replaceAll("\\s+", " ")));
      case YieldStmt stmt when f.yieldSink() != null -> {
        out.add(f.yieldSink().apply(expressions.translate(stmt.getExpression(), f)));
        if (f.yieldExit() != null) {
          jump(f.yieldExit(), true, f, out); // a yield inside the arm's statements leaves the switch
        }
      }
      case YieldStmt stmt -> reject(Message.SWITCH_FLOW, stmt, "yield here",
          "a switch expression with block arms must be a local's initializer, an assignment's "
              + "value or a return value");
      default -> unsupported(s, ExpressionTranslator.describe(s).replace(" expression", " statement"),
          "see docs/semantics.md");
    }
  }

  /**
   * A local class or record: a module-level class ({@link InnerClasses}); nothing runs where it
   * is declared.
   */
  private void localClass(com.github.javaparser.ast.body.TypeDeclaration<?> declaration) {
    if (declaration instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls
        && cls.isInterface()) {
      reject(Message.UNSUPPORTED_DECLARATION, declaration, "a local interface", "declare it as a nested interface of the class");
      return;
    }
    Optional<javax.lang.model.element.Element> element = env.oracle().element(declaration);
    if (element.isEmpty()) {
      reject(Message.UNRESOLVED, declaration, "this local class", "javac did not resolve it");
      return;
    }
    TypeElement type = (TypeElement) element.get();
    ModuleContext module = expressions.calls().module();
    InnerClasses.Local local = module.innerClasses().register(type, module);
    if (local == null) {
      return; // translated already (a switch group that falls through is translated twice)
    }
    new ClassTranslation(env.forNested(type, declaration), module.local(type, local.pythonName()))
        .runLocal();
  }

  private static boolean isLoop(Statement s) {
    return s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForStmt
        || s instanceof ForEachStmt;
  }

  /**
   * A loop, with what labeled jumps need around it: the flags of its own label set to False
   * before it, and after it, for each enclosing labeled loop a nested jump targets, the check
   * that carries the jump on (break out of this level, or continue/break the target).
   */
  private void loop(Statement loop, FunctionContext f, List<PyStmt> out) {
    breakable(f, out, translated -> {
      switch (loop) {
        case WhileStmt stmt -> {
          PyExpr test = expressions.translate(stmt.getCondition(), f);
          translated.addAll(f.drainHoisted()); // definitions the condition calls
          var counter = rangeLoops.counter(stmt, f);
          counter.ifPresent(c -> f.enterCounter(c.name(), c.values(), c.variable()));
          f.enterLoop(List.of());
          translated.add(new PyStmt.While(test, body(stmt.getBody(), f)));
          f.exitLoop();
          counter.ifPresent(c -> f.exitCounter(c.name()));
        }
        case DoStmt stmt -> doWhile(stmt, f, translated);
        case ForStmt stmt -> forLoop(stmt, f, translated);
        case ForEachStmt stmt -> forEach(stmt, f, translated);
        default -> throw new IllegalArgumentException("not a loop: " + loop);
      }
    });
  }

  /**
   * A statement that is left by break (a loop, or a one-pass {@code while True} for a switch or
   * a labeled block) as {@code translate} writes it, entering and exiting it on {@code f}; with
   * what labeled jumps need around it: its own flags set to False before it, and after it, for
   * each enclosing statement a nested jump targets, the check that carries the jump on.
   */
  void breakable(FunctionContext f, List<PyStmt> out,
      java.util.function.Consumer<List<PyStmt>> translate) {
    Map<FunctionContext.Loop, Integer> before = new java.util.IdentityHashMap<>();
    for (FunctionContext.Loop enclosing : f.loops()) {
      before.put(enclosing, enclosing.jumps());
    }
    List<PyStmt> translated = new ArrayList<>();
    translate.accept(translated);
    FunctionContext.Loop self = f.lastExited();
    PyExpr no = new PyExpr.Literal("False");
    if (self != null && self.breakFlag() != null) {
      out.add(new PyStmt.Assign(new PyExpr.Name(self.breakFlag()), no));
    }
    if (self != null && self.continueFlag() != null) {
      out.add(new PyStmt.Assign(new PyExpr.Name(self.continueFlag()), no));
    }
    out.addAll(translated);
    FunctionContext.Loop innermost = f.innermostLoop();
    for (FunctionContext.Loop target : f.loops()) {
      if (target.jumps() == before.getOrDefault(target, 0)) {
        continue;
      }
      if (target == innermost) {
        if (target.breakFlag() != null) {
          out.add(new PyStmt.If(new PyExpr.Name(target.breakFlag()), List.of(new PyStmt.Break()),
              List.of()));
        }
        if (target.continueFlag() != null) {
          List<PyStmt> jump = new ArrayList<>();
          jump.add(new PyStmt.Assign(new PyExpr.Name(target.continueFlag()), no));
          jump.addAll(target.beforeContinue());
          jump.add(new PyStmt.Continue());
          out.add(new PyStmt.If(new PyExpr.Name(target.continueFlag()), jump, List.of()));
        }
      } else {
        PyExpr test = null;
        for (String flag : java.util.Arrays.asList(target.breakFlag(), target.continueFlag())) {
          if (flag != null) {
            test = test == null ? new PyExpr.Name(flag) : new PyExpr.BinOp(test, "or", new PyExpr.Name(flag));
          }
        }
        out.add(new PyStmt.If(test, List.of(new PyStmt.Break()), List.of()));
      }
    }
  }

  /** {@code break label} / {@code continue label}. */
  private void labeledJump(Statement stmt, String label, boolean isBreak, FunctionContext f,
      List<PyStmt> out) {
    Optional<FunctionContext.Loop> target = f.loop(label);
    if (target.isEmpty()) {
      // javac resolves every label; a labeled statement never left by break is not breakable
      reject(Message.UNRESOLVED, stmt, "a jump to the label " + label, "javac did not resolve it");
      return;
    }
    jump(target.get(), isBreak, f, out);
  }

  /**
   * A break or continue of {@code target}: plain when it is the innermost loop or breakable, else
   * a flag that the statements in between check after they end (Python has no labels).
   */
  private void jump(FunctionContext.Loop target, boolean isBreak, FunctionContext f,
      List<PyStmt> out) {
    if (target == f.innermostLoop()) {
      if (!isBreak) {
        out.addAll(target.beforeContinue());
      }
      out.add(isBreak ? new PyStmt.Break() : new PyStmt.Continue());
      return;
    }
    String flag = target.flag(isBreak);
    out.add(new PyStmt.Assign(new PyExpr.Name(flag), new PyExpr.Literal("True")));
    out.add(new PyStmt.Break());
  }

  /**
   * {@code label: statement} for a statement that is not a loop (a block, an if, a switch, a
   * try): when a {@code break label} inside leaves it, a one-pass {@code while True: ... break}
   * that Python's break leaves; otherwise the statement as it is.
   */
  private void labeledStatement(LabeledStmt stmt, FunctionContext f, List<PyStmt> out) {
    String label = stmt.getLabel().asString();
    boolean leftByBreak = stmt.getStatement().findAll(BreakStmt.class).stream()
        .anyMatch(b -> b.getLabel().map(l -> l.asString().equals(label)).orElse(false));
    if (!leftByBreak) {
      translateStatement(stmt.getStatement(), f, out);
      return;
    }
    f.labelNextLoop(label);
    onePass(f, out, inner -> translateStatement(stmt.getStatement(), f, inner));
  }

  /**
   * {@code while True: body; break}: a statement that break may leave from anywhere inside,
   * entered as a breakable on {@code f} (a pending label names it).
   */
  void onePass(FunctionContext f, List<PyStmt> out,
      java.util.function.Consumer<List<PyStmt>> body) {
    breakable(f, out, translated -> {
      f.enterBreakable();
      List<PyStmt> inner = new ArrayList<>();
      body.accept(inner);
      f.exitLoop();
      inner.add(new PyStmt.Break());
      translated.add(new PyStmt.While(new PyExpr.Literal("True"), inner));
    });
  }

  private void expressionStatement(Expression e, FunctionContext f, List<PyStmt> out) {
    switch (e) {
      case VariableDeclarationExpr declaration -> {
        for (VariableDeclarator v : declaration.getVariables()) {
          checkType(v.getType(), v);
          if (v.getInitializer().isPresent()) {
            PyExpr local = new PyExpr.Name(f.local(v.getNameAsString()));
            if (v.getInitializer().get() instanceof SwitchExpr sw
                && SwitchTranslator.readsBetterAsStatements(sw)) {
              switches.statementForm(sw, f, out, value -> new PyStmt.Assign(local, value), false);
            } else {
              out.add(new PyStmt.Assign(local, expressions.translate(v.getInitializer().get(), f)));
            }
          }
        }
      }
      case AssignExpr assign -> assignment(assign, f, out);
      case UnaryExpr unary when Operators.isIncrementOrDecrement(unary) -> {
        PyExpr target = stableTarget(unary.getExpression(), Set.of(), f, out);
        out.add(incrementStatement(unary, target, target, f));
      }
      case MethodCallExpr call -> {
        // Translated once: a second translation would take new temporaries and repeat errors.
        Optional<List<PyStmt>> library = expressions.calls().statement(call, f);
        if (library.isPresent()) {
          out.addAll(library.get());
        } else {
          out.add(new PyStmt.ExprStmt(expressions.translate(e, f)));
        }
      }
      default -> out.add(new PyStmt.ExprStmt(expressions.translate(e, f)));
    }
  }

  /**
   * {@code x++} / {@code --x} as a statement storing into {@code target} (evaluated once
   * already) the value after {@code current} (the target's value as read, Java's sign for a byte[]
   * element), kept within its Java type.
   */
  PyStmt incrementStatement(UnaryExpr unary, PyExpr target, PyExpr current, FunctionContext f) {
    boolean increment = unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
        || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT;
    TypeMirror type = expressions.requireType(unary.getExpression());
    PyExpr one = new PyExpr.Literal("1");
    TypeMirror component = unary.getExpression() instanceof ArrayAccessExpr access
        ? TypedArrays.component(expressions.typeOf(access.getName())) : null;
    if (component != null && TypedArrays.storeBits(component) > 0) {
      // an element of a typed array: the store narrows as Java's implicit cast does
      return current == target ? new PyStmt.AugAssign(target, increment ? "+" : "-", one)
          : new PyStmt.Assign(target, new PyExpr.BinOp(current, increment ? "+" : "-", one));
    }
    if (type != null && types.isIntegral(type)) {
      IntRanges.Range range = IntRanges.sum(ranges.range(unary.getExpression(), f),
          new IntRanges.Range(increment ? 1 : -1, increment ? 1 : -1));
      PyExpr next = narrow(new PyExpr.BinOp(current, increment ? "+" : "-", one), type, unary,
          "increment", range);
      return current == target ? assignOrAugment(target, increment ? "+" : "-", one, next)
          : new PyStmt.Assign(target, next);
    }
    return current == target ? new PyStmt.AugAssign(target, increment ? "+" : "-", one)
        : new PyStmt.Assign(target, new PyExpr.BinOp(current, increment ? "+" : "-", one));
  }

  /** {@code target = value} / {@code target op= value}; returns the target as it was evaluated. */
  PyExpr assignment(AssignExpr assign, FunctionContext f, List<PyStmt> out) {
    PyExpr target = stableTarget(assign.getTarget(), assignedNames(assign.getValue()), f, out);
    TypeMirror component = assign.getTarget() instanceof ArrayAccessExpr access
        ? TypedArrays.component(expressions.typeOf(access.getName())) : null;
    if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
      if (assign.getValue() instanceof SwitchExpr sw && !SwitchTranslator.isExpressionOnly(sw)) {
        switches.statementForm(sw, f, out, value -> new PyStmt.Assign(target, value), false);
      } else if (component != null) {
        out.add(new PyStmt.Assign(target, expressions.arrays().stored(assign.getValue(), component, f)));
      } else {
        out.add(new PyStmt.Assign(target, expressions.translate(assign.getValue(), f)));
      }
      return target;
    }
    TypeMirror targetType = expressions.requireType(assign.getTarget());
    if (targetType == null) {
      return target;
    }
    if (Jdk.isString(targetType)) {
      PyExpr text = expressions.strings().text(assign.getValue(), f);
      if (env.analyses().nullSafety().isNonNull(assign.getTarget())) {
        out.add(new PyStmt.AugAssign(target, "+", text));
      } else {
        // s += x on a null s gives "null" + x in Java; None + str fails in Python.
        out.add(new PyStmt.Assign(target, new PyExpr.BinOp(new PyExpr.Call(
            expressions.calls().module().helper(Helper.NULLABLE_TEXT), List.of(target)), "+",
            text)));
      }
      return target;
    }
    PyExpr current = target;
    // a op= b is a = (T) (a op b), so the binary operator's translation (division!) applies.
    Optional<BinaryExpr.Operator> binary = assign.getOperator().toBinaryOperator();
    if (binary.isEmpty()) {
      reject(Message.OPERATOR, assign, "the operator " + assign.getOperator().asString(), "");
      return target;
    }
    TypeMirror valueType = expressions.requireType(assign.getValue());
    if (valueType == null) {
      return target;
    }
    Floats floats = expressions.floats();
    if (types.isIntegral(targetType) && types.isFloating(valueType)) {
      // i op= x is i = (T) (i op x): the float result cast back, NaN 0 and saturating as Java's.
      PyExpr left = floats.longOperand(current, assign.getTarget(), targetType, valueType, f);
      PyExpr right = expressions.translate(assign.getValue(), f);
      PyExpr result = switch (binary.get()) {
        case DIVIDE -> floats.divide(left, right, assign.getValue());
        case REMAINDER -> floats.remainder(left, right);
        default -> expressions.operators().combine(binary.get(), left, right, false);
      };
      out.add(new PyStmt.Assign(target, floats.toIntegral(result, targetType)));
      return target;
    }
    if (types.isFloating(targetType)) {
      PyExpr value = floats.longOperand(expressions.translate(assign.getValue(), f),
          assign.getValue(), valueType, targetType, f);
      switch (binary.get()) {
        case PLUS, MINUS, MULTIPLY -> out.add(new PyStmt.AugAssign(target, pythonOperator(binary.get()), value));
        case DIVIDE -> {
          PyExpr quotient = floats.divide(current, value, assign.getValue());
          out.add(quotient instanceof PyExpr.BinOp ? new PyStmt.AugAssign(target, "/", value)
              : new PyStmt.Assign(target, quotient));
        }
        case REMAINDER -> out.add(new PyStmt.Assign(target, floats.remainder(current, value)));
        default -> reject(Message.OPERATOR, assign, "the operator " + assign.getOperator().asString() + " on a float",
            "Java does not compile it either");
      }
      return target;
    }
    if (component != null && TypedArrays.storeBits(component) > 0
        && elementCompound(assign, binary.get(), target, component, f, out)) {
      return target;
    }
    if (binary.get() == BinaryExpr.Operator.LEFT_SHIFT
        || binary.get() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT) {
      PyExpr shifted = expressions.operators().combine(binary.get(), current,
          expressions.translate(assign.getValue(), f), types.isIntegral(targetType)
              && types.primitiveKind(targetType) == javax.lang.model.type.TypeKind.LONG);
      // x <<= k keeps x's width, as Java does; >>= cannot overflow.
      out.add(new PyStmt.Assign(target, binary.get() == BinaryExpr.Operator.LEFT_SHIFT
          ? narrow(shifted, targetType, assign, "shift", null) : shifted));
      return target;
    }
    if (binary.get() == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) {
      boolean isLong = types.primitiveKind(targetType) == javax.lang.model.type.TypeKind.LONG;
      IntRanges.Range before = ranges.range(assign.getTarget(), f);
      PyExpr shifted = expressions.operators().unsignedShift(current,
          expressions.translate(assign.getValue(), f), isLong, before,
          ranges.range(assign.getValue(), f));
      javax.lang.model.type.TypeKind kind = types.primitiveKind(targetType);
      boolean narrowType = kind == javax.lang.model.type.TypeKind.BYTE
          || kind == javax.lang.model.type.TypeKind.SHORT || kind == javax.lang.model.type.TypeKind.CHAR;
      // b >>>= k shifts b's int value and narrows back: (byte) ((b & 0xFFFFFFFF) >> k).
      out.add(new PyStmt.Assign(target, narrowType
          // a non-negative value only gets smaller: it stays in its type
          ? narrow(shifted, targetType, assign, "shift", before != null && before.lo() >= 0 ? before : null)
          : shifted));
      return target;
    }
    switch (binary.get()) {
      case PLUS, MINUS, MULTIPLY -> {
        PyExpr value = expressions.translate(assign.getValue(), f);
        if (types.isIntegral(targetType)) {
          IntRanges.Range a = ranges.range(assign.getTarget(), f);
          IntRanges.Range b = ranges.range(assign.getValue(), f);
          IntRanges.Range range = switch (binary.get()) {
            case PLUS -> IntRanges.sum(a, b);
            case MINUS -> b == null || b.lo() == Long.MIN_VALUE
                ? null : IntRanges.sum(a, new IntRanges.Range(-b.hi(), -b.lo()));
            default -> IntRanges.product(a, b);
          };
          out.add(assignOrAugment(target, pythonOperator(binary.get()), value,
              narrow(new PyExpr.BinOp(current, pythonOperator(binary.get()), value), targetType,
                  assign, "compound assignment", range)));
        } else {
          out.add(new PyStmt.AugAssign(target, pythonOperator(binary.get()), value));
        }
      }
      case BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT -> {
        PyExpr value = expressions.translate(assign.getValue(), f);
        javax.lang.model.type.TypeKind kind = types.isIntegral(targetType)
            ? types.primitiveKind(targetType) : null;
        if (kind == javax.lang.model.type.TypeKind.BYTE || kind == javax.lang.model.type.TypeKind.SHORT
            || kind == javax.lang.model.type.TypeKind.CHAR) {
          // b ^= 0x80 is b = (byte) (b ^ 0x80): the result can leave the narrow type's range.
          out.add(new PyStmt.Assign(target, narrow(new PyExpr.BinOp(current,
              pythonOperator(binary.get()), value), targetType, assign, "compound assignment", null)));
        } else if (types.isBoolean(targetType)) {
          // ok &= check() evaluates both; MicroPython's True & True is the int 1: keep a bool.
          out.add(new PyStmt.Assign(target, binary.get() == BinaryExpr.Operator.XOR
              ? new PyExpr.BinOp(current, "!=", value)
              : new PyExpr.Call(new PyExpr.Name("bool"), List.of(
                  new PyExpr.BinOp(current, pythonOperator(binary.get()), value)))));
        } else {
          out.add(new PyStmt.AugAssign(target, pythonOperator(binary.get()), value));
        }
      }
      case DIVIDE -> {
        if (types.isIntegral(targetType)) {
          IntRanges.Range divisor = ranges.range(assign.getValue(), f);
          boolean byMinusOne = divisor == null || (divisor.lo() <= -1 && -1 <= divisor.hi());
          PyExpr right = expressions.translate(assign.getValue(), f);
          PyExpr quotient = expressions.operators().byPositive(assign.getValue(), right, f)
              ? expressions.operators().truncating(current, "//", right, f)
              : new PyExpr.Call(expressions.calls().module().helper(Helper.INT_DIV),
                  List.of(current, right));
          // x /= -1 of MIN_VALUE wraps, as Java's does.
          out.add(new PyStmt.Assign(target, byMinusOne ? narrow(quotient, targetType, assign,
              "division", null) : quotient));
        } else {
          out.add(new PyStmt.AugAssign(target, "/", expressions.translate(assign.getValue(), f)));
        }
      }
      case REMAINDER -> {
        if (types.isIntegral(targetType)) {
          PyExpr right = expressions.translate(assign.getValue(), f);
          out.add(new PyStmt.Assign(target, expressions.operators().byPositive(assign.getValue(),
              right, f) ? expressions.operators().truncating(current, "%", right, f)
              : new PyExpr.Call(expressions.calls().module().helper(Helper.INT_REM),
                  List.of(current, right))));
        } else {
          reject(Message.OPERATOR, assign, "%= on floating-point values",
              "Python's % differs from Java's for negative operands");
        }
      }
      default -> reject(Message.OPERATOR, assign, "the operator " + assign.getOperator().asString(),
          "it comes with the integer-width work");
    }
    return target;
  }

  /**
   * {@code a[i] op= v} on an integral typed array, whose store narrows as Java's implicit cast does:
   * {@code a[i] += v} as it is (the wrap of {@code v}'s own arithmetic left to the store too, when
   * {@code v} is at least as wide), {@code a[i] = _jdiv(a[i], v)} (inline by a positive constant,
   * as {@code /} is). False for the operators this
   * does not write (a floating-point value).
   */
  private boolean elementCompound(AssignExpr assign, BinaryExpr.Operator op, PyExpr target,
      TypeMirror component, FunctionContext f, List<PyStmt> out) {
    TypeMirror valueType = expressions.typeOf(assign.getValue());
    if (valueType == null || !types.isIntegral(valueType)) {
      return false;
    }
    int bits = TypedArrays.storeBits(component);
    switch (op) {
      case PLUS, MINUS, MULTIPLY, BINARY_AND, BINARY_OR, XOR -> out.add(new PyStmt.AugAssign(
          target, pythonOperator(op), expressions.arrays().modular(assign.getValue(), bits, f)));
      case LEFT_SHIFT, SIGNED_RIGHT_SHIFT -> {
        // the count is masked as the promoted type's (long for long[], else int)
        PyExpr shifted = expressions.operators().combine(op, target,
            expressions.translate(assign.getValue(), f), bits == 64);
        out.add(new PyStmt.AugAssign(target, pythonOperator(op), ((PyExpr.BinOp) shifted).right()));
      }
      case DIVIDE, REMAINDER -> {
        PyExpr right = expressions.translate(assign.getValue(), f);
        boolean divide = op == BinaryExpr.Operator.DIVIDE;
        out.add(new PyStmt.Assign(target, expressions.operators().byPositive(assign.getValue(),
            right, f) ? expressions.operators().truncating(target, divide ? "//" : "%", right, f)
            : new PyExpr.Call(expressions.calls().module().helper(divide
                ? Helper.INT_DIV : Helper.INT_REM), List.of(target, right))));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of {@code x op= v} / {@code x++} stored back into a variable of Java type
   * {@code type}: Java keeps it within the type (int, long: wrap-around; char: 16 bits).
   */
  PyExpr narrow(PyExpr value, TypeMirror type, com.github.javaparser.ast.Node at,
      String what, IntRanges.Range range) {
    if (types.isChar(type)) {
      return range != null && range.within(IntRanges.ofType(type, types))
          ? value : new PyExpr.BinOp(value, "&", new PyExpr.Literal("0xFFFF"));
    }
    javax.lang.model.type.TypeKind kind = types.primitiveKind(type);
    if (kind == javax.lang.model.type.TypeKind.BYTE || kind == javax.lang.model.type.TypeKind.SHORT) {
      if (range != null && range.within(IntRanges.ofType(type, types))) {
        return value;
      }
      // byte and short keep their low bits, signed: ((v + half) & mask) - half
      long half = kind == javax.lang.model.type.TypeKind.SHORT ? 0x8000 : 0x80;
      return new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.BinOp(value, "+",
          new PyExpr.Literal(Long.toString(half))), "&", new PyExpr.Literal(Long.toString(2 * half - 1))),
          "-", new PyExpr.Literal(Long.toString(half)));
    }
    // A variable's own range is unknown (but a counting loop's counter's), so x + 1 may overflow.
    return expressions.operators().wrapIfNeeded(value, range, type, at, what);
  }

  /** {@code x op= v} when no wrap was needed, else {@code x = wrapped}. */
  private static PyStmt assignOrAugment(PyExpr target, String op, PyExpr value, PyExpr narrowed) {
    if (narrowed instanceof PyExpr.BinOp b && b.left() == target && b.right() == value) {
      return new PyStmt.AugAssign(target, op, value);
    }
    return new PyStmt.Assign(target, narrowed);
  }

  private static String pythonOperator(BinaryExpr.Operator op) {
    return switch (op) {
      case PLUS -> "+";
      case MINUS -> "-";
      case MULTIPLY -> "*";
      case BINARY_AND -> "&";
      case BINARY_OR -> "|";
      case XOR -> "^";
      case LEFT_SHIFT -> "<<";
      case SIGNED_RIGHT_SHIFT -> ">>";
      default -> throw new IllegalArgumentException(op.asString());
    };
  }

  /**
   * The target of an assignment, evaluated once and first: an array element whose array or index
   * is not a plain name or literal ({@code a[i++] += 1}, {@code a[next()] = i}) gets them in
   * temporaries before the statement, since Python evaluates the value before the target and
   * would evaluate {@code a[i] = a[i] + 1}'s index twice.
   */
  PyExpr stableTarget(Expression e, Set<String> assignedLater, FunctionContext f,
      List<PyStmt> out) {
    if (e instanceof FieldAccessExpr field && field.getScope() instanceof NameExpr scope
        && assignedLater.contains(scope.getNameAsString())
        && expressions.translate(e, f) instanceof PyExpr.Attribute attribute) {
      // cur.next = cur = node: Java picks the object before the value rebinds cur.
      String name = f.temporary("object");
      out.add(new PyStmt.Assign(new PyExpr.Name(name), attribute.value()));
      return new PyExpr.Attribute(new PyExpr.Name(name), attribute.attr());
    }
    if (!(e instanceof ArrayAccessExpr access)) {
      return target(e, f);
    }
    PyExpr array = expressions.translate(access.getName(), f);
    if (!isPlain(access.getName()) || usesAny(access.getName(), assignedLater)) {
      String name = f.temporary("array");
      out.add(new PyStmt.Assign(new PyExpr.Name(name), array));
      array = new PyExpr.Name(name);
    }
    PyExpr index = expressions.translate(access.getIndex(), f);
    if (!isPlain(access.getIndex()) || usesAny(access.getIndex(), assignedLater)) {
      String name = f.temporary("index");
      out.add(new PyStmt.Assign(new PyExpr.Name(name), index));
      index = new PyExpr.Name(name);
    }
    return expressions.arrays().subscript(access.getIndex(), array, index, f);
  }

  /** The local names an expression assigns ({@code i = 2}, {@code j++}): Java reads a target first. */
  private static Set<String> assignedNames(Expression value) {
    Set<String> names = new java.util.HashSet<>();
    value.findAll(AssignExpr.class).forEach(a -> {
      if (a.getTarget() instanceof NameExpr n) {
        names.add(n.getNameAsString());
      }
    });
    value.findAll(UnaryExpr.class).forEach(u -> {
      if (Operators.isIncrementOrDecrement(u) && u.getExpression() instanceof NameExpr n) {
        names.add(n.getNameAsString());
      }
    });
    return names;
  }

  private static boolean usesAny(Expression e, Set<String> names) {
    return !names.isEmpty() && e.findAll(NameExpr.class).stream()
        .anyMatch(n -> names.contains(n.getNameAsString()));
  }

  /** A name, a literal or this.field: reading it twice, or late, changes nothing. */
  private static boolean isPlain(Expression e) {
    return e instanceof NameExpr || e instanceof LiteralExpr
        || (e instanceof FieldAccessExpr access && (access.getScope() instanceof ThisExpr
            || access.getScope() instanceof NameExpr));
  }

  /** The target of an assignment: a local, a field or a module variable. */
  private PyExpr target(Expression e, FunctionContext f) {
    if (e instanceof NameExpr || e instanceof FieldAccessExpr || e instanceof ArrayAccessExpr) {
      return expressions.translate(e, f);
    }
    return expressions.unsupported(e, "assigning to " + e, "assign to a variable or a field");
  }

  /** do { body } while (c) → while True: body; if not c: break. */
  private void doWhile(DoStmt stmt, FunctionContext f, List<PyStmt> out) {
    PyExpr test = expressions.translate(stmt.getCondition(), f);
    out.addAll(f.drainHoisted()); // definitions the condition calls
    PyStmt exitUnlessTrue = new PyStmt.If(new PyExpr.UnaryOp("not", test),
        List.of(new PyStmt.Break()), List.of());
    // Java's continue in a do-while jumps to the condition.
    f.enterLoop(List.of(exitUnlessTrue));
    List<PyStmt> body = body(stmt.getBody(), f);
    f.exitLoop();
    List<PyStmt> loop = new ArrayList<>(body);
    loop.add(exitUnlessTrue);
    out.add(new PyStmt.While(new PyExpr.Literal("True"), loop));
  }

  private void forLoop(ForStmt stmt, FunctionContext f, List<PyStmt> out) {
    Optional<PyStmt> range = rangeLoops.asRange(stmt, f);
    if (range.isPresent()) {
      out.add(range.get());
      return;
    }
    for (Expression init : stmt.getInitialization()) {
      expressionStatement(init, f, out);
    }
    var counter = rangeLoops.counter(stmt, f);
    counter.ifPresent(c -> f.enterCounter(c.name(), c.values(), c.variable()));
    List<PyStmt> update = new ArrayList<>();
    for (Expression u : stmt.getUpdate()) {
      expressionStatement(u, f, update);
    }
    PyExpr test = stmt.getCompare().map(c -> expressions.translate(c, f))
        .orElse(new PyExpr.Literal("True"));
    out.addAll(f.drainHoisted()); // definitions the condition and the update call
    // Java's continue in a for loop runs the update first.
    f.enterLoop(update);
    List<PyStmt> body = new ArrayList<>(body(stmt.getBody(), f));
    f.exitLoop();
    counter.ifPresent(c -> f.exitCounter(c.name()));
    body.addAll(update);
    out.add(new PyStmt.While(test, body));
  }

  private void forEach(ForEachStmt stmt, FunctionContext f, List<PyStmt> out) {
    TypeMirror iterable = expressions.typeOf(stmt.getIterable());
    TypeElement iterableClass = env.elements().getTypeElement(Jdk.ITERABLE);
    boolean array = iterable != null && iterable.getKind() == javax.lang.model.type.TypeKind.ARRAY;
    if (iterable == null || !(array || types.isSubtypeOf(iterable, iterableClass))) {
      unsupported(stmt.getIterable(), "a for-each over " + iterable,
          "arrays come with the language work; iterate over a List");
      return;
    }
    String name = f.local(stmt.getVariableDeclarator().getNameAsString());
    PyExpr iter = expressions.translate(stmt.getIterable(), f);
    out.addAll(f.drainHoisted());
    f.enterLoop(List.of());
    List<PyStmt> body = body(stmt.getBody(), f);
    f.exitLoop();
    if (TypedArrays.isArrayOf(iterable, javax.lang.model.type.TypeKind.BOOLEAN)
        && !onlyTruthTested(stmt)) {
      // a bytearray yields 0 and 1; the variable is used as a value, so as bools
      iter = new PyExpr.Call(new PyExpr.Name("map"), List.of(new PyExpr.Name("bool"), iter));
    }
    out.add(new PyStmt.For(name, iter, body));
  }

  /** Whether every use of a for-each's variable only tests its truth. */
  private static boolean onlyTruthTested(ForEachStmt stmt) {
    String name = stmt.getVariableDeclarator().getNameAsString();
    return stmt.getBody().findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).stream()
        .allMatch(ArrayExpressions::isTruthTested);
  }

  private void tryStatement(TryStmt stmt, FunctionContext f, List<PyStmt> out) {
    List<PyStmt> body = block(stmt.getTryBlock().getStatements(), f);
    if (!stmt.getResources().isEmpty()) {
      Optional<List<PyStmt>> held = resources.wrap(stmt, body, f);
      if (held.isEmpty()) {
        return;
      }
      body = held.get();
      if (stmt.getCatchClauses().isEmpty() && stmt.getFinallyBlock().isEmpty()) {
        out.addAll(body);
        return;
      }
    }
    List<PyStmt.Handler> handlers = new ArrayList<>();
    for (CatchClause clause : stmt.getCatchClauses()) {
      List<PyExpr> caught = new ArrayList<>();
      TypeMirror declared = env.oracle().element(clause.getParameter())
          .map(javax.lang.model.element.Element::asType).orElse(null);
      List<? extends TypeMirror> alternatives = declared instanceof UnionType union
          ? union.getAlternatives() : declared == null ? List.of() : List.of(declared);
      if (alternatives.isEmpty()) {
        reject(Message.UNRESOLVED, clause, "this catch clause", "javac did not resolve its type");
      }
      for (TypeMirror alternative : alternatives) {
        caught.add(exceptionType(alternative, clause.getParameter().getType(), f));
      }
      if (alternatives.size() == 1 && alternatives.get(0).toString().equals(Jdk.ERROR)
          && handlers.stream().noneMatch(h -> h.types().contains(new PyExpr.Name("Exception")))) {
        // catch (Error e) is except BaseException, which would also catch Java's Exceptions.
        handlers.add(new PyStmt.Handler(List.of(new PyExpr.Name("Exception")), null,
            List.of(new PyStmt.Raise(null))));
      }
      CheckedExceptions checked = env.analyses().checked();
      if (alternatives.size() == 1 && checked.isRuntimeException(alternatives.get(0))) {
        List<PyExpr> passed = new ArrayList<>();
        for (TypeMirror type : checked.thrownBy(stmt.getTryBlock())) {
          PyExpr python = exceptionClass(type);
          if (python != null && !passed.contains(python)) {
            passed.add(python);
          }
        }
        if (!passed.isEmpty()) {
          // Java's catch (RuntimeException e) lets checked exceptions through.
          handlers.add(new PyStmt.Handler(passed, null, List.of(new PyStmt.Raise(null))));
        }
      }
      String javaName = clause.getParameter().getNameAsString();
      boolean used = clause.getBody().findFirst(NameExpr.class,
          n -> n.getNameAsString().equals(javaName)).isPresent();
      handlers.add(new PyStmt.Handler(caught, used ? f.local(javaName) : null,
          block(clause.getBody().getStatements(), f)));
    }
    List<PyStmt> finalBody = stmt.getFinallyBlock()
        .map(b -> block(b.getStatements(), f)).orElse(List.of());
    out.add(new PyStmt.Try(body, handlers, finalBody));
  }

  /** The Python class a Java catch names: stubs' own exceptions, or Exception for Java's. */
  private PyExpr exceptionType(TypeMirror type, Node at, FunctionContext f) {
    PyExpr python = exceptionClass(type);
    if (python != null) {
      return python;
    }
    return expressions.reject(Message.UNMAPPED_LIBRARY_CALL, at, "catching " + type,
        "catch one of the exceptions docs/semantics.md lists, or your own exception class");
  }

  /** The Python class of a Java exception type, or null when jmpy maps none. */
  private PyExpr exceptionClass(TypeMirror type) {
    TypeElement cls = JavaTypes.classOf(type);
    if (cls == null) {
      return null;
    }
    Optional<String> stubModule = Stubs.pyModule(cls);
    if (stubModule.isPresent()) {
      return expressions.calls().module().stubClass(cls, stubModule.get());
    }
    if (Stubs.isTranslated(cls)) {
      return expressions.classReference(cls);
    }
    return ExceptionRows.pythonClass(cls, expressions.calls().module()::helper).orElse(null);
  }

  /** Rejects declarations of types jmpy does not translate yet. */
  void checkType(Type type, Node at) {
    // Every Java type jmpy meets in a declaration has a translation; values are checked where used.
  }

  void unsupported(Node node, String what, String instead) {
    reject(Message.UNSUPPORTED_STATEMENT, node, what, instead);
  }

  void reject(Message message, Node node, String what, String instead) {
    env.report(node, message, what, instead);
  }
}
