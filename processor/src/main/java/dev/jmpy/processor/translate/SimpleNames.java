package dev.jmpy.processor.translate;

import dev.jmpy.processor.library.ExceptionRows;
import dev.jmpy.processor.types.Stubs;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Java's simple name of a class of yours beside its Python class's name, for
 * {@code getClass().getSimpleName()} ({@code type(o).__name__}): a class whose Python name is
 * another (an anonymous class, {@code ""} in Java; a local class renamed beside another of its
 * name; a class named {@code print}) keeps Java's in the class attribute {@code _jsimple}, and so
 * does every class extending one, which would otherwise inherit it. Exceptions need none: their
 * {@code _jname} is Java's binary name, which {@code _jmpy.simple_name} reads.
 */
final class SimpleNames {
  static final String ATTRIBUTE = "_jsimple";

  private SimpleNames() {}

  /** Whether the Python class of {@code type} (a class of yours) carries {@code _jsimple}. */
  static boolean carried(TypeElement type, ModuleContext module) {
    if (type.getKind().isInterface() || ExceptionRows.isThrowable(type.asType())) {
      return false;
    }
    for (TypeElement t = type; t != null; t = ClassNames.translatedSuperclass(t)) {
      if (renamed(t, module)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether Python names {@code type} otherwise than Java's simple name. An anonymous class only
   * counts where something of yours can be its static type (it extends or implements a class of
   * yours): a Runnable's or Comparator's name is never asked for (JMPY032).
   */
  private static boolean renamed(TypeElement type, ModuleContext module) {
    String java = type.getSimpleName().toString();
    return switch (type.getNestingKind()) {
      case ANONYMOUS -> ofYours(type.getSuperclass())
          || type.getInterfaces().stream().anyMatch(SimpleNames::ofYours);
      case LOCAL -> module.innerClasses().local(type)
          .map(local -> !local.pythonName().equals(java)).orElse(false);
      default -> !ClassNames.pythonClassName(type).equals(java);
    };
  }

  private static boolean ofYours(TypeMirror type) {
    return type instanceof DeclaredType declared
        && Stubs.isTranslated((TypeElement) declared.asElement());
  }
}
