package text;

import dev.jmpy.annotations.MicroPython;

/**
 * Append chains and concatenations merged into one piece: null Strings, chars, booleans, longs,
 * '%' in the literal text, a chain that reads its builder mid-chain, calls with side effects,
 * an exception mid-chain, and the edits after a merged chain.
 */
@MicroPython
public class BuilderChains {
  static final StringBuilder LOG = new StringBuilder();
  static int ticks;

  static int tick() {
    LOG.append('t');
    return ++ticks;
  }

  static String seen() {
    return "<" + LOG.length() + ">";
  }

  record Probe(String name) {
    @Override
    public String toString() {
      return name + "@" + LOG.length();
    }
  }

  static StringBuilder row(StringBuilder sb, int i, String name, int value) {
    return sb.append("row ").append(i).append(": ").append(name).append(" = ").append(value)
        .append(" (").append(value * 100 / 999).append("%)\n");
  }

  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    String missing = null;
    Integer boxed = null;
    Integer five = 5;
    char c = 'x';
    boolean on = true;
    long big = Long.MIN_VALUE;
    byte b = -7;
    short s = 300;
    sb.append("a=").append(missing).append(", b=").append(boxed).append(", five=").append(five);
    System.out.println(sb);
    sb.setLength(0);
    sb.append(c).append('y').append((char) (c + 2)).append(c + 1).append(on).append(!on)
        .append(big).append(' ').append(b).append(' ').append(s).append(' ').append(Long.MAX_VALUE);
    System.out.println(sb);
    sb.setLength(0);
    int pct = 42;
    sb.append("100%").append(" of ").append(pct).append("%d %s %%").append('%').append(pct % 7);
    System.out.println(sb);
    sb.setLength(0);
    sb.append("x").append(sb.length()).append("y").append(sb).append(sb.length());
    System.out.println(sb);
    LOG.append("[").append(tick()).append(":").append(ticks).append(seen()).append(tick()).append("]");
    System.out.println(LOG);
    LOG.append("(").append(new Probe("p")).append(")").append(LOG.length());
    System.out.println(LOG);
    int zero = pct - 42;
    int[] small = {1, 2};
    StringBuilder partial = new StringBuilder();
    try {
      partial.append("before ").append(pct).append(" ").append(pct / zero).append(" after");
    } catch (ArithmeticException e) {
      System.out.println("caught, built: [" + partial + "]");
    }
    try {
      partial.append("|").append(small[0]).append(small[pct]).append("never");
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("caught, built: [" + partial + "]");
    }
    Integer none = null;
    try {
      partial.append("&").append(none).append(none + 1);
    } catch (RuntimeException e) {
      System.out.println("caught, built: [" + partial + "]");
    }
    StringBuilder edits = new StringBuilder();
    edits.append("abc").append(12).append('d').append("ef");
    edits.insert(2, "XY").insert(0, pct);
    System.out.println(edits + " " + edits.length());
    edits.setLength(5);
    edits.append('!').append(pct).setCharAt(1, '#');
    System.out.println(edits + " " + edits.length() + " " + edits.indexOf("!"));
    edits.reverse().append(" <").append(edits.length()).append(">");
    System.out.println(edits);
    System.out.println(row(new StringBuilder(), 7, "temp", 259).toString().trim());
    String built = new StringBuilder().append("n=").append(pct).append(", c=").append(c)
        .append(", missing=").append(missing).toString();
    System.out.println(built);
    StringBuilder start = new StringBuilder("s:").append(pct).append('/').append(tick());
    System.out.println(start + " " + LOG.length());
    char[] letters = {'h', 'i'};
    StringBuilder chars = new StringBuilder();
    chars.append("[").append(letters).append("]");
    chars.append("wxyz", 1, 3).append('|').append(new StringBuilder("0123"), 2, 4);
    System.out.println(chars);
  }
}
