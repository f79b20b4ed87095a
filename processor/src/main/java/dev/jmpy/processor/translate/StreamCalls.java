package dev.jmpy.processor.translate;

import dev.jmpy.processor.types.Stubs;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The asyncio stream methods the translation needs to know by name. Their calls are plain stub
 * calls: a {@code byte[]} is an {@code array("b")}, a buffer that {@code writer.write(buf)} sends
 * and {@code await reader.readinto(buf)} fills in place, as MicroPython's streams take any buffer.
 */
final class StreamCalls {
  private static final String READER = "dev.jmpy.asyncio.StreamReader";
  private static final String WRITER = "dev.jmpy.asyncio.StreamWriter";
  private static final String SERVER = "dev.jmpy.asyncio.Server";

  private StreamCalls() {}

  /**
   * A stream's or server's coroutine method ({@code reader.readline()}): a generator or
   * {@code async def} on MicroPython, so it can be made a task ({@code wait_for(r.readline(), 1)}),
   * unlike asyncio's sleep.
   */
  static boolean isStreamCoroutine(ExecutableElement m) {
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    return Stubs.has(m, Stubs.COROUTINE) && !m.getModifiers().contains(Modifier.STATIC)
        && (owner.equals(READER) || owner.equals(WRITER) || owner.equals(SERVER));
  }
}
