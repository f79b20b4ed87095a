package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Every JDK method, constructor, method reference and constant jmpy translates, each a row under
 * one key {@code family#member} ({@code java.util.List#add}, {@code java.util.ArrayList#new},
 * {@code java.lang.Integer#MAX_VALUE}). Collection classes share their interface's rows: a call's
 * owner class is looked up through its families ({@code LinkedList} → List, then Deque;
 * {@code TreeMap} → TreeMap, then Map). The rows live in one small class per family ({@code
 * StringRows}, {@code ListRows}, ...); a method that has no row is rejected (JMPY025), never
 * guessed. docs/semantics.md lists every key.
 */
public final class LibraryRegistry {
  /** A call's Python; null when the row does not apply here (its arity, its argument types). */
  @FunctionalInterface
  public interface CallRow {
    PyExpr translate(CallSite site);
  }

  /** A call that is a statement of its own, in Python statements; null when it does not apply. */
  @FunctionalInterface
  public interface StatementRow {
    List<PyStmt> translate(CallSite site);
  }

  /**
   * A method reference as a Python function; null when it does not apply. {@code onType}: the
   * reference is {@code Type::method}, not {@code value::method}.
   */
  @FunctionalInterface
  public interface ReferenceRow {
    PyExpr translate(CallSite site, boolean onType);
  }

  /** A family's check before its rows run: a rejection (reported, ERROR), or null to go on. */
  @FunctionalInterface
  public interface Guard {
    PyExpr check(CallSite site);
  }

  /** Where the rows of one family are added. */
  public static final class Builder {
    private final Map<String, CallRow> calls = new HashMap<>();
    private final Map<String, StatementRow> statements = new HashMap<>();
    private final Map<String, ReferenceRow> references = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();
    private final Map<String, Helper> constantHelpers = new HashMap<>();
    private final Map<String, List<Guard>> guards = new HashMap<>();
    private final Map<String, Function<String, String>> instead = new HashMap<>();

    Builder call(String key, CallRow row) {
      put(calls, key, row);
      return this;
    }

    /** {@code new T(...)}, under the key {@code T#new}. */
    Builder creation(String className, CallRow row) {
      return call(className + "#new", row);
    }

    Builder statement(String key, StatementRow row) {
      put(statements, key, row);
      return this;
    }

    Builder reference(String key, ReferenceRow row) {
      put(references, key, row);
      return this;
    }

    /** A static final field's Python literal. */
    Builder constant(String key, String literal) {
      put(constants, key, literal);
      return this;
    }

    /** A static final field's Python expression, which calls {@code helper}. */
    Builder constant(String key, String expression, Helper helper) {
      put(constants, key, expression);
      constantHelpers.put(key, helper);
      return this;
    }

    Builder guard(String family, Guard guard) {
      guards.computeIfAbsent(family, f -> new ArrayList<>()).add(guard);
      return this;
    }

    /** What the message for a method of {@code family} without a row says to write instead. */
    Builder instead(String family, Function<String, String> alternative) {
      put(instead, family, alternative);
      return this;
    }

    private static <T> void put(Map<String, T> rows, String key, T row) {
      if (rows.putIfAbsent(key, row) != null) {
        throw new IllegalStateException("two rows for " + key);
      }
    }
  }

  /** The rows of one family: what each rows class implements. */
  interface Rows {
    void addTo(Builder rows);
  }

  private static final LibraryRegistry STANDARD = of(List.of(
      new StringRows(), new RegexRows(), new StringArrayRows(), new StringBuilderRows(),
      new CharacterRows(), new NumberRows(),
      new FloatRows(), new IntegerBitsRows(), new RandomRows(), new BigIntegerRows(),
      new MathRows(), new MathFunctionRows(), new ObjectRows(), new ExceptionRows(), new FormatRows(), new PrintRows(),
      new ListRows(), new ArraysRows(), new ArraySortRows(), new CollectionsRows(), new MapRows(), new SetRows(),
      new DequeRows(), new SortedRows(), new EnumSetRows(), new IteratorRows(), new OptionalRows(),
      new ComparatorRows(), new StreamRows(), new StackRows(), new ImmutableRows(), new FunctionRows(),
      new SystemRows(), new PriorityQueueRows(), new BufferRows(), new ScannerRows(),
      new BitSetRows(), new PatternRows(), new GetClassRows()));

  private final Builder rows;

  private LibraryRegistry(Builder rows) {
    this.rows = rows;
  }

  static LibraryRegistry of(List<Rows> families) {
    Builder builder = new Builder();
    families.forEach(f -> f.addTo(builder));
    return new LibraryRegistry(builder);
  }

  /** The JDK rows jmpy ships. */
  public static LibraryRegistry standard() {
    return STANDARD;
  }

  /** The row for calling {@code owner.name}, through the owner's families. */
  public Optional<CallRow> call(TypeElement owner, String name) {
    return find(rows.calls, owner, name);
  }

  /** The row for {@code new owner(...)}: the class itself, never a family. */
  public Optional<CallRow> creation(TypeElement owner) {
    return Optional.ofNullable(rows.calls.get(owner.getQualifiedName() + "#new"));
  }

  public Optional<StatementRow> statement(TypeElement owner, String name) {
    return find(rows.statements, owner, name);
  }

  public Optional<ReferenceRow> reference(TypeElement owner, String name) {
    return find(rows.references, owner, name);
  }

  /** The literal of the constant {@code owner.name} (a static final field). */
  public Optional<String> constant(TypeElement owner, String name) {
    return Optional.ofNullable(rows.constants.get(owner.getQualifiedName() + "#" + name));
  }

  /** The helper the constant {@code owner.name}'s expression calls, if any. */
  public Optional<Helper> constantHelper(TypeElement owner, String name) {
    return Optional.ofNullable(rows.constantHelpers.get(owner.getQualifiedName() + "#" + name));
  }

  /** The first rejection a guard of the owner's families makes, if any. */
  public Optional<PyExpr> guard(TypeElement owner, CallSite site) {
    for (String family : families(owner.getQualifiedName().toString())) {
      for (Guard guard : rows.guards.getOrDefault(family, List.of())) {
        PyExpr rejected = guard.check(site);
        if (rejected != null) {
          return Optional.of(rejected);
        }
      }
    }
    return Optional.empty();
  }

  /** What to write instead of {@code owner.name}, which has no row. */
  public String instead(TypeElement owner, String name) {
    for (String family : families(owner.getQualifiedName().toString())) {
      Function<String, String> alternative = rows.instead.get(family);
      if (alternative != null) {
        return alternative.apply(name);
      }
    }
    return "docs/semantics.md lists the library methods jmpy translates";
  }

  /** Every key, of every form, sorted: what docs/semantics.md must list. */
  public List<String> keys() {
    TreeSet<String> keys = new TreeSet<>();
    keys.addAll(rows.calls.keySet());
    keys.addAll(rows.statements.keySet());
    keys.addAll(rows.references.keySet());
    keys.addAll(rows.constants.keySet());
    return List.copyOf(keys);
  }

  private static <T> Optional<T> find(Map<String, T> table, TypeElement owner, String name) {
    for (String family : families(owner.getQualifiedName().toString())) {
      T row = table.get(family + "#" + name);
      if (row != null) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * The families whose rows a JDK class answers, most specific first: collection classes share
   * their interface's rows, a LinkedList is also a Deque, a TreeMap also a Map.
   */
  static List<String> families(String owner) {
    return switch (owner) {
      case "java.util.ArrayList", "java.util.AbstractList", "java.util.Collection",
          "java.util.SequencedCollection" -> List.of(Jdk.LIST);
      // isEmpty/size/contains of a LinkedList or PriorityQueue are AbstractCollection's (javac binds
      // the method that declares them); HashSet.addAll is too.
      case "java.util.AbstractCollection" -> List.of("java.util.AbstractCollection", Jdk.LIST);
      case StackRows.STACK -> List.of(StackRows.STACK, StackRows.VECTOR, Jdk.LIST);
      case StackRows.VECTOR -> List.of(StackRows.VECTOR, Jdk.LIST);
      case "java.util.LinkedList" -> List.of(Jdk.LIST, DequeRows.DEQUE);
      case "java.util.HashMap", "java.util.LinkedHashMap", "java.util.AbstractMap",
          "java.util.SequencedMap" -> List.of(Jdk.MAP);
      case "java.util.HashSet", "java.util.AbstractSet", "java.util.LinkedHashSet",
          "java.util.SequencedSet" -> List.of(Jdk.SET);
      // An EnumMap iterates in ordinal order: a _TreeMap ordered by ordinal.
      case "java.util.TreeMap", "java.util.NavigableMap", "java.util.SortedMap",
          "java.util.EnumMap" -> List.of(SortedRows.TREE_MAP, Jdk.MAP);
      // An EnumSet iterates in ordinal order: a _TreeSet ordered by ordinal.
      case EnumSetRows.ENUM_SET -> List.of(EnumSetRows.ENUM_SET, SortedRows.TREE_SET, Jdk.SET);
      case "java.util.TreeSet", "java.util.NavigableSet", "java.util.SortedSet" ->
          List.of(SortedRows.TREE_SET, Jdk.SET);
      case "java.util.ArrayDeque", "java.util.Deque", "java.util.Queue" -> List.of(DequeRows.DEQUE);
      case PriorityQueueRows.PRIORITY_QUEUE, "java.util.AbstractQueue" ->
          List.of(PriorityQueueRows.PRIORITY_QUEUE, DequeRows.DEQUE, Jdk.LIST);
      // a StringBuffer is a StringBuilder whose methods are synchronized: one thread on the board
      case "java.lang.AbstractStringBuilder", Jdk.STRING_BUFFER -> List.of(Jdk.STRING_BUILDER);
      // OptionalInt, OptionalLong, OptionalDouble: the value or None, as an Optional
      case "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble" ->
          List.of(OptionalRows.OPTIONAL_PRIMITIVE, OptionalRows.OPTIONAL_FAMILY);
      case "java.util.stream.IntStream", "java.util.stream.LongStream",
          "java.util.stream.BaseStream" -> List.of(StreamRows.STREAM);
      default -> List.of(owner);
    };
  }
}
