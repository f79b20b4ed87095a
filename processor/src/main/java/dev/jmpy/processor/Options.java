package dev.jmpy.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The processor's {@code -A} options, all in one place. */
record Options(Optional<String> mainClass, String asyncioModule, boolean wrapIntegers) {
  static final String MAIN = "jmpy.main";
  static final String ASYNCIO_MODULE = "jmpy.asyncioModule";
  static final String INT_OVERFLOW = "jmpy.intOverflow";
  static final Set<String> ALL = Set.of(MAIN, ASYNCIO_MODULE, INT_OVERFLOW);

  /**
   * {@code -Ajmpy.main=<class>} names the class {@code main.py} runs; {@code
   * -Ajmpy.asyncioModule=uasyncio} imports asyncio under its pre-v1.21 name; {@code
   * -Ajmpy.intOverflow=python} leaves int/long arithmetic to MicroPython's growing integers (with a
   * warning where Java would wrap around) instead of emulating the wrap ({@code wrap}, the default).
   */
  static Options from(Map<String, String> options) {
    return new Options(
        Optional.ofNullable(options.get(MAIN)).filter(s -> !s.isBlank()),
        options.getOrDefault(ASYNCIO_MODULE, "asyncio"),
        !"python".equals(options.get(INT_OVERFLOW)));
  }
}
