package dev.jmpy.processor.check;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import dev.jmpy.processor.diag.Message;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * JMPY031: monitors ({@code synchronized} blocks and methods, {@code Object.wait/notify}). Tasks
 * switch only at awaits, so code between two awaits needs no lock; across awaits, a Lock.
 */
final class Monitors extends JdkApis {
  Monitors() {
    super(Message.NO_MONITORS);
  }

  @Override
  Optional<String> alternative(TypeElement owner, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (owner.getQualifiedName().contentEquals("java.lang.Object")
        && (name.equals("wait") || name.equals("notify") || name.equals("notifyAll"))) {
      return Optional.of("wait for a dev.jmpy.asyncio.Event (await it) and set() it to wake waiters");
    }
    return Optional.empty();
  }

  @Override
  public void run(CheckContext c) {
    super.run(c);
    for (SynchronizedStmt block : c.unit().declaration().findAll(SynchronizedStmt.class)) {
      c.report(block, Message.NO_MONITORS, "synchronized",
          "remove it (tasks switch only at awaits), or hold a dev.jmpy.asyncio.Lock across awaits");
    }
    for (MethodDeclaration method : c.unit().declaration().findAll(MethodDeclaration.class)) {
      if (method.hasModifier(Modifier.Keyword.SYNCHRONIZED)) {
        c.report(method, Message.NO_MONITORS, "a synchronized method",
            "remove synchronized (tasks switch only at awaits), or hold a dev.jmpy.asyncio.Lock");
      }
    }
  }
}
