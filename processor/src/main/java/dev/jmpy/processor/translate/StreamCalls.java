package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The asyncio stream calls whose MicroPython form is not the plain stub call, because jmpy's
 * {@code byte[]} is a Python list while a stream's bytes are Python {@code bytes}:
 * {@code writer.write(bytes)} of a Java-made array, and {@code reader.readinto(buf)}.
 */
final class StreamCalls {
  private static final String READER = "dev.jmpy.asyncio.StreamReader";
  private static final String WRITER = "dev.jmpy.asyncio.StreamWriter";
  private static final String SERVER = "dev.jmpy.asyncio.Server";

  private StreamCalls() {}

  /** The translation of {@code call} when it is one of those calls. */
  static Optional<PyExpr> translate(MethodCallExpr call, ExecutableElement m, FunctionContext f,
      CallTranslator calls) {
    ExpressionTranslator expressions = calls.expressions();
    if (is(m, WRITER, "write") && !isAlreadyBytes(call.getArgument(0), calls)) {
      // A byte[] made in Java is a list of signed ints: bytes(...) of their low 8 bits for the
      // socket (a stream's own bytes pass unchanged through the same expression).
      PyExpr list = expressions.translate(call.getArgument(0), f);
      PyExpr low = new PyExpr.BinOp(new PyExpr.Name("x"), "&", new PyExpr.Literal("255"));
      PyExpr bytes = new PyExpr.Call(new PyExpr.Name("bytes"),
          List.of(new PyExpr.ListComp(low, "x", list, null)));
      return Optional.of(new PyExpr.Call(
          new PyExpr.Attribute(calls.receiver(call, f), "write"), List.of(bytes)));
    }
    if (is(m, READER, "readinto") && f.async()) {
      // await r.readinto(buf) -> _jreadinto(buf, await r.read(len(buf))): MicroPython's readinto
      // needs a bytearray, and buf is a list here.
      PyExpr buffer = expressions.translate(call.getArgument(0), f);
      PyExpr again = buffer;
      if (!(buffer instanceof PyExpr.Name)) {
        String temp = f.temporary("buf");
        buffer = new PyExpr.NamedExpr(temp, buffer);
        again = new PyExpr.Name(temp);
      }
      PyExpr read = new PyExpr.Await(new PyExpr.Call(
          new PyExpr.Attribute(calls.receiver(call, f), "read"),
          List.of(new PyExpr.Call(new PyExpr.Name("len"), List.of(again)))));
      return Optional.of(new PyExpr.Call(calls.module().helper(Helper.READ_INTO),
          List.of(buffer, read)));
    }
    return Optional.empty();
  }

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

  private static boolean is(ExecutableElement m, String owner, String name) {
    return ((TypeElement) m.getEnclosingElement()).getQualifiedName().contentEquals(owner)
        && m.getSimpleName().contentEquals(name);
  }

  /** {@code s.getBytes(...)} or a stream's read: already Python bytes. */
  private static boolean isAlreadyBytes(Expression e, CallTranslator calls) {
    if (!(e instanceof MethodCallExpr call)) {
      return false;
    }
    Optional<Element> element = calls.env().oracle().element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)) {
      return false;
    }
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    return dev.jmpy.processor.library.Jdk.isStringMethod(m, "getBytes") || owner.equals(READER);
  }
}
