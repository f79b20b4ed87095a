package dev.jmpy.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The processor's {@code -A} options, all in one place. */
record Options(Optional<String> mainClass, String asyncioModule) {
  static final String MAIN = "jmpy.main";
  static final String ASYNCIO_MODULE = "jmpy.asyncioModule";
  static final Set<String> ALL = Set.of(MAIN, ASYNCIO_MODULE);

  /**
   * {@code -Ajmpy.main=<class>} names the class {@code main.py} runs; {@code
   * -Ajmpy.asyncioModule=uasyncio} imports asyncio under its pre-v1.21 name.
   */
  static Options from(Map<String, String> options) {
    return new Options(
        Optional.ofNullable(options.get(MAIN)).filter(s -> !s.isBlank()),
        options.getOrDefault(ASYNCIO_MODULE, "asyncio"));
  }
}
