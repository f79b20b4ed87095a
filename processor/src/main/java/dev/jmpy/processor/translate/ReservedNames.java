package dev.jmpy.processor.translate;

import dev.jmpy.processor.runtime.Helper;
import java.util.HashSet;
import java.util.Set;

/**
 * The names a translated module may not give to anything of the user's: a Java name that equals
 * one gets a trailing underscore ({@code getattr} → {@code getattr_}). A user's function named
 * {@code getattr} at module level would otherwise replace the builtin every {@code instanceof} of an
 * interface calls in that module; a local named {@code bytes} would hide the buffer type.
 *
 * <p>Reserved: Python's keywords; every name of MicroPython 1.27's {@code builtins} module (a test
 * compares the list with {@code dir(builtins)} on the board, and checks that every name the
 * helpers' own {@code .py} sources use without defining is here); the modules generated code
 * imports; and the helpers' names.
 */
public final class ReservedNames {
  /** Python's keywords (and MicroPython's soft ones): no name at all. */
  static final Set<String> KEYWORDS = Set.of(
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
      "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield");

  /** {@code dir(builtins)} of MicroPython 1.27 (unix and ESP32 ports), and CPython's few more. */
  static final Set<String> BUILTINS = Set.of(
      "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError",
      "Ellipsis", "Exception", "GeneratorExit", "ImportError", "IndentationError", "IndexError",
      "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError",
      "NotImplemented", "NotImplementedError", "OSError", "OverflowError", "RuntimeError",
      "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemExit", "TypeError",
      "UnicodeError", "ValueError", "ViperTypeError", "ZeroDivisionError", "abs", "all", "any",
      "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
      "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "execfile", "filter",
      "float", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
      "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
      "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
      "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod",
      "str", "sum", "super", "tuple", "type", "zip",
      // CPython's, for the streams area's CPython side and for readers' sake
      "format", "vars", "ascii", "aiter", "anext", "breakpoint", "Warning");

  /**
   * The modules generated code imports or may import, and every other module an ESP32 or the unix
   * port of MicroPython 1.27 can import: a local named {@code time} would hide the time module in
   * its function, and a module {@code names/array.py} is bound as {@code array} where it is
   * imported, over {@code from array import array}. These are MicroPython 1.27's built-in modules
   * (MP_REGISTER_MODULE / MP_REGISTER_EXTENSIBLE_MODULE in py/, extmod/, ports/esp32 and
   * ports/unix), the {@code u}-names of the extensible ones ({@code import utime} is the built-in
   * time, py/objmodule.c), the ESP32 port's frozen ones (ports/esp32/modules, extmod/asyncio, and
   * what ports/esp32/boards/manifest.py requires from micropython-lib); conformance's NamesTest
   * compares them with {@code help('modules')} of the unix port.
   */
  static final Set<String> MODULES = Set.of(
      "asyncio", "uasyncio", "machine", "time", "sys", "os", "gc", "micropython", "network",
      "socket", "select", "struct", "json", "re", "math", "cmath", "random", "collections", "io",
      "array", "binascii", "hashlib", "heapq", "errno", "esp", "esp32", "neopixel", "framebuf",
      "btree", "bluetooth", "cryptolib", "deflate", "ssl", "tls", "uctypes", "vfs", "platform",
      "espnow", "aioespnow", "onewire", "ds18x20", "dht", "webrepl", "webrepl_setup", "ntptime",
      "requests", "urequests", "mip", "umqtt", "upysh", "apa106", "flashbdev", "inisetup",
      "websocket", "lwip", "marshal", "openamp", "ffi", "termios", "builtins", "_boot", "_thread",
      "_asyncio", "_espnow", "_onewire", "_webrepl", "__main__",
      "uarray", "ubinascii", "ubluetooth", "ucollections", "ucryptolib", "uerrno", "uhashlib",
      "uheapq", "uio", "ujson", "umachine", "uos", "uplatform", "urandom", "ure", "uselect",
      "usocket", "ustruct", "usys", "utime", "uwebsocket");

  /** The modules of {@link #MODULES}: no module or top-level package of the user's may take one. */
  public static Set<String> modules() {
    return MODULES;
  }

  /** {@code self}: the receiver every method of a Python class is given. */
  static final Set<String> OTHER = Set.of("self");

  private static final java.util.regex.Pattern TOP_LEVEL_DEFINITION = java.util.regex.Pattern.compile(
      "^(?:def|class) ([A-Za-z_][A-Za-z0-9_]*)|^([A-Za-z_][A-Za-z0-9_]*) *=", java.util.regex.Pattern.MULTILINE);
  private static final Set<String> ALL = all();

  private ReservedNames() {}

  private static Set<String> all() {
    Set<String> all = new HashSet<>(KEYWORDS);
    all.addAll(BUILTINS);
    all.addAll(MODULES);
    all.addAll(OTHER);
    for (Helper helper : Helper.values()) {
      all.add(helper.pythonName());
      if (helper.shared()) {
        continue; // imported as a module: its own names stay in it
      }
      // a helper's file may define more than its name (_jre defines _jre_find, _jre_at)
      java.util.regex.Matcher defined = TOP_LEVEL_DEFINITION.matcher(helper.source());
      while (defined.find()) {
        all.add(defined.group(1) != null ? defined.group(1) : defined.group(2));
      }
    }
    return Set.copyOf(all);
  }

  /** Whether a user's name {@code name} must be renamed in the Python it becomes. */
  public static boolean contains(String name) {
    return ALL.contains(name);
  }

  /** Whether {@code name} is a Python keyword. */
  public static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

  /** Every reserved name. */
  public static Set<String> names() {
    return ALL;
  }
}
