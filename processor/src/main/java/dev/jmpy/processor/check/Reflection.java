package dev.jmpy.processor.check;

import dev.jmpy.processor.diag.Message;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** JMPY032: Java reflection ({@code Class}, {@code java.lang.reflect}), which MicroPython lacks. */
final class Reflection extends JdkApis {
  Reflection() {
    super(Message.NO_REFLECTION);
  }

  @Override
  Optional<String> alternative(TypeElement owner, ExecutableElement method) {
    if (packageOf(owner).startsWith("java.lang.reflect")
        || owner.getQualifiedName().contentEquals("java.lang.Class")) {
      return Optional.of("MicroPython has no Java reflection; call the methods directly");
    }
    return Optional.empty();
  }
}
