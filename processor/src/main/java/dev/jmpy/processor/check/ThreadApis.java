package dev.jmpy.processor.check;

import dev.jmpy.processor.diag.Message;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * JMPY030: threads ({@code Thread}) and {@code java.util.concurrent}. MicroPython's asyncio runs
 * tasks on one thread, switching only at awaits.
 */
final class ThreadApis extends JdkApis {
  ThreadApis() {
    super(Message.NO_THREADS);
  }

  @Override
  Optional<String> alternative(TypeElement owner, ExecutableElement method) {
    String type = owner.getQualifiedName().toString();
    if (type.equals("java.lang.Thread") && method.getSimpleName().contentEquals("sleep")) {
      return Optional.of("in a @Coroutine, await Asyncio.sleepMs(ms) so other tasks run meanwhile");
    }
    if (type.equals("java.lang.Thread")) {
      return Optional.of("start concurrent work with Asyncio.createTask(() -> work())");
    }
    if (packageOf(owner).startsWith("java.util.concurrent")) {
      return Optional.of("use dev.jmpy.asyncio (createTask, gather, Lock, Event); tasks switch "
          + "only at awaits, so plain fields need no atomics");
    }
    return Optional.empty();
  }
}
