package dev.jmpy.processor.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Java's first lexical step (JLS 3.3), which javac's scanner does before anything else and
 * JavaParser does not: each Unicode escape ({@code \}{@code u0041}, also with several u's) becomes
 * its character, so an escaped backslash or quote takes part in a string escape, an escaped line
 * break ends a {@code //} comment, and an escaped letter is part of an identifier. A backslash
 * preceded by an odd number of backslashes begins no escape, and the character an escape produces
 * begins none either.
 *
 * <p>The source is parsed in its translated form; {@link #restorePositions} then moves every
 * node's range back to the file's own lines and columns, where javac's trees and diagnostics are.
 * (JavaParser's own option for this miscounts lines after a backslash that ends a line in a text
 * block.)
 */
public final class UnicodeEscapes {
  private final String raw;
  private final String text;
  /** For each char of {@link #text}: the offsets in {@link #raw} of its first and last char. */
  private final int[] rawStart;
  private final int[] rawEnd;
  private final int[] rawLineStarts;
  private final int[] textLineStarts;

  private UnicodeEscapes(String raw, String text, int[] rawStart, int[] rawEnd) {
    this.raw = raw;
    this.text = text;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
    this.rawLineStarts = lineStarts(raw);
    this.textLineStarts = lineStarts(text);
  }

  /** The source with its Unicode escapes translated, or null if it has none. */
  public static UnicodeEscapes of(String raw) {
    StringBuilder text = null;
    int[] starts = null;
    int[] ends = null;
    int n = 0;
    int backslashes = 0; // raw backslashes just before i
    for (int i = 0; i < raw.length(); ) {
      char c = raw.charAt(i);
      int length = 1;
      char produced = c;
      if (c == '\\' && backslashes % 2 == 0) {
        int u = i + 1;
        while (u < raw.length() && raw.charAt(u) == 'u') {
          u++;
        }
        if (u > i + 1 && u + 4 <= raw.length() && isHex(raw, u)) {
          produced = (char) Integer.parseInt(raw.substring(u, u + 4), 16);
          length = u + 4 - i;
        }
      }
      if (length > 1 && text == null) {
        text = new StringBuilder(raw.length());
        text.append(raw, 0, i);
        starts = new int[raw.length()];
        ends = new int[raw.length()];
        for (int k = 0; k < i; k++) {
          starts[k] = k;
          ends[k] = k;
        }
        n = i;
      }
      if (text != null) {
        text.append(produced);
        starts[n] = i;
        ends[n] = i + length - 1;
        n++;
      }
      backslashes = length == 1 && c == '\\' ? backslashes + 1 : 0;
      i += length;
    }
    return text == null ? null : new UnicodeEscapes(raw, text.toString(), starts, ends);
  }

  private static boolean isHex(String s, int at) {
    for (int k = at; k < at + 4; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The source with every Unicode escape replaced by its character. */
  public String text() {
    return text;
  }

  /** Moves the range of {@code root} and of every node below it to the raw source's positions. */
  public void restorePositions(Node root) {
    List<Node> nodes = new ArrayList<>();
    root.walk(nodes::add);
    root.getAllContainedComments().forEach(nodes::add);
    for (Node node : nodes) {
      node.getRange().ifPresent(r -> node.setRange(
          new Range(toRaw(r.begin, false), toRaw(r.end, true))));
    }
  }

  private Position toRaw(Position inText, boolean end) {
    int line = Math.min(Math.max(inText.line, 1), textLineStarts.length);
    int offset = textLineStarts[line - 1] + inText.column - 1;
    if (offset < 0 || offset >= text.length()) {
      return inText;
    }
    int rawOffset = end ? rawEnd[offset] : rawStart[offset];
    int rawLine = lineOf(rawOffset);
    return new Position(rawLine, rawOffset - rawLineStarts[rawLine - 1] + 1);
  }

  private int lineOf(int offset) {
    int lo = 0;
    int hi = rawLineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (rawLineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** Offsets where lines begin; a line ends at \n, \r\n or \r, as javac and JavaParser count. */
  private static int[] lineStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i++;
        starts.add(i + 1);
      } else if (c == '\n' || c == '\r') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public String toString() {
    return "UnicodeEscapes[" + raw.length() + " chars to " + text.length() + "]";
  }
}
