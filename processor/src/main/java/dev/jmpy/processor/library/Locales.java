package dev.jmpy.processor.library;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * A {@code java.util.Locale} constant as the argument of {@code toLowerCase(locale)} /
 * {@code toUpperCase(locale)}: the locales whose case mapping is the root locale's (only Turkish,
 * Azerbaijani and Lithuanian differ, which have no constant), so the call is the one without a
 * locale. Any other locale value (a variable, {@code Locale.of("tr")}) is not mapped.
 */
final class Locales {
  private static final Set<String> ROOT_CASE = Set.of("ROOT", "ENGLISH", "US", "UK", "CANADA",
      "CANADA_FRENCH", "FRENCH", "FRANCE", "GERMAN", "GERMANY", "ITALIAN", "ITALY", "JAPANESE",
      "JAPAN", "KOREAN", "KOREA", "CHINESE", "CHINA", "SIMPLIFIED_CHINESE", "TRADITIONAL_CHINESE",
      "PRC", "TAIWAN");

  private Locales() {}

  /** Whether the call's one argument is a Locale constant that cases as the root locale does. */
  static boolean caseLikeRoot(CallSite s) {
    if (s.arity() != 1) {
      return false;
    }
    Element element = s.element(s.argument(0)).orElse(null);
    return element != null && element.getKind() == ElementKind.FIELD
        && ((TypeElement) element.getEnclosingElement()).getQualifiedName()
            .contentEquals("java.util.Locale")
        && ROOT_CASE.contains(element.getSimpleName().toString());
  }
}
