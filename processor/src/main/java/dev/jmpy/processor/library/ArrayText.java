package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** {@code Arrays.toString} and {@code Arrays.deepToString}: an array's text as Java prints it. */
final class ArrayText {
  private ArrayText() {}

  /**
   * {@code Arrays.toString(a)}: {@code str(list(a))} for integers (Python prints a list of ints as
   * Java prints the array; a long[] is one: {@code str(a)}), the letters of a {@code char[]}, true/false of a {@code boolean[]},
   * {@code _jstr} for objects; "null" for a null array.
   */
  static PyExpr text(CallSite s) {
    TypeMirror type = s.typeOf(s.argument(0));
    TypeMirror component = TypedArrays.component(type);
    if (component == null || !component.getKind().isPrimitive()) {
      return objectsText(s, type, component);
    }
    if (component.getKind() == TypeKind.FLOAT || component.getKind() == TypeKind.DOUBLE) {
      // each element by Java's Float.toString (Double.toString), from its bits
      List<PyExpr> args = new ArrayList<>(List.of(new PyExpr.Name("_x")));
      if (component.getKind() == TypeKind.DOUBLE) {
        args.add(literal("53"));
      }
      PyExpr[] array = Forms.once(s, s.arg(0), "array");
      PyExpr texts = brackets(new PyExpr.ListComp(new PyExpr.Call(s.helper(Helper.FLOAT_TEXT),
          args), "_x", array[1]));
      return s.isNonNull(s.argument(0)) && array[0] == array[1] ? texts
          : new PyExpr.IfExp(op(array[0], "is", literal("None")), literal("\"null\""), texts);
    }
    PyExpr value = s.arg(0);
    if (s.isNonNull(s.argument(0))) {
      return elementsText(component, value);
    }
    PyExpr[] array = Forms.once(s, value, "array");
    return new PyExpr.IfExp(op(array[0], "is", literal("None")), literal("\"null\""),
        elementsText(component, array[1]));
  }

  /**
   * {@code Arrays.toString} of an object array, by its component type: Characters by {@code chr}
   * (a char is an int on the board), Floats, Objects and type variables by {@code _jotext}
   * (decided at run time), others by {@code _jstr}; an array of arrays or of StringBuilders has no
   * exact text (Java prints {@code [I@hash}; a builder is a list of pieces).
   */
  private static PyExpr objectsText(CallSite s, TypeMirror type, TypeMirror component) {
    if (component != null && component.getKind() == TypeKind.ARRAY) {
      return s.reject(Message.ARRAY_IDENTITY_TEXT, type.toString(), "print Arrays.deepToString(a)");
    }
    if (component != null && (dev.jmpy.processor.analysis.JavaTypes.isClass(component,
        Jdk.STRING_BUILDER) || dev.jmpy.processor.analysis.JavaTypes.isClass(component,
        Jdk.STRING_BUFFER))) {
      return s.reject(Message.UNSUPPORTED_STRING_CONVERSION, type.toString(),
          "convert each builder with toString() first");
    }
    if (component != null && s.javaTypes().isChar(component)) {
      PyExpr[] array = Forms.once(s, s.arg(0), "array");
      PyExpr each = new PyExpr.IfExp(op(new PyExpr.Name("_x"), "is", literal("None")),
          literal("\"null\""), builtin("chr", new PyExpr.Name("_x")));
      return new PyExpr.IfExp(op(array[0], "is", literal("None")), literal("\"null\""),
          brackets(new PyExpr.ListComp(each, "_x", array[1])));
    }
    boolean runtime = component == null || s.javaTypes().isFloating(component)
        || component.getKind() == TypeKind.TYPEVAR || component.getKind() == TypeKind.WILDCARD
        || component.getKind() == TypeKind.INTERSECTION
        || dev.jmpy.processor.analysis.JavaTypes.isClass(component, Jdk.OBJECT)
        || dev.jmpy.processor.analysis.JavaTypes.isClass(component, Jdk.NUMBER)
        || dev.jmpy.processor.analysis.JavaTypes.isClass(component, Jdk.COMPARABLE)
        || ExceptionRows.isThrowable(component);
    return new PyExpr.Call(s.helper(runtime ? Helper.OBJECT_TEXT : Helper.JAVA_TEXT),
        List.of(s.arg(0)));
  }

  private static PyExpr elementsText(TypeMirror component, PyExpr array) {
    return switch (component.getKind()) {
      case CHAR -> brackets(builtin("map", new PyExpr.Name("chr"), array));
      case BOOLEAN -> brackets(new PyExpr.ListComp(new PyExpr.IfExp(new PyExpr.Name("_x"),
          literal("\"true\""), literal("\"false\"")), "_x", array));
      case LONG -> builtin("str", array); // a list of ints
      default -> builtin("str", builtin("list", array));
    };
  }

  /**
   * {@code Arrays.deepToString(a)}: {@code _jdeepstr(a)}, which walks the rows; {@code chr} prints
   * the leaves of a {@code char[][]}.
   */
  static PyExpr deepText(CallSite s) {
    TypeMirror leaf = s.typeOf(s.argument(0));
    while (leaf != null && leaf.getKind() == TypeKind.ARRAY) {
      leaf = TypedArrays.component(leaf);
    }
    if (leaf == null || leaf.getKind() == TypeKind.FLOAT || leaf.getKind() == TypeKind.DOUBLE
        || dev.jmpy.processor.analysis.JavaTypes.isClass(leaf, Jdk.OBJECT)) {
      return s.reject(Message.UNSUPPORTED_STRING_CONVERSION, String.valueOf(s.typeOf(s.argument(0))),
          "deepToString of int, long, short, byte, char, boolean or object arrays of a declared "
              + "type (an Object[] may hold a char[] or float[], which print differently)");
    }
    List<PyExpr> args = new ArrayList<>(List.of(s.arg(0)));
    if (leaf.getKind() == TypeKind.CHAR) {
      args.add(new PyExpr.Name("chr"));
    }
    return new PyExpr.Call(s.helper(Helper.DEEP_TEXT), args);
  }

  /** {@code "[" + ", ".join(texts) + "]"}. */
  private static PyExpr brackets(PyExpr texts) {
    return op(op(literal("\"[\""), "+", method(literal("\", \""), "join", texts)), "+",
        literal("\"]\""));
  }
}
