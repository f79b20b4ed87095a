package dev.jmpy.conformance;

import java.util.ArrayList;
import java.util.List;

/** A unified diff (as {@code diff -u} prints it) of two texts, line by line, from their longest common subsequence. */
final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Above this many line pairs the quadratic table is not worth it; both texts are shown whole instead. */
  private static final long MAX_CELLS = 20_000_000L;

  private UnifiedDiff() {}

  private record Line(String text, boolean lastWithoutNewline) {}

  private enum Kind { SAME, REMOVED, ADDED }

  private record Edit(Kind kind, Line line, int expectedIndex, int actualIndex) {}

  /** The diff, or an empty string when the texts are equal. */
  static String diff(String expected, String actual, String expectedLabel, String actualLabel) {
    if (expected.equals(actual)) {
      return "";
    }
    List<Line> a = lines(expected);
    List<Line> b = lines(actual);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(expectedLabel).append('\n');
    out.append("+++ ").append(actualLabel).append('\n');
    if ((long) a.size() * b.size() > MAX_CELLS) {
      appendHunk(out, wholeReplacement(a, b));
      return out.toString();
    }
    List<Edit> edits = edits(a, b);
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind() == Kind.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is close enough to share context.
      while (true) {
        while (end < edits.size() && edits.get(end).kind() != Kind.SAME) {
          end++;
        }
        int nextChange = end;
        while (nextChange < edits.size() && edits.get(nextChange).kind() == Kind.SAME) {
          nextChange++;
        }
        if (nextChange < edits.size() && nextChange - end <= 2 * CONTEXT) {
          end = nextChange;
        } else {
          end = Math.min(edits.size(), end + CONTEXT);
          break;
        }
      }
      appendHunk(out, edits.subList(start, end));
      i = end;
    }
    if (stripped(expected).equals(stripped(actual))) {
      out.append("(the outputs differ only in white space or line ends)\n");
    }
    return out.toString();
  }

  private static String stripped(String text) {
    return text.replaceAll("[ \\t\\r]+\\n", "\n").strip();
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    String[] parts = text.split("\n", -1);
    boolean endsWithNewline = text.endsWith("\n");
    int count = endsWithNewline ? parts.length - 1 : parts.length;
    for (int k = 0; k < count; k++) {
      lines.add(new Line(parts[k], !endsWithNewline && k == count - 1));
    }
    return lines;
  }

  private static List<Edit> edits(List<Line> a, List<Line> b) {
    int n = a.size();
    int m = b.size();
    int[][] common = new int[n + 1][m + 1]; // common[i][j]: LCS length of a[i..] and b[j..]
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(Kind.SAME, a.get(i), i++, j++));
      } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
        edits.add(new Edit(Kind.ADDED, b.get(j), i, j++));
      } else {
        edits.add(new Edit(Kind.REMOVED, a.get(i), i++, j));
      }
    }
    // Show removals before additions within a run of changes, as diff -u does.
    List<Edit> ordered = new ArrayList<>();
    int k = 0;
    while (k < edits.size()) {
      if (edits.get(k).kind() == Kind.SAME) {
        ordered.add(edits.get(k++));
        continue;
      }
      int runEnd = k;
      while (runEnd < edits.size() && edits.get(runEnd).kind() != Kind.SAME) {
        runEnd++;
      }
      for (Kind kind : List.of(Kind.REMOVED, Kind.ADDED)) {
        for (Edit edit : edits.subList(k, runEnd)) {
          if (edit.kind() == kind) {
            ordered.add(edit);
          }
        }
      }
      k = runEnd;
    }
    return ordered;
  }

  private static List<Edit> wholeReplacement(List<Line> a, List<Line> b) {
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      edits.add(new Edit(Kind.REMOVED, a.get(i), i, 0));
    }
    for (int j = 0; j < b.size(); j++) {
      edits.add(new Edit(Kind.ADDED, b.get(j), a.size(), j));
    }
    return edits;
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk) {
    int expectedCount = 0;
    int actualCount = 0;
    int expectedStart = -1;
    int actualStart = -1;
    for (Edit edit : hunk) {
      if (edit.kind() != Kind.ADDED) {
        expectedCount++;
        if (expectedStart < 0) {
          expectedStart = edit.expectedIndex();
        }
      }
      if (edit.kind() != Kind.REMOVED) {
        actualCount++;
        if (actualStart < 0) {
          actualStart = edit.actualIndex();
        }
      }
    }
    // diff -u numbers from 1, and names the line before the hunk when a side has no lines in it.
    int expectedFrom = expectedCount == 0 ? hunk.get(0).expectedIndex() : expectedStart + 1;
    int actualFrom = actualCount == 0 ? hunk.get(0).actualIndex() : actualStart + 1;
    out.append("@@ -").append(range(expectedFrom, expectedCount))
        .append(" +").append(range(actualFrom, actualCount)).append(" @@\n");
    for (Edit edit : hunk) {
      char mark = switch (edit.kind()) {
        case SAME -> ' ';
        case REMOVED -> '-';
        case ADDED -> '+';
      };
      out.append(mark).append(edit.line().text()).append('\n');
      if (edit.line().lastWithoutNewline()) {
        out.append("\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int from, int count) {
    return count == 1 ? String.valueOf(from) : from + "," + count;
  }
}
