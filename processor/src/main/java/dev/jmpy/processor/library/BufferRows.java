package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * Binary data: {@code java.nio.ByteBuffer} as a {@code _ByteBuffer} (position and limit over the
 * {@code array("b")} that {@code array()} returns, multi-byte values packed by {@code struct} in the
 * buffer's order, Java's exceptions), {@code ByteOrder}'s constants as their names
 * ({@code "BIG_ENDIAN"}, what Java prints), and {@code java.io.ByteArrayOutputStream} as a
 * {@code _ByteArrayOutputStream} (a growing {@code bytearray}).
 */
final class BufferRows implements LibraryRegistry.Rows {
  private static final String BYTE_BUFFER = "java.nio.ByteBuffer";
  private static final String BUFFER = "java.nio.Buffer";
  private static final String BYTE_OUTPUT = "java.io.ByteArrayOutputStream";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String buffer = BYTE_BUFFER + "#";
    rows.call(buffer + "allocate", s -> new PyExpr.Call(
            new PyExpr.Attribute(s.helper(Helper.BYTE_BUFFER), "allocate"), s.args()))
        .call(buffer + "wrap", s -> s.arity() == 1 || s.arity() == 3 ? new PyExpr.Call(
            new PyExpr.Attribute(s.helper(Helper.BYTE_BUFFER), "wrap"), s.args()) : null)
        .call(buffer + "get", s -> bytes(s, "get", "get_at", "get_into"))
        .call(buffer + "put", s -> bytes(s, "put", "put_at", "put_from"))
        .call(buffer + "array", s -> new PyExpr.Attribute(s.receiver(), "hb"))
        .call(buffer + "toString", s -> builtin("str", s.receiver()))
        // Java's equals compares the remaining bytes; so does _ByteBuffer's __eq__
        .call(buffer + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(buffer + "order", s -> s.arity() == 0 ? method(s.receiver(), "order")
            : method(s.receiver(), "set_order", s.arg(0)))
        .constant("java.nio.ByteOrder#BIG_ENDIAN", "\"BIG_ENDIAN\"")
        .constant("java.nio.ByteOrder#LITTLE_ENDIAN", "\"LITTLE_ENDIAN\"");
    for (String[] value : new String[][] {{"Short", "h", "2"}, {"Int", "i", "4"},
        {"Long", "q", "8"}}) {
      rows.call(buffer + "get" + value[0], s -> value(s, "read", value[1], value[2]))
          .call(buffer + "put" + value[0], s -> value(s, "write", value[1], value[2]));
    }
    // Buffer declares the getters; ByteBuffer overrides the setters and flip/clear/rewind.
    for (String family : List.of(BYTE_BUFFER + "#", BUFFER + "#")) {
      rows.call(family + "position", s -> s.arity() == 0
              ? new PyExpr.Attribute(s.receiver(), "pos")
              : method(s.receiver(), "set_position", s.arg(0)))
          .call(family + "limit", s -> s.arity() == 0
              ? new PyExpr.Attribute(s.receiver(), "lim")
              : method(s.receiver(), "set_limit", s.arg(0)));
      for (String name : List.of("flip", "clear", "rewind")) {
        rows.call(family + name, s -> method(s.receiver(), name));
      }
    }
    rows.call(BUFFER + "#capacity", s -> method(s.receiver(), "capacity"))
        .call(BUFFER + "#remaining", s -> method(s.receiver(), "remaining"))
        // lim > pos exactly when remaining() is positive
        .call(BUFFER + "#hasRemaining", s -> op(method(s.receiver(), "remaining"), ">",
            literal("0")));
    String output = BYTE_OUTPUT + "#";
    rows.creation(BYTE_OUTPUT, s -> s.arity() == 0
            ? new PyExpr.Call(s.helper(Helper.BYTE_OUTPUT), List.of()) : null)
        .call(output + "write", s -> s.arity() == 1 && !isBytes(s, 0)
            ? method(s.receiver(), "write", s.arg(0)) : writeFrom(s))
        // write(byte[]) is OutputStream's: only a ByteArrayOutputStream's is translated
        .call("java.io.OutputStream#write", s -> s.scope().isPresent()
            && s.isA(s.typeOf(s.scope().get()), BYTE_OUTPUT) ? writeFrom(s) : null)
        .call(output + "writeBytes", BufferRows::writeFrom)
        .call(output + "toByteArray", s -> method(s.receiver(), "to_byte_array"))
        .call(output + "size", s -> builtin("len", new PyExpr.Attribute(s.receiver(), "buf")))
        .call(output + "reset", s -> method(s.receiver(), "reset"))
        .call(output + "toString", s -> s.arity() == 0 ? builtin("str", s.receiver()) : null);
  }

  /**
   * ByteBuffer's get and put of bytes: relative ({@code get()}, {@code put(b)}), absolute
   * ({@code get(i)}, {@code put(i, b)}), or of an array ({@code get(dst[, off, n])},
   * {@code put(src[, off, n])}); a put of another ByteBuffer is not translated.
   */
  private static PyExpr bytes(CallSite s, String relative, String absolute, String bulk) {
    List<TypeKind> params = s.method().getParameters().stream()
        .map(p -> p.asType().getKind()).toList();
    String name = params.equals(List.of()) || params.equals(List.of(TypeKind.BYTE)) ? relative
        : params.equals(List.of(TypeKind.INT)) || params.equals(List.of(TypeKind.INT, TypeKind.BYTE))
            ? absolute
        : isBytes(s, 0) && (s.arity() == 1 || s.arity() == 3) ? bulk : null;
    return name == null ? null : method(s.receiver(), name, s.args().toArray(PyExpr[]::new));
  }

  /**
   * {@code getShort()} → {@code buf.read("h", 2)}, {@code getShort(i)} →
   * {@code buf.read_at(i, "h", 2)}; {@code putShort(v)} → {@code buf.write("h", 2, v)}.
   */
  private static PyExpr value(CallSite s, String access, String code, String size) {
    boolean read = access.equals("read");
    boolean absolute = s.arity() == (read ? 1 : 2);
    List<PyExpr> args = new ArrayList<>();
    if (absolute) {
      args.add(s.arg(0));
    }
    args.add(TypedArrays.code(code));
    args.add(literal(size));
    if (!read) {
      args.add(s.arg(s.arity() - 1));
    }
    return new PyExpr.Call(new PyExpr.Attribute(s.receiver(), absolute ? access + "_at" : access),
        args);
  }

  /** {@code out.write_from(src[, off, n])}: write(byte[]), write(byte[], off, n), writeBytes. */
  private static PyExpr writeFrom(CallSite s) {
    return (s.arity() == 1 || s.arity() == 3) && isBytes(s, 0)
        ? method(s.receiver(), "write_from", s.args().toArray(PyExpr[]::new)) : null;
  }

  private static boolean isBytes(CallSite s, int i) {
    return TypedArrays.isArrayOf(s.typeOf(s.argument(i)), TypeKind.BYTE);
  }
}
