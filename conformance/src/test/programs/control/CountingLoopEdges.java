package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * Counting loops at their edges: bounds at MAX_VALUE and MIN_VALUE (Java's counter wraps and the
 * loop goes on), steps read from variables, counters and bounds assigned in the body, continue,
 * i * i that overflows, and the remainder and quotient of counters of either sign.
 */
@MicroPython
public class CountingLoopEdges {
  static final int TOP = Integer.MAX_VALUE;
  static final int LIMIT = 50;
  static final int SQUARE = 2147395600; // 46340 * 46340

  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    int seen = 0;
    for (int i = TOP - 2; i <= TOP; i++) {
      out.append(i).append(' ');
      if (++seen == 5) {
        break;
      }
    }
    System.out.println("up to MAX_VALUE wraps: " + out);

    out.setLength(0);
    seen = 0;
    for (int i = Integer.MIN_VALUE + 1; i >= Integer.MIN_VALUE; i--) {
      out.append(i).append(' ');
      if (++seen == 4) {
        break;
      }
    }
    System.out.println("down to MIN_VALUE wraps: " + out);

    out.setLength(0);
    for (int k = 1; k < 4; k++) {
      seen = 0;
      for (int i = TOP - 5; i < TOP; i += k) {
        out.append(i - TOP).append(' ');
        if (++seen == 4) {
          break;
        }
      }
      out.append("| ");
    }
    System.out.println("steps near MAX_VALUE: " + out);

    out.setLength(0);
    for (int k = 2; k <= 4; k++) {
      for (int j = k * k; j <= LIMIT; j += k) {
        if (j % 3 == 0) {
          continue;
        }
        out.append(j).append(' ');
      }
      out.append("| ");
    }
    System.out.println("variable steps, continue: " + out);

    out.setLength(0);
    for (int k = 3; k >= 1; k--) {
      for (int j = 20; j > 0; j -= k) {
        out.append(j).append(' ');
      }
      out.append("| ");
    }
    System.out.println("variable steps down: " + out);

    System.out.println("steps from a parameter: " + stepped(3) + " " + stepped(7));

    out.setLength(0);
    seen = 0;
    for (int i = 46339; i * i <= TOP; i++) {
      out.append(i).append(':').append(i * i).append(' ');
      if (++seen == 4) {
        break;
      }
    }
    System.out.println("i * i overflows: " + out);

    out.setLength(0);
    for (int i = 46338; i * i < SQUARE; i++) {
      out.append(i).append(':').append(i * i + 1).append(' ');
    }
    System.out.println("i * i below the largest square: " + out);

    out.setLength(0);
    for (int i = 2; i * i <= LIMIT; i++) {
      out.append(i * i).append(' ');
    }
    System.out.println("squares up to LIMIT: " + out);

    out.setLength(0);
    for (int i = 0; i < 10; i++) {
      out.append(i).append(' ');
      if (i % 3 == 0) {
        i++; // the counter assigned in the body
      }
    }
    System.out.println("counter assigned in the body: " + out);

    out.setLength(0);
    int bound = 10;
    for (int i = 0; i < bound; i++) {
      out.append(i).append(' ');
      if (i == 2) {
        bound = 5; // the bound assigned in the body
      }
    }
    System.out.println("bound assigned in the body: " + out);

    int n = 0;
    while (n < LIMIT) {
      n++;
      if (n % 7 == 0) {
        continue;
      }
    }
    System.out.println("counter after a while loop: " + n);

    int[] squares = new int[8];
    int w = 0;
    while (w < squares.length) {
      squares[w] = w * w;
      w++;
    }
    int v = 1;
    int sum = 0;
    while (v <= squares.length - 1) {
      if (v % 2 == 0) {
        sum += squares[v] / 2;
      }
      v++;
      sum += squares[v - 1] % 5;
    }
    System.out.println("while counters: " + w + " " + v + " " + sum);

    out.setLength(0);
    int u = TOP - 2;
    seen = 0;
    while (u <= TOP) {
      out.append(u - TOP).append(' ');
      u++;
      if (++seen == 4) {
        break;
      }
    }
    System.out.println("while up to MAX_VALUE wraps: " + out + u);

    int twice = 0;
    int runs = 0;
    while (twice < 10) {
      for (int r = 0; r < 3; r++) {
        twice++; // more than once per test: no range
      }
      runs++;
    }
    System.out.println("incremented in a nested loop: " + twice + " after " + runs);

    out.setLength(0);
    for (int i = -7; i <= 7; i += 2) {
      out.append(i % 3).append('/').append(i / 2).append(' ');
    }
    System.out.println("remainders and quotients, both signs: " + out);

    out.setLength(0);
    for (int i = 14; i >= 0; i -= 3) {
      out.append(i % 4).append('/').append(i / 4).append(' ');
    }
    System.out.println("remainders and quotients counting down: " + out);

    int[] values = {5, -6, 7, -8, 9};
    int total = 0;
    for (int i = values.length - 1; i >= 0; i--) {
      total += values[i] % 4 + i % 2;
    }
    for (int i = 0; i <= values.length - 1; i++) {
      total += values[i] / 3;
    }
    System.out.println("array counters: " + total);

    List<Integer> list = new ArrayList<>(List.of(4, 5, 6));
    out.setLength(0);
    for (int i = 6; i > list.size(); i--) {
      out.append(i % 4).append(' ');
    }
    for (int i = 0; i <= list.size() - 1; i++) {
      out.append(list.get(i) / 2).append(' ');
    }
    System.out.println("non-stable bounds: " + out);

    out.setLength(0);
    seen = 0;
    for (long x = Long.MAX_VALUE - 1; x <= Long.MAX_VALUE; x++) {
      out.append(x).append(' ');
      if (++seen == 3) {
        break;
      }
    }
    System.out.println("long up to MAX_VALUE wraps: " + out);

    out.setLength(0);
    seen = 0;
    for (byte b = 125; b <= Byte.MAX_VALUE; b++) {
      out.append(b).append(' ');
      if (++seen == 4) {
        break;
      }
    }
    System.out.println("byte up to its MAX_VALUE wraps: " + out);

    out.setLength(0);
    seen = 0;
    for (short s = 32760; s < 40000; s += 4) {
      out.append(s).append(' ');
      if (++seen == 4) {
        break;
      }
    }
    System.out.println("short past its MAX_VALUE wraps: " + out);
  }

  static int stepped(int step) {
    int total = 0;
    for (int j = 0; j < 20; j += step) {
      total += j;
    }
    return total;
  }
}
