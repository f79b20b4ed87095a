package dev.jmpy.processor.check;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * JDK APIs that have no meaning on MicroPython asyncio (threads, monitors, reflection), each with
 * what to write instead.
 */
public final class ForbiddenApis {
  private ForbiddenApis() {}

  /** What to write instead of calling {@code method} of {@code owner}, if it is forbidden. */
  public static Optional<String> alternative(TypeElement owner, ExecutableElement method) {
    String type = owner.getQualifiedName().toString();
    String name = method.getSimpleName().toString();
    if (type.equals("java.lang.Thread") && name.equals("sleep")) {
      return Optional.of("in a @Coroutine, await Asyncio.sleepMs(ms) so other tasks run meanwhile");
    }
    if (type.equals("java.lang.Thread")) {
      return Optional.of("start concurrent work with Asyncio.createTask(() -> work())");
    }
    if (type.equals("java.lang.Object")
        && (name.equals("wait") || name.equals("notify") || name.equals("notifyAll"))) {
      return Optional.of("wait for a dev.jmpy.asyncio.Event (await it) and set() it to wake waiters");
    }
    String pkg = packageOf(owner);
    if (pkg.startsWith("java.util.concurrent")) {
      return Optional.of("use dev.jmpy.asyncio (createTask, gather, Lock, Event); tasks switch "
          + "only at awaits, so plain fields need no atomics");
    }
    if (pkg.startsWith("java.lang.reflect") || type.equals("java.lang.Class")) {
      return Optional.of("MicroPython has no Java reflection; call the methods directly");
    }
    return Optional.empty();
  }

  private static String packageOf(Element element) {
    Element e = element;
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
  }
}
