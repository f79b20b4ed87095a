package dev.jmpy.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row docs/semantics.md marks "rejected": the construct gets its coded error at its line
 * and column (javac's position for the tree: a call's method name or the '.' before it, an
 * operator, a declaration's name), and no module is written.
 */
class RejectedConstructsTest {

  /** Cases: a name, the class body (line 4 on), the code, a part of the message, line, column. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("lone surrogate in a string literal", """
            static String s = "\\uD800x";
            """, "JMPY090", "a lone surrogate (\\uD800", 4, 21),
        // javac folds the constant "ok" + "..." into one literal: the caret is at its start.
        Arguments.of("lone surrogate in a folded concatenation", """
            static String s = "ok" + "\\uDBFFx";
            """, "JMPY090", "a lone surrogate (\\uDBFF", 4, 21),
        Arguments.of("lone surrogate in a text block", """
            static String s = \"""
                  \\uDC00\""";
            """, "JMPY090", "a lone surrogate (\\uDC00", 4, 21),
        Arguments.of("$ in a local's name", """
            static int f() { int a$b = 1; return a$b; }
            """, "JMPY092", "the name a$b holds a $", 4, 24),
        Arguments.of("$ in a nested class's name", """
            static class Node$1 { }
            """, "JMPY092", "the name Node$1 holds a $", 4, 10),
        Arguments.of("an enum constant named by a Python keyword", """
            enum Color { RED, None }
            """, "JMPY091", "the enum constant None is a Python keyword", 4, 21),
        Arguments.of("a name over MicroPython's 255 bytes", """
            static int %s = 1;
            """.formatted("x".repeat(241)), "JMPY094", "the name xxxxxxxxxxxxxxxxxxxx... (241 "
                + "bytes in Python) is too long for MicroPython", 4, 14),
        Arguments.of("@PyName that is code, not a name", """
            @dev.jmpy.annotations.PyName("ticks_ms(); print('INJECTED'); (lambda: 0)")
            static int ticks() { return 0; }
            """, "JMPY095", "@PyName(\"ticks_ms(); print('INJECTED'); (lambda: 0)\") is not a "
                + "name jmpy can write into the module; give a Python name (ticks_ms)", 5, 14),
        Arguments.of("@PyName naming a builtin for a function the module defines", """
            @dev.jmpy.annotations.PyName("print")
            static void say(String s) { System.out.println(s); }
            """, "JMPY095", "@PyName(\"print\") is not a name jmpy can write into the module; "
                + "give a name that is not a Python builtin", 5, 15),
        Arguments.of("@PyName that is a keyword", """
            @dev.jmpy.annotations.PyName("lambda")
            int size() { return 0; }
            """, "JMPY095", "@PyName(\"lambda\")", 5, 7),
        Arguments.of("a format computed at run time", """
            static String f(int w) { return String.format("%-" + w + "s", "x"); }
            """, "JMPY081", "a format that is not a constant is not supported", 4, 41),
        Arguments.of("record hashCode value", """
            record P(int x) {}
            static int h() { return new P(1).hashCode(); }
            """, "JMPY087", "a record's hashCode()", 5, 35),
        Arguments.of("nested class's static initialiser printing", """
            static class Inner { static int count; static { System.out.println("init"); } }
            """, "JMPY121", "the static initialisation of Inner calls PrintStream.println", 4, 61),
        Arguments.of("inner class's static initialiser reading another class's mutable static", """
            static int base = 5;
            class Inner { static int start = base + 1; }
            """, "JMPY121", "the static initialisation of Inner uses the static field App.base", 5, 36),
        Arguments.of("nested class's static initialiser calling a method that changes state", """
            static int calls;
            static int next() { return ++calls; }
            static class Ids { static final int FIRST = next(); }
            """, "JMPY121", "the static initialisation of Ids uses the static field App.calls", 5, 32),
        Arguments.of("nested enum's constructor printing", """
            enum Mode { ON; Mode() { System.out.println("made"); } }
            """, "JMPY121", "the static initialisation of Mode calls PrintStream.println", 4, 38),
        Arguments.of("two nested classes' statics with one module-level name", """
            static class Inner { static int a_b = 1; }
            static class InnerA { static int b = 2; }
            """, "JMPY122", "InnerA.b would be the module-level name inner_a_b, which Inner.a_b", 5, 36),
        Arguments.of("static member of an anonymous class", """
            static Runnable f() { return new Runnable() { static int n; public void run() {} }; }
            """, "JMPY029", "a static member of a local or anonymous class", 4, 32),
        Arguments.of("type inside a local class", """
            static void f() { class Local { class Deeper {} } }
            """, "JMPY029", "a type declared inside a local or anonymous class", 4, 35),
        Arguments.of("varargs constructor beside another", """
            static class Sum { Sum() {} Sum(int... xs) {} }
            """, "JMPY034", "a varargs constructor beside other constructors", 4, 31),
        Arguments.of("anonymous subclass of a constructor sharing its arity", """
            static class T { T(int x) {} T(String s) {} }
            static Object f() { return new T(1) {}; }
            """, "JMPY120", "an anonymous subclass of T calling a constructor that shares", 5, 30),
        Arguments.of("constructor reference to a constructor sharing its arity", """
            static class T { T(int x) {} T(String s) {} }
            static java.util.function.Function<String, T> f() { return T::new; }
            """, "JMPY120", "the constructor reference T::new to a constructor that shares", 5, 62),
        Arguments.of("record constructor as long as the canonical one", """
            record P(int x) { P(String s) { this(s.length()); } }
            """, "JMPY024", "the record constructor is overloaded", 4, 21),
        Arguments.of("instanceof Integer where a long is seen as Object", """
            static Object box(long v) { return v; }
            static boolean f(Object o) { return o instanceof Integer; }
            """, "JMPY181", "instanceof Integer, and this program lets the long v be seen as "
                + "Object (App.java:4:38): on the board Integer, Long, Short and Byte are one int "
                + "type, so the test could not tell them apart; keep the long values typed", 5, 41),
        Arguments.of("case Long where an Integer is seen as Object", """
            static java.util.List<Object> all = new java.util.ArrayList<>();
            static void add() { all.add(1); }
            static String f(Object o) { return switch (o) { case Long l -> "L"; default -> "?"; }; }
            """, "JMPY181", "case Long, and this program lets the int 1 be seen as Object", 6, 56),
        Arguments.of("instanceof Short where an Integer is a type argument of yours", """
            record Box<T>(T value) {}
            static Box<Integer> b = new Box<>(3);
            static boolean f(Object o) { return o instanceof Short; }
            """, "JMPY181", "instanceof Short, and this program lets", 6, 41),
        Arguments.of("instanceof Integer where a List<Long> is seen as List<?>", """
            static int n(java.util.List<?> xs) { return xs.size(); }
            static int m(java.util.List<Long> longs) { return n(longs); }
            static boolean f(Object o) { return o instanceof Integer; }
            """, "JMPY181", "instanceof Integer, and this program lets this List<Long> be seen "
                + "as List<?>", 6, 41),
        Arguments.of("instanceof Long where an int array's elements become Object[]", """
            static Object[] all(java.util.List<Integer> xs) { return xs.toArray(); }
            static boolean f(Object o) { return o instanceof Long; }
            """, "JMPY181", "instanceof Long, and this program lets the elements of "
                + "List<Integer> be seen as Object", 5, 41),
        Arguments.of("instanceof Integer where a class of yours implements Source<Long>", """
            interface Source<T> { T next(); }
            static class Ticks implements Source<Long> { public Long next() { return 1L; } }
            static boolean f(Object o) { return o instanceof Integer; }
            """, "JMPY181", "instanceof Integer, and this program lets Long as a type argument of "
                + "Source be seen as T (App.java:5:16)", 6, 41),
        Arguments.of("instanceof Integer where a method returns a Long through Object", """
            static class Base { Object get() { return "x"; } }
            static class Ticks extends Base { @Override Long get() { return 1L; } }
            static boolean f(Object o) { return o instanceof Integer; }
            """, "JMPY181", "instanceof Integer, and this program lets the Long get() returns, "
                + "through Base.get(), be seen as Object (App.java:5:47)", 6, 41),
        Arguments.of("instanceof Integer where Arrays.fill stores a long in an Object[]", """
            static void fill(Object[] all) { java.util.Arrays.fill(all, 5L); }
            static boolean f(Object o) { return o instanceof Integer; }
            """, "JMPY181", "instanceof Integer, and this program lets the long 5L be seen as "
                + "Object", 5, 41),
        Arguments.of("instanceof Long where System.arraycopy copies Integers into an Object[]", """
            static void copy(Integer[] from, Object[] to) { System.arraycopy(from, 0, to, 0, 1); }
            static boolean f(Object o) { return o instanceof Long; }
            """, "JMPY181", "instanceof Long, and this program lets the elements of this "
                + "Integer[] be seen as Object[]", 5, 41),
        Arguments.of("instanceof Integer where an enum constant passes a long as Object", """
            enum Unit { MS(1L); Unit(Object scale) {} }
            static boolean f(Object o) { return o instanceof Integer; }
            """, "JMPY181", "instanceof Integer, and this program lets the long 1L be seen as "
                + "Object", 5, 41),
        Arguments.of("a char stored into an Object[] by Arrays.fill", """
            static void fill(Object[] all) { java.util.Arrays.fill(all, 'c'); }
            """, "JMPY180", "the char 'c' becomes Object here", 4, 63),
        Arguments.of("the elements of a List<Character> as an Object[]", """
            static Object[] all(java.util.List<Character> xs) { return xs.toArray(); }
            """, "JMPY180", "the elements of List<Character> becomes Object here", 4, 64),
        Arguments.of("a List<Character> as Object", """
            static Object all(java.util.List<Character> xs) { return xs; }
            """, "JMPY180", "this List<Character> becomes Object here", 4, 60),
        Arguments.of("a StringBuilder as Object", """
            static Object f(StringBuilder sb) { return sb; }
            """, "JMPY182", "this StringBuilder becomes Object here: on the board a StringBuilder is a list", 4, 46),
        Arguments.of("local interface", """
            static void f() { interface Shape {} }
            """, "JMPY023", "a local interface", 4, 21),
        Arguments.of("anonymous class implementing a JDK interface", """
            static CharSequence f() {
              return new CharSequence() { public int length() { return 0; } public char charAt(int i) { return 'a'; } public CharSequence subSequence(int a, int b) { return this; } };
            }
            """, "JMPY023", "a local or anonymous class implementing java.lang.CharSequence", 5, 12),
        Arguments.of("qualified superclass constructor call", """
            class Inner {}
            static class Other extends Inner { Other(App app) { app.super(); } }
            """, "JMPY020", "a qualified superclass constructor call", 5, 55),
        Arguments.of("try-with-resources", """
            static void f() throws Exception { try (java.io.StringReader r = new java.io.StringReader("")) {} }
            """, "JMPY019", "try-with-resources on java.io.StringReader r", 4, 50),
        Arguments.of("Lock.hold() outside a resource", """
            @dev.jmpy.annotations.Coroutine static void f(dev.jmpy.asyncio.Lock lock) { lock.hold(); }
            """, "JMPY018", "Lock.hold() outside a try-with-resources header", 4, 83),
        Arguments.of("the held lock's variable used", """
            @dev.jmpy.annotations.Coroutine static void f(dev.jmpy.asyncio.Lock lock) {
              try (var held = lock.hold()) { held.release(); }
            }
            """, "JMPY018", "using the resource variable held", 5, 10),
        Arguments.of("a plain method as the server callback", """
            static void handle(dev.jmpy.asyncio.StreamReader r, dev.jmpy.asyncio.StreamWriter w) {}
            @dev.jmpy.annotations.Coroutine static void f() throws java.io.IOException {
              dev.jmpy.asyncio.Asyncio.startServer(App::handle, "0.0.0.0", 80);
            }
            """, "JMPY013", "App::handle is not a @Coroutine", 6, 42),
        Arguments.of("a coroutine called in a plain lambda inside a coroutine", """
            @dev.jmpy.annotations.Coroutine static void tick() {}
            @dev.jmpy.annotations.Coroutine static void f() { Runnable r = () -> tick(); r.run(); }
            """, "JMPY010", "tick() is a @Coroutine", 5, 72),
        Arguments.of("run_forever inside a coroutine", """
            @dev.jmpy.annotations.Coroutine static void f() {
              dev.jmpy.asyncio.Asyncio.getEventLoop().runForever();
            }
            """, "JMPY011", "Asyncio.run (or the loop's run_until_complete / run_forever)", 5, 44),
        Arguments.of("text of an int[]", """
            static String f(int[] a) { return "a=" + a; }
            """, "JMPY100", "the text of a int[] is its type and identity hash", 4, 44),
        Arguments.of("text of a char[]", """
            static String f(char[] cs) { return "" + cs; }
            """, "JMPY100", "the text of a char[] is its type and identity hash in Java "
                + "([I@1b6d3586), which MicroPython cannot reproduce; print Arrays.toString(a) or "
                + "new String(chars)", 4, 44),
        Arguments.of("text of a class without toString", """
            static class Sensor { int pin; }
            static String f(Sensor s) { return "s=" + s; }
            """, "JMPY130", "Sensor has no toString()/hashCode() of its own, so Java gives its "
                + "class name and identity hash (pkg.Sensor@1b6d3586)", 5, 45),
        Arguments.of("Object.toString() of a class without toString", """
            static class Sensor { int pin; }
            static String f(Sensor s) { return s.toString(); }
            """, "JMPY130", "Sensor has no toString()/hashCode() of its own", 5, 39),
        Arguments.of("instanceof RuntimeException", """
            static boolean f(Exception e) { return e instanceof RuntimeException; }
            """, "JMPY038", "instanceof RuntimeException", 4, 44),
        Arguments.of("a coroutine override of a plain method", """
            interface Source { int get(); }
            static class Slow implements Source {
              @dev.jmpy.annotations.Coroutine public int get() { return 5; }
            }
            """, "JMPY014", "get is a @Coroutine but the method it overrides in Source is not", 6, 48),
        Arguments.of("a plain override of a coroutine", """
            interface Source { @dev.jmpy.annotations.Coroutine int get(); }
            static class Fixed implements Source { public int get() { return 42; } }
            """, "JMPY014", "get is not a @Coroutine but the method it overrides in Source is", 5, 53),
        Arguments.of("a Scanner over an InputStream", """
            static java.util.Scanner f(java.io.InputStream in) { return new java.util.Scanner(in); }
            """, "JMPY160", "a Scanner over java.io.InputStream is not translated by jmpy", 4, 63),
        Arguments.of("a Class value kept", """
            static Object f(Object o) { return o.getClass(); }
            """, "JMPY032", "Object.getClass() is Java reflection", 4, 39),
        Arguments.of("the simple name of an Object's class", """
            static String f(Object o) { return o.getClass().getSimpleName(); }
            """, "JMPY032", "x.getClass().getSimpleName() is Java reflection, which MicroPython "
                + "does not have; java.lang.Object may be any of its subclasses when it runs", 4, 39),
        Arguments.of("the simple name of a List's class", """
            static String f(java.util.List<String> l) { return l.getClass().getSimpleName(); }
            """, "JMPY032", "x.getClass().getSimpleName() is Java reflection, which "
                + "MicroPython does not have; java.util.List may be any of its subclasses", 4, 55),
        Arguments.of("the simple name of a lambda's class", """
            interface Job { void run(); }
            static String f(Job job) { return job.getClass().getSimpleName(); }
            """, "JMPY032", "x.getClass().getSimpleName() is Java reflection, which MicroPython "
                + "does not have; Job is a functional interface, and the class of a lambda has no "
                + "name Java fixes", 5, 40),
        Arguments.of("the binary name of an open class of yours", """
            static class Shape { }
            static String f(Shape s) { return s.getClass().getName(); }
            """, "JMPY032", "x.getClass().getName() is Java reflection, which MicroPython does not "
                + "have; getName() is known before the program runs only for a final class", 5, 38),
        Arguments.of("the name of a String made by a call", """
            static String f(int i) { return String.valueOf(i).getClass().getSimpleName(); }
            """, "JMPY032", "x.getClass().getSimpleName() is Java reflection, which MicroPython "
                + "does not have; the name is known before the program runs, but String.valueOf(i) "
                + "would not be evaluated; store it in a local variable first", 4, 52),
        Arguments.of("the simple name of an anonymous class made in the call", """
            static String f() { return new Object() { }.getClass().getSimpleName(); }
            """, "JMPY032", "x.getClass().getSimpleName() is Java reflection, which MicroPython "
                + "does not have; an anonymous class's simple name is \"\"; store the object in a "
                + "local variable first", 4, 46),
        Arguments.of("a class literal's simple name", """
            static String f() { return App.class.getSimpleName(); }
            """, "JMPY032", "Class.getSimpleName() is Java reflection", 4, 39),
        Arguments.of("a HashMap keyed by a List", """
            static Object f() { return new java.util.HashMap<java.util.List<Integer>, String>(); }
            """, "JMPY085", "a HashMap keyed by java.util.List<java.lang.Integer>", 4, 30),
        Arguments.of("synchronized", """
            static void f() { synchronized (App.class) {} }
            """, "JMPY031", "synchronized has no meaning", 4, 21),
        Arguments.of("double on single-precision firmware", """
            static String f(double d) { return "d=" + d; }
            """, "JMPY110", "the type double is a double", 4, 19),
        Arguments.of("double literal on single-precision firmware", """
            static boolean f(float x) { return x * 0.1 > 1; }
            """, "JMPY110", "the literal 0.1 is a double", 4, 42),
        Arguments.of("Math.sin not cast to float where computed, on single-precision firmware", """
            static float f(float x) { return (float) (Math.sin(x) * 2); }
            """, "JMPY110", "sin(...) is a double", 4, 49),
        Arguments.of("BigDecimal", """
            static String f() { return new java.math.BigDecimal("1.5").toString(); }
            """, "JMPY113", "new BigDecimal() is java.math.BigDecimal, which jmpy does not translate", 4, 30),
        Arguments.of("BigDecimal constant", """
            static Object f() { return java.math.BigDecimal.ONE; }
            """, "JMPY113", "BigDecimal.ONE is java.math.BigDecimal", 4, 50),
        Arguments.of("sleep seconds the board's float truncates differently", """
            @dev.jmpy.annotations.Coroutine static void f() { dev.jmpy.asyncio.Asyncio.sleep(0.251); }
            """, "JMPY112", "0.251 seconds: the ESP32's MicroPython waits 250 ms", 4, 84),
        Arguments.of("a char as Object", """
            static Object f(char c) { Object o = c; return o; }
            """, "JMPY180", "the char c becomes Object here", 4, 40),
        Arguments.of("a char as a type variable of yours", """
            static class Box<T> { T v; Box(T v) { this.v = v; } }
            static Object g() { return new Box<>('x'); }
            """, "JMPY180", "the char 'x' becomes T here", 5, 40),
        Arguments.of("a List<Character> as List<T>", """
            static <T> int n(java.util.List<T> l) { return l.size(); }
            static int m(java.util.List<Character> cs) { return n(cs); }
            """, "JMPY180", "this List<Character> becomes List<T> here", 5, 57),
        Arguments.of("a char into a List<Object>", """
            static void h(java.util.List<Object> os) { os.add('z'); }
            """, "JMPY180", "the char 'z' becomes Object here", 4, 53),
        Arguments.of("Characters iterated as Object", """
            static void k(java.util.List<Character> cs) { for (Object o : cs) { } }
            """, "JMPY180", "an element of List<Character> becomes Object here", 4, 54),
        Arguments.of("Characters given to a method reference taking Object", """
            static void log(Object o) { }
            static void f(java.util.List<Character> cs) { cs.forEach(App::log); }
            """, "JMPY180", "the Character this reference is given becomes Object here", 5, 60),
        Arguments.of("a char yielded by a switch into Object", """
            static Object g(int k) { return switch (k) { case 1 -> 'a'; default -> "b"; }; }
            """, "JMPY180", "the char 'a' becomes Object here", 4, 58),
        Arguments.of("System.currentTimeMillis", """
            static long f() { return System.currentTimeMillis(); }
            """, "JMPY161", "System.currentTimeMillis() reads the host's clock", 4, 34),
        Arguments.of("System.nanoTime", """
            static long f() { return System.nanoTime(); }
            """, "JMPY161", "System.nanoTime() reads the host's clock", 4, 34),
        Arguments.of("System.exit", """
            static void f() { System.exit(0); }
            """, "JMPY162", "System.exit() ends the JVM, but on a board sys.exit() in main.py makes MicroPython soft-reset", 4, 27),
        Arguments.of("sleep seconds computed in floats", """
            @dev.jmpy.annotations.Coroutine static void f(float s) { dev.jmpy.asyncio.Asyncio.sleep(s); }
            """, "JMPY112", "s seconds", 4, 91),
        Arguments.of("array in text", """
            static String f(int[] a) { return "a=" + a; }
            """, "JMPY100", "the text of a int[] is its type and identity hash", 4, 44),
        Arguments.of("default method of a functional interface", """
            static java.util.function.Consumer<String> f(java.util.function.Consumer<String> g) { return g.andThen(g); }
            """, "JMPY025", "Consumer.andThen()", 4, 97),
        Arguments.of("stream held in a variable", """
            static long f(java.util.List<Integer> xs) { java.util.stream.Stream<Integer> s = xs.stream(); return s.count(); }
            """, "JMPY082", "a stream held in a variable", 4, 104),
        Arguments.of("an infinite stream not cut by limit", """
            static java.util.List<Integer> f() { return java.util.stream.Stream.iterate(1, x -> x + 1).filter(x -> x > 2).toList(); }
            """, "JMPY150", "Stream.iterate() makes an infinite stream", 4, 70),
        Arguments.of("toArray with a generator jmpy would not call", """
            static String[] f(java.util.function.IntFunction<String[]> g) { return java.util.stream.Stream.of("a").toArray(g); }
            """, "JMPY151", "toArray with this generator", 4, 114),
        Arguments.of("thread", """
            static void f() { new Thread(() -> {}).start(); }
            """, "JMPY030", "Thread.start()", 4, 41),
        Arguments.of("anonymous thread", """
            static Object f() { return new Thread() { public void run() {} }; }
            """, "JMPY030", "new Thread() { ... } has no meaning", 4, 30),
        Arguments.of("object wait", """
            static void f(Object o) throws Exception { o.wait(); }
            """, "JMPY031", "Object.wait()", 4, 47),
        Arguments.of("reflection", """
            static String f() { return App.class.getName(); }
            """, "JMPY032", "Class.getName() is Java reflection", 4, 39),
        Arguments.of("an unmapped JDK method", """
            static int f(String s) { return s.codePointAt(0); }
            """, "JMPY025", "String.codePointAt()", 4, 36),
        Arguments.of("printing an Optional", """
            static String f() { return "o=" + java.util.Optional.of(1); }
            """, "JMPY026", "converting a java.util.Optional<java.lang.Integer> to text", 4, 55),
        Arguments.of("text of a List<Character>", """
            static String f(java.util.List<Character> cs) { return "cs=" + cs; }
            """, "JMPY026", "converting a java.util.List<java.lang.Character> to text", 4, 66),
        Arguments.of("computed keyword argument", """
            @dev.jmpy.annotations.Coroutine static int one() { return 1; }
            static boolean flag() { return true; }
            @dev.jmpy.annotations.Coroutine static Object f() {
              return dev.jmpy.asyncio.Asyncio.gather(flag(), () -> one());
            }
            """, "JMPY017", "a computed return_exceptions argument", 7, 44),
        Arguments.of("natural sort of Objects", """
            static void f(java.util.List<Object> xs) { xs.sort(null); }
            """, "JMPY060", "this sort orders values of type java.lang.Object by their natural order",
            4, 48),
        Arguments.of("TreeSet of a type variable", """
            static <T extends Comparable<T>> Object f() { return new java.util.TreeSet<T>(); }
            """, "JMPY060", "new TreeSet<>() orders values of type T", 4, 56),
        Arguments.of("TreeMap keyed by a class without compareTo", """
            static class P {}
            static Object f() { return new java.util.TreeMap<P, Integer>(); }
            """, "JMPY060", "new TreeMap<>() orders values of type App.P by their natural order "
                + "(compareTo), which jmpy cannot see here; P does not implement Comparable", 5, 30),
        Arguments.of("Comparator.comparing with keys of a type variable", """
            static <T extends Comparable<T>> Object f(java.util.function.Function<String, T> key) {
              return java.util.Comparator.comparing(key);
            }
            """, "JMPY060", "comparing(...) orders values of type T", 5, 32),
        Arguments.of("headMap kept in a variable", """
            static Object f(java.util.TreeMap<Integer, String> m) {
              java.util.SortedMap<Integer, String> low = m.headMap(3);
              return low;
            }
            """, "JMPY061", "headMap() is a live view", 5, 49),
        Arguments.of("iterator of a map's values()", """
            static void f(java.util.Map<String, Integer> m) { var it = m.values().iterator(); }
            """, "JMPY062", "an Iterator over a map's values()", 4, 72),
        Arguments.of("iterator of a Collection", """
            static void f(java.util.Collection<String> c) { var it = c.iterator(); }
            """, "JMPY062", "an Iterator over a java.util.Collection<java.lang.String>", 4, 61),
        Arguments.of("descendingMap", """
            static Object f(java.util.TreeMap<Integer, String> m) { return m.descendingMap(); }
            """, "JMPY025", "TreeMap.descendingMap() has no MicroPython translation in jmpy yet; "
                + "copy the keys into a list and reverse it", 4, 67),
        Arguments.of("removing through a map's keySet()", """
            static void f(java.util.Map<String, Integer> m) { m.keySet().remove("a"); }
            """, "JMPY025", "changing a map through keySet().remove()", 4, 63),
        Arguments.of("a list of arrays in text", """
            static String f(java.util.List<int[]> m) { return "" + m; }
            """, "JMPY026", "converting a java.util.List<int[]> to text", 4, 58));
  }

  /** Packages no Python import can name, and a path too long for the ESP32's import buffer. */
  static Stream<Arguments> packages() {
    String deep = String.join(".", java.util.Collections.nCopies(60, "p"));
    return Stream.of(
        Arguments.of("from.x", "JMPY091", "the package from is a Python keyword"),
        Arguments.of("None", "JMPY091", "the package None is a Python keyword"),
        Arguments.of("app.lambda", "JMPY091", "the package lambda is a Python keyword"),
        Arguments.of("async.io", "JMPY091", "the package async is a Python keyword"),
        Arguments.of("def", "JMPY091", "the package def is a Python keyword"),
        Arguments.of("app.my$pkg", "JMPY092", "the name package my$pkg holds a $"),
        Arguments.of(deep, "JMPY094", "the module path " + deep.replace('.', '/')
            + "/app.py (133 bytes to import it as .mpy) is too long for MicroPython"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void aPackageNameNoPythonImportCanUseIsRejected(String pkg, String code, String message) {
    JavaFileObject source = JavaFileObjects.forSourceString(pkg + ".App", "package " + pkg + ";\n"
        + "@dev.jmpy.annotations.MicroPython\npublic class App { static int one() { return 1; } }\n");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + code + "] " + message)
        .inFile(source).onLine(1).atColumn(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsCodeAtItsPosition(String name, String body, String code, String message,
      int line, int column) {
    JavaFileObject source = JavaFileObjects.forSourceString("App", """
        @dev.jmpy.annotations.MicroPython
        public class App {
          // line 4 follows
        """ + body.indent(2) + "}\n");
    Compilation compilation = Jmpy.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + code + "] " + message)
        .inFile(source).onLine(line).atColumn(column);
  }
}
