package dev.jmpy.board;

import dev.jmpy.asyncio.internal.Outside;
import dev.jmpy.asyncio.testing.VirtualTime;
import dev.jmpy.board.internal.Hw;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension, {@code @ExtendWith(SimulatedBoard.class)}: each test gets a freshly powered
 * simulated ESP32 ({@link Board}, also a test parameter) whose clock is the event loop's virtual
 * clock. It implies {@link VirtualTime} (and composes with it): the loop is fresh, time starts
 * at 0, moves only when every task waits (or in a blocking sleep), and never leaks real time into
 * {@code Time.ticksMs()}. A {@link BoardScenario} on the class or method is loaded first.
 *
 * <p>After the test, the board is unplugged from the loop and the loop checked as VirtualTime
 * does. The board is global, as the loop is: tests using it must not run in parallel.
 */
public final class SimulatedBoard implements BeforeEachCallback, AfterEachCallback,
    ParameterResolver {
  private final VirtualTime virtualTime = new VirtualTime();

  /** Used by JUnit through {@code @ExtendWith}. */
  public SimulatedBoard() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    virtualTime.beforeEach(context);
    Board.get().powerOn();
    Outside.setEvents(Hw.get());
    Optional<BoardScenario> scenario = scenario(context.getElement())
        .or(() -> scenario(context.getTestClass()));
    if (scenario.isPresent()) {
      Board.get().load(read(context.getRequiredTestClass(), scenario.get().value()));
    }
  }

  private static Optional<BoardScenario> scenario(Optional<? extends AnnotatedElement> element) {
    return element.map(e -> e.getAnnotation(BoardScenario.class));
  }

  private static String read(Class<?> testClass, String resource) {
    try (InputStream in = testClass.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario resource " + resource + " beside "
            + testClass.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      Outside.setEvents(null);
    } finally {
      virtualTime.afterEach(context);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Board.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return Board.get();
  }
}
