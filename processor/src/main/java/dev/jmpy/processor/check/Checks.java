package dev.jmpy.processor.check;

import java.util.List;

/**
 * The rejections that need no translation, one check per concern (Dagger's one validator per
 * kind), run on each class before it is translated; a class that fails one is not translated.
 */
public final class Checks {
  private static final List<Check> ALL = List.of(new ThreadApis(), new Monitors(),
      new Reflection(), new CoroutineCalls(), new CoroutineFunctions(), new CoroutineOverrides(),
      new ConstructorArities(), new Ticks(), new TextLiterals(), new DecimalApis(),
      new ErasedValues(), new IntegerBoxTests());

  private Checks() {}

  /** Runs every check on {@code context}'s class; whether none reported an error. */
  public static boolean pass(CheckContext context) {
    int before = context.diagnostics().errorCount();
    for (Check check : ALL) {
      check.run(context);
    }
    return context.diagnostics().errorCount() == before;
  }
}
