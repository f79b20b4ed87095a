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

  /** Whether calling {@code method} awaits it. */
  public static boolean isCoroutine(ExecutableElement method) {
    return has(method, COROUTINE) || has(method, AWAITS_RECEIVER);
  }

  /**
   * Whether {@code type} is translated by jmpy: annotated {@code @MicroPython} or declaring a
   * {@code @Coroutine} method, and not a stub.
   */
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
    return element.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement())
            .getQualifiedName().contentEquals(annotation))
        .findFirst();
  }
}
