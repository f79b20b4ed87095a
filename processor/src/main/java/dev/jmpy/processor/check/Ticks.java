package dev.jmpy.processor.check;

import com.github.javaparser.ast.body.MethodDeclaration;

/** JMPY016: arithmetic on tick counts, which wrap on the board ({@link TickArithmetic}). */
final class Ticks implements Check {
  @Override
  public void run(CheckContext c) {
    for (MethodDeclaration method : c.unit().declaration().findAll(MethodDeclaration.class)) {
      TickArithmetic.check(c.oracle(), c.diagnostics(), c.unit(), method);
    }
  }
}
