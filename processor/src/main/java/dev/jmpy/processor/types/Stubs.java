package dev.jmpy.processor.types;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads jmpy's annotations from any element, from source or from a jar: the single source of
 * MicroPython names ({@code @PyModule}, {@code @PyName}) and of what is awaited ({@code @Coroutine},
 * {@code @AwaitsReceiver}). There is no second table.
 */
public final class Stubs {
  public static final String MICRO_PYTHON = "dev.jmpy.annotations.MicroPython";
  public static final String COROUTINE = "dev.jmpy.annotations.Coroutine";
  public static final String PY_MODULE = "dev.jmpy.annotations.PyModule";
  public static final String PY_NAME = "dev.jmpy.annotations.PyName";
  public static final String PY_KEYWORD = "dev.jmpy.annotations.PyKeyword";
  public static final String AWAITS_RECEIVER = "dev.jmpy.annotations.AwaitsReceiver";
  public static final String PY_ITEM = "dev.jmpy.annotations.PyItem";
  public static final String PY_ATTRIBUTE = "dev.jmpy.annotations.PyAttribute";
  public static final String PY_FILLS = "dev.jmpy.annotations.PyFills";
  public static final String MAY_RETURN_NONE = "dev.jmpy.annotations.MayReturnNone";
  public static final String BLOCKING = "dev.jmpy.annotations.Blocking";
  public static final String TICKS = "dev.jmpy.annotations.Ticks";

  /** The module of Python's builtins: its stub classes are named without a module or import. */
  public static final String BUILTINS = "builtins";

  private Stubs() {}

  /** Whether {@code element} carries the annotation named {@code annotation}. */
  public static boolean has(Element element, String annotation) {
    return mirror(element, annotation).isPresent();
  }

  /** The string {@code value()} of the annotation named {@code annotation} on {@code element}. */
  public static Optional<String> value(Element element, String annotation) {
    return mirror(element, annotation).flatMap(m -> m.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
        .map(e -> e.getValue())
        .map(AnnotationValue::getValue)
        .map(Object::toString)
        .findFirst());
  }

  /** The MicroPython module a stub type stands for ({@code @PyModule}), if it is a stub. */
  public static Optional<String> pyModule(TypeElement type) {
    for (Element e = type; e != null && (e.getKind().isClass() || e.getKind().isInterface());
        e = e.getEnclosingElement()) {
      Optional<String> module = value(e, PY_MODULE);
      if (module.isPresent()) {
        return module;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a stub type stands for its module rather than for a Python class: all its members
   * are static (its constructors, if any, private or without parameters). {@code Machine} is module {@code machine};
   * {@code Pin}, with constructors and instance methods, is class {@code machine.Pin}, whose
   * static fields are class attributes ({@code machine.Pin.OUT}).
   */
  public static boolean isModuleClass(TypeElement stub) {
    if (stub.getKind() != ElementKind.CLASS) {
      return false;
    }
    for (Element member : stub.getEnclosedElements()) {
      boolean hidden = member.getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE);
      if (member.getKind() == ElementKind.CONSTRUCTOR && !hidden
          && !((ExecutableElement) member).getParameters().isEmpty()) {
        return false; // the implicit (or any no-argument) constructor decides nothing
      }
      if ((member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.FIELD)
          && !member.getModifiers().contains(javax.lang.model.element.Modifier.STATIC) && !hidden) {
        return false;
      }
    }
    return true;
  }

  /** The Python name of a stub class: its {@code @PyName}, else its simple name. */
  public static String pyClassName(TypeElement stub) {
    return value(stub, PY_NAME).orElse(stub.getSimpleName().toString());
  }

  /** Whether calling {@code method} awaits it. */
  public static boolean isCoroutine(ExecutableElement method) {
    return has(method, COROUTINE) || has(method, AWAITS_RECEIVER);
  }

  /**
   * Whether {@code type} is translated by jmpy: annotated {@code @MicroPython} or declaring a
   * {@code @Coroutine} method, and not a stub.
   */
  /**
   * Whether {@code type} is one of your {@code @MicroPython} types (itself or nested in one): a
   * translated type whose interfaces hold lambdas as objects. The stubs' callback interfaces
   * ({@code ClientHandler}, {@code Coro}), translated by their {@code @Coroutine} methods, are not.
   */
  public static boolean isYours(TypeElement type) {
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement t && has(t, MICRO_PYTHON)) {
        return pyModule(type).isEmpty();
      }
    }
    return false;
  }

  public static boolean isTranslated(TypeElement type) {
    if (pyModule(type).isPresent()) {
      return false;
    }
    // A nested, local or anonymous class lives in its top-level class's module.
    for (Element e = type.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement outer) {
        return isTranslated(outer);
      }
    }
    if (has(type, MICRO_PYTHON)) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && has(member, COROUTINE)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<? extends AnnotationMirror> mirror(Element element, String annotation) {
    // A loop, not a stream: this runs for every name the translation resolves (issue 11).
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(annotation)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
