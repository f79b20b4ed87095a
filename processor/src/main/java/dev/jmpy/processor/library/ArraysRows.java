package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.Arrays}: an array is a Python list. A {@code byte[]} may hold a stream's
 * bytes (Python bytes: 0..255, immutable, printed as bytes), so Arrays is not used on one.
 */
final class ArraysRows implements LibraryRegistry.Rows {
  private static final String ARRAYS = "java.util.Arrays";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.guard(ARRAYS, ArraysRows::byteArrays)
        .call(ARRAYS + "#asList", s -> s.arity() == 1 && isArray(s.typeOf(s.argument(0)))
            ? s.arg(0) : new PyExpr.ListExpr(s.args()))
        .call(ARRAYS + "#toString", ArraysRows::text)
        .call(ARRAYS + "#sort", s -> s.arity() == 1
            ? CollectionsRows.naturalSort(s, s.arg(0), s.argument(0)) : null)
        .call(ARRAYS + "#equals", s -> op(s.arg(0), "==", s.arg(1)))
        // a[:] = [v] * len(a)
        .statement(ARRAYS + "#fill", s -> {
          if (s.arity() != 2) {
            return null;
          }
          PyExpr array = s.arg(0);
          return List.of(new PyStmt.Assign(new PyExpr.Slice(array, null, null),
              op(new PyExpr.ListExpr(List.of(s.arg(1))), "*", builtin("len", array))));
        });
  }

  private static PyExpr byteArrays(CallSite s) {
    if (s.arguments().stream().noneMatch(a -> isByteArray(s.typeOf(a)))) {
      return null;
    }
    return s.reject(Message.BYTE_ARRAY,
        "Arrays." + s.method().getSimpleName() + "() of a byte[]",
        "index the bytes in a loop (b[i] keeps Java's sign), or decode them with new String(b, UTF_8)");
  }

  /** A char[] holds code units (ints): {@code "[" + ", ".join([chr(c) for c in a]) + "]"}. */
  private static PyExpr text(CallSite s) {
    if (isCharArray(s.typeOf(s.argument(0)))) {
      return op(op(literal("\"[\""), "+", method(literal("\", \""), "join",
          new PyExpr.ListComp(builtin("chr", new PyExpr.Name("_c")), "_c", s.arg(0)))),
          "+", literal("\"]\""));
    }
    return new PyExpr.Call(s.helper(Helper.JAVA_TEXT), List.of(s.arg(0)));
  }

  private static boolean isArray(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.ARRAY;
  }

  private static boolean isCharArray(TypeMirror type) {
    return type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.CHAR;
  }

  static boolean isByteArray(TypeMirror type) {
    return type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE;
  }
}
