package dev.jmpy.processor.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the shared runtime {@code _jmpy.py} that a program uses: the top-level definitions
 * its modules name as {@code _jmpy.<name>}, and what those name in turn (a class's base, a function
 * a method calls). On the board every definition imported costs heap (a class is a type object and
 * a dict of its members): the whole runtime is about 20 KB after import, a program that throws one
 * {@code IllegalArgumentException} needs two classes and a function of it.
 *
 * <p>The file is read as top-level blocks: a {@code def}, a {@code class} (with its decorators), an
 * import, an assignment, each with the comment lines before it. A statement on an attribute of a
 * definition ({@code Foo.x = ...}) goes with that definition; any other top-level statement is kept
 * always. What a block names is found in its code with comments and strings left out; a name that
 * merely looks used keeps a block that was not needed, never the other way round.
 */
public final class RuntimeSubset {
  private static final Pattern USE = Pattern.compile("\\b" + Helper.RUNTIME.pythonName()
      + "\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern DEF = Pattern.compile("(?:async\\s+)?(?:def|class)\\s+([A-Za-z_]\\w*)");
  private static final Pattern ATTRIBUTE_ASSIGNMENT = Pattern.compile("([A-Za-z_]\\w*)\\.[\\w.]+\\s*=[^=]");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)\\s*(?::[^=]*)?=[^=]");

  /** One top-level statement and the comment lines before it. */
  private record Block(String text, Set<String> defines, Set<String> uses, String attachedTo,
      boolean always) {}

  private final String header;
  private final List<Block> blocks;

  private RuntimeSubset(String header, List<Block> blocks) {
    this.header = header;
    this.blocks = blocks;
  }

  /** The runtime this processor writes. */
  public static RuntimeSubset runtime() {
    return Holder.RUNTIME;
  }

  private static final class Holder {
    static final RuntimeSubset RUNTIME = of(Helper.RUNTIME.source());
  }

  /** The names a module's text takes from the runtime ({@code _jmpy.<name>}). */
  public static Set<String> namesUsedBy(CharSequence moduleText) {
    Set<String> names = new TreeSet<>();
    Matcher m = USE.matcher(moduleText);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The top-level names a runtime file (one this class wrote, or the whole one) defines. */
  public static Set<String> namesDefinedIn(String runtimeText) {
    Set<String> names = new TreeSet<>();
    for (Block block : of(runtimeText).blocks) {
      names.addAll(block.defines());
    }
    return names;
  }

  /** The runtime's text with the definitions {@code wanted} needs, in the file's order. */
  public String text(Set<String> wanted) {
    Set<String> needed = new LinkedHashSet<>(wanted);
    boolean[] kept = new boolean[blocks.size()];
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < blocks.size(); i++) {
        Block block = blocks.get(i);
        if (kept[i]) {
          continue;
        }
        boolean keep = block.always()
            || (block.attachedTo() != null ? needed.contains(block.attachedTo())
                : block.defines().stream().anyMatch(needed::contains));
        if (keep) {
          kept[i] = true;
          needed.addAll(block.defines());
          needed.addAll(block.uses());
          grew = true;
        }
      }
    }
    StringBuilder out = new StringBuilder(header);
    for (int i = 0; i < blocks.size(); i++) {
      if (kept[i]) {
        out.append(blocks.get(i).text());
      }
    }
    String text = out.toString().stripTrailing();
    return text.isEmpty() ? "" : text + "\n";
  }

  /** The whole runtime, as {@link Helper#source()} has it. */
  public String all() {
    StringBuilder out = new StringBuilder(header);
    blocks.forEach(b -> out.append(b.text()));
    return out.toString();
  }

  static RuntimeSubset of(String source) {
    String[] lines = source.endsWith("\n")
        ? source.substring(0, source.length() - 1).split("\n", -1) : source.split("\n", -1);
    int i = 0;
    StringBuilder header = new StringBuilder();
    while (i < lines.length && lines[i].startsWith("#")) {
      header.append(lines[i++]).append('\n');
    }
    List<List<String>> raw = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    List<String> current = null;
    for (; i < lines.length; i++) {
      String line = lines[i];
      if (startsStatement(line) && !(current != null && isDecorator(current) && pending.isEmpty())) {
        current = new ArrayList<>(pending);
        pending.clear();
        current.add(line);
        raw.add(current);
      } else if (current == null || line.isBlank() || line.startsWith("#")) {
        // Blank lines and comments at the top level go with the statement after them.
        pending.add(line);
      } else {
        current.addAll(pending);
        pending.clear();
        current.add(line);
      }
    }
    if (!raw.isEmpty()) {
      raw.get(raw.size() - 1).addAll(pending);
    }
    List<Block> blocks = new ArrayList<>();
    Set<String> all = new TreeSet<>();
    List<String[]> parsed = new ArrayList<>();
    for (List<String> block : raw) {
      String text = String.join("\n", block) + "\n";
      String first = block.stream().filter(RuntimeSubset::startsStatement)
          .filter(l -> !l.startsWith("@")).findFirst().orElse(block.get(block.size() - 1));
      parsed.add(new String[] {text, first});
    }
    List<Set<String>> defines = new ArrayList<>();
    List<String> attached = new ArrayList<>();
    for (String[] p : parsed) {
      Set<String> names = new TreeSet<>();
      String attachedTo = null;
      String first = p[1];
      Matcher def = DEF.matcher(first);
      Matcher attribute = ATTRIBUTE_ASSIGNMENT.matcher(first);
      Matcher assignment = ASSIGNMENT.matcher(first);
      if (def.lookingAt()) {
        names.add(def.group(1));
      } else if (first.startsWith("import ") || first.startsWith("from ")) {
        String imported = first.startsWith("from ") ? first.substring(first.indexOf(" import ") + 8)
            : first.substring(7);
        for (String part : imported.split(",")) {
          String[] words = part.trim().split("\\s+");
          String bound = words[words.length - 1];
          names.add(first.startsWith("import ") && words.length == 1 ? bound.split("\\.")[0] : bound);
        }
      } else if (attribute.lookingAt()) {
        attachedTo = attribute.group(1);
      } else if (assignment.lookingAt()) {
        for (String name : assignment.group(1).split(",")) {
          names.add(name.trim());
        }
      }
      defines.add(names);
      attached.add(attachedTo);
      all.addAll(names);
    }
    for (int b = 0; b < parsed.size(); b++) {
      Set<String> uses = new TreeSet<>();
      Matcher m = IDENTIFIER.matcher(code(parsed.get(b)[0]));
      while (m.find()) {
        if (all.contains(m.group()) && !defines.get(b).contains(m.group())) {
          uses.add(m.group());
        }
      }
      boolean always = defines.get(b).isEmpty() && attached.get(b) == null;
      blocks.add(new Block(parsed.get(b)[0], defines.get(b), uses, attached.get(b), always));
    }
    return new RuntimeSubset(header.toString(), blocks);
  }

  private static boolean startsStatement(String line) {
    if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
      return false;
    }
    char c = line.charAt(0);
    // A closing bracket at the left margin ends a statement that began above.
    return c != ')' && c != ']' && c != '}';
  }

  private static boolean isDecorator(List<String> block) {
    return block.stream().filter(RuntimeSubset::startsStatement).allMatch(l -> l.startsWith("@"));
  }

  /** The text with comments and string literals blanked out. */
  private static String code(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '"' || c == '\'') {
        boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
        String end = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
        i += end.length();
        while (i < text.length() && !text.startsWith(end, i)) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i += end.length();
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
