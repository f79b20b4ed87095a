package dev.jmpy.processor.translate;

import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The function being translated: whether it is a coroutine, whether it has {@code self}, the
 * Python names of its locals, and the loops it is inside.
 */
final class FunctionContext implements IntRanges.Counters {
  private final ModuleContext module;
  private final boolean async;
  private final boolean instance;
  private final Map<String, String> locals = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Deque<Loop> loops = new ArrayDeque<>();
  private String pendingLabel;
  private Loop lastExited;
  private final Map<String, IntRanges.Range> counters = new HashMap<>();
  private final Deque<java.util.function.Function<PyExpr, PyStmt>> yieldSinks = new ArrayDeque<>();
  /** For each switch expression arm: the breakable a nested {@code yield} leaves, or null. */
  private final Deque<java.util.Optional<Loop>> yieldExits = new ArrayDeque<>();
  /** Definitions (of block lambdas) to place before the statement being translated. */
  private final java.util.List<PyStmt> hoisted = new java.util.ArrayList<>();
  /** The enclosing function of a lambda; its locals are the lambda's captured variables. */
  private final FunctionContext parent;
  /** Names the lambda declares itself (parameters, locals of its body). */
  private final Set<String> ownNames;
  /** Outer locals a lambda reads, in first-use order: its Python default arguments. */
  private final java.util.LinkedHashSet<String> captured = new java.util.LinkedHashSet<>();

  FunctionContext(ModuleContext module, boolean async, boolean instance) {
    this(module, async, instance, null, Set.of());
  }

  private FunctionContext(ModuleContext module, boolean async, boolean instance,
      FunctionContext parent, Set<String> ownNames) {
    this.module = module;
    this.async = async;
    this.instance = instance;
    this.parent = parent;
    this.ownNames = ownNames;
    if (instance) {
      taken.add("self");
    }
    if (parent != null) {
      taken.addAll(parent.taken); // the lambda's own names must not hide an outer one
    }
  }

  /** The context of a lambda inside this function, declaring {@code ownNames}. */
  FunctionContext lambda(Set<String> ownNames) {
    return new FunctionContext(module, false, instance, this, ownNames);
  }

  /** The context of a lambda that becomes an {@code async def} (a coroutine function). */
  FunctionContext coroutineLambda(Set<String> ownNames) {
    return new FunctionContext(module, true, instance, this, ownNames);
  }

  /**
   * The context of a {@code def} that is called where it is made (the arms of a switch expression
   * inside another expression): it reads the enclosing function's locals by closure, at the time
   * of the call, and declares {@code nonlocal} those it assigns.
   */
  FunctionContext closure(Set<String> ownNames) {
    return new FunctionContext(module, async, instance, this, ownNames);
  }

  /** Adds a definition to place before the statement being translated in this very function. */
  void hoistHere(PyStmt definition) {
    hoisted.add(definition);
  }

  /** The Python names of the outer locals this lambda reads. */
  java.util.List<String> captured() {
    return java.util.List.copyOf(captured);
  }

  /** Adds a definition to place before the current statement. */
  void hoist(PyStmt definition) {
    (parent != null ? parent : this).hoisted.add(definition);
  }

  /** The hoisted definitions, removed. */
  java.util.List<PyStmt> drainHoisted() {
    java.util.List<PyStmt> out = java.util.List.copyOf(hoisted);
    hoisted.clear();
    return out;
  }

  ModuleContext module() {
    return module;
  }

  /** Whether this is an {@code async def}, where awaits are allowed. */
  boolean async() {
    return async;
  }

  /** Whether {@code self} is in scope. */
  boolean instance() {
    return instance;
  }

  /**
   * The Python name of the local or parameter {@code javaName}. Java allows one name per scope, and
   * Python has one scope per function, so equal Java names share a Python name; a name that would
   * shadow a module-level name, a builtin or a keyword gets a trailing underscore.
   */
  String local(String javaName) {
    if (parent != null && !ownNames.contains(javaName) && !locals.containsKey(javaName)) {
      String outer = parent.local(javaName); // a captured variable keeps its outer name
      captured.add(outer);
      return outer;
    }
    String name = locals.get(javaName);
    if (name == null) {
      name = Names.snake(javaName);
      while (Names.reserved(name) || module.definesModuleLevel(name) || taken.contains(name)) {
        name = name + "_";
      }
      locals.put(javaName, name);
      taken.add(name);
    }
    return name;
  }

  /**
   * The Python name of a lambda parameter written inline as a comprehension's (or loop's)
   * variable in this function: declared here, never captured from an enclosing function (inside a
   * lambda, {@link #local} would take it for an outer local and capture it as {@code c=c}, a
   * NameError where the lambda is made).
   */
  String inlineParameter(String javaName) {
    if (parent == null || locals.containsKey(javaName)) {
      return local(javaName);
    }
    String name = Names.snake(javaName);
    while (Names.reserved(name) || module.definesModuleLevel(name) || taken.contains(name)) {
      name = name + "_";
    }
    locals.put(javaName, name);
    taken.add(name);
    return name;
  }

  /** Every Python name a local or parameter declared in {@code code} may be given. */
  static Set<String> possibleLocals(com.github.javaparser.ast.Node code) {
    Set<String> names = new HashSet<>();
    code.findAll(com.github.javaparser.ast.body.VariableDeclarator.class)
        .forEach(v -> names.add(Names.snake(v.getNameAsString())));
    code.findAll(com.github.javaparser.ast.body.Parameter.class)
        .forEach(p -> names.add(Names.snake(p.getNameAsString())));
    code.findAll(com.github.javaparser.ast.expr.TypePatternExpr.class)
        .forEach(p -> names.add(Names.snake(p.getNameAsString())));
    return names;
  }

  /**
   * A parameter jmpy adds (an inner class's {@code outer}), named {@code base} unless a local or
   * parameter of this function, a module-level name or Python already has that name.
   */
  String fresh(String base) {
    String name = base;
    while (Names.reserved(name) || module.definesModuleLevel(name) || taken.contains(name)) {
      name = name + "_";
    }
    taken.add(name);
    return name;
  }

  /** A fresh local for jmpy's own use, e.g. a loop bound evaluated once. */
  String temporary(String base) {
    String name = "_" + base;
    int n = 1;
    while (taken.contains(name) || module.definesModuleLevel(name) || takenAbove(name)) {
      name = "_" + base + (++n);
    }
    taken.add(name);
    if (parent != null) {
      parent.taken.add(name);
    }
    return name;
  }

  private boolean takenAbove(String name) {
    for (FunctionContext p = parent; p != null; p = p.parent) {
      if (p.taken.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Enters a loop whose {@code continue} must first run {@code beforeContinue}. */
  void enterLoop(List<PyStmt> beforeContinue) {
    loops.push(new Loop(true, beforeContinue, pendingLabel));
    pendingLabel = null;
  }

  /**
   * Enters a statement that {@code break} may leave but that is no Python loop: a switch whose
   * arms break from inside nested statements, a labeled block. Its translation is a one-pass
   * {@code while True: ... break}, so that Python's {@code break} leaves it; a {@code continue}
   * inside it belongs to the loop around it.
   */
  void enterBreakable() {
    loops.push(new Loop(false, List.of(), pendingLabel));
    pendingLabel = null;
  }

  void exitLoop() {
    lastExited = loops.pop();
  }

  /** The label of the loop about to be entered ({@code outer: for (...)}). */
  void labelNextLoop(String label) {
    pendingLabel = label;
  }

  /** The loop most recently left. */
  Loop lastExited() {
    return lastExited;
  }

  /** The enclosing loops, innermost first. */
  List<Loop> loops() {
    return List.copyOf(loops);
  }

  /** The enclosing loop labeled {@code label}, if any. */
  java.util.Optional<Loop> loop(String label) {
    return loops.stream().filter(l -> label.equals(l.label)).findFirst();
  }

  /** The innermost enclosing loop or breakable statement, if any: what a {@code break} leaves. */
  Loop innermostLoop() {
    return loops.peek();
  }

  /** The innermost enclosing loop (not a breakable switch or block): what {@code continue} repeats. */
  Loop continueTarget() {
    return loops.stream().filter(Loop::isLoop).findFirst().orElse(null);
  }

  /**
   * A loop on the translation's stack. A labeled one records the flags that {@code break label}
   * and {@code continue label} set in loops nested inside it (Python has no labels).
   */
  final class Loop {
    private final boolean isLoop;
    private final List<PyStmt> beforeContinue;
    private final String label;
    private String breakFlag;
    private String continueFlag;
    private int jumps;

    Loop(boolean isLoop, List<PyStmt> beforeContinue, String label) {
      this.isLoop = isLoop;
      this.beforeContinue = beforeContinue;
      this.label = label;
    }

    /** A Java loop (else a breakable switch or block, translated as a one-pass while). */
    boolean isLoop() {
      return isLoop;
    }

    List<PyStmt> beforeContinue() {
      return beforeContinue;
    }

    String breakFlag() {
      return breakFlag;
    }

    String continueFlag() {
      return continueFlag;
    }

    /** How many labeled jumps from nested loops target this loop so far. */
    int jumps() {
      return jumps;
    }

    /** The flag a nested loop sets before it breaks, to leave or continue this loop. */
    String flag(boolean isBreak) {
      jumps++;
      String suffix = label == null ? "" : "_" + Names.snake(label);
      if (isBreak) {
        if (breakFlag == null) {
          breakFlag = temporary("break" + suffix);
        }
        return breakFlag;
      }
      if (continueFlag == null) {
        continueFlag = temporary("continue" + suffix);
      }
      return continueFlag;
    }
  }


  /**
   * A counting loop's counter (never assigned in its body), the local {@code variable} (null when
   * unknown), takes values in {@code range}.
   */
  void enterCounter(String javaName, IntRanges.Range range, javax.lang.model.element.Element variable) {
    counters.put(javaName, range);
    counterVariables.put(javaName, variable);
  }

  void exitCounter(String javaName) {
    counters.remove(javaName);
    counterVariables.remove(javaName);
  }

  private final Map<String, javax.lang.model.element.Element> counterVariables = new HashMap<>();

  /** The known range of a counting loop's counter, if {@code javaName} is one here. */
  @Override
  public java.util.Optional<IntRanges.Range> range(String javaName) {
    return java.util.Optional.ofNullable(counters.get(javaName));
  }

  /** The counter's range only if {@code variable} is that counter (a name may denote another). */
  @Override
  public java.util.Optional<IntRanges.Range> range(String javaName,
      javax.lang.model.element.Element variable) {
    javax.lang.model.element.Element counter = counterVariables.get(javaName);
    return counter == null || counter.equals(variable) ? range(javaName)
        : java.util.Optional.empty();
  }

  /**
   * Inside an arm of a switch expression: what {@code yield v} becomes, and the breakable that a
   * {@code yield} nested in the arm's statements then leaves (null when the sink itself leaves,
   * a return).
   */
  void enterSwitchArm(java.util.function.Function<PyExpr, PyStmt> sink, Loop exit) {
    yieldSinks.push(sink);
    yieldExits.push(java.util.Optional.ofNullable(exit));
  }

  void exitSwitchArm() {
    yieldSinks.pop();
    yieldExits.pop();
  }

  /** The breakable a nested {@code yield} leaves after its sink, if any. */
  Loop yieldExit() {
    return yieldExits.isEmpty() ? null : yieldExits.peek().orElse(null);
  }

  /** What {@code yield v} becomes here, or null outside a switch expression's arm. */
  java.util.function.Function<PyExpr, PyStmt> yieldSink() {
    return yieldSinks.peek();
  }

}
