package control;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * break, continue, return and yield anywhere inside switch arms (nested in if, loops, try), a
 * nested switch's default: break, and labels on blocks, ifs, switches and try statements.
 */
@MicroPython
public class SwitchJumps {
  static List<String> log = new ArrayList<>();

  static String classify(int[] codes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      switch (c) {
        case 0:
          if (i == 0) {
            out.append("first-zero ");
            break;
          }
          out.append("zero ");
          break;
        case 1:
        case 2:
          for (int k = 0; k < c; k++) {
            if (k == 1) {
              break; // leaves the for, not the switch
            }
            out.append("k").append(k).append(' ');
          }
          out.append("small ");
          // falls through
        case 3:
          if (c == 3) {
            continue; // the loop around the switch
          }
          out.append("three-or-fell ");
          break;
        case 9:
          out.append("stop");
          return out.toString();
        default:
          try {
            if (c < 0) {
              break;
            }
            out.append("big ");
          } finally {
            out.append("finally ");
          }
      }
      out.append("| ");
    }
    return out.toString();
  }

  static int nested(int a, int b) {
    int result = 0;
    switch (a) {
      case 1:
        switch (b) {
          case 1:
            result = 11;
            break;
          default:
            break;
        }
        result += 100;
        break;
      case 2:
        switch (b) {
          case 5 -> result = 25;
          default -> {
            if (b > 5) {
              break;
            }
            result = -1;
          }
        }
        break;
      default:
        result = -99;
    }
    return result;
  }

  static String search(int[][] grid, int target) {
    String found = "none";
    outer:
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < grid[r].length; c++) {
        switch (grid[r][c] - target) {
          case 0:
            found = r + "," + c;
            break outer;
          case 1:
            continue outer;
          default:
            if (grid[r][c] < 0) {
              break;
            }
            log.add("saw " + grid[r][c]);
        }
      }
    }
    return found;
  }

  static int yieldNested(int k, int[] data) {
    int v = switch (k) {
      case 0 -> {
        for (int x : data) {
          if (x > 10) {
            yield x; // from inside a loop
          }
        }
        yield -1;
      }
      case 1 -> {
        if (data.length == 0) {
          yield 0;
        } else if (data.length == 1) {
          yield data[0];
        }
        int sum = 0;
        for (int x : data) {
          sum += x;
        }
        yield sum;
      }
      case 2 -> {
        try {
          if (data[0] < 0) {
            yield 99;
          }
        } finally {
          log.add("finally of 2");
        }
        yield 2;
      }
      default -> {
        int inner = switch (data.length) {
          case 0 -> 0;
          default -> {
            while (true) {
              if (data[0] % 2 == 0) {
                yield 100;
              }
              yield 101;
            }
          }
        };
        yield inner + 1;
      }
    };
    return v;
  }

  static String returned(int k) {
    return switch (k) {
      case 1 -> {
        for (int i = 0; i < 5; i++) {
          if (i * k > 2) {
            yield "late " + i;
          }
        }
        yield "never";
      }
      case 2 -> {
        if (k > 1) {
          yield "two";
        }
        yield "not two";
      }
      default -> "other";
    };
  }

  static int labeled(int n) {
    int steps = 0;
    block:
    {
      steps++;
      if (n > 5) {
        break block;
      }
      steps += 10;
      check:
      if (n > 2) {
        steps += 100;
        if (n == 4) {
          break check;
        }
        steps += 1000;
      }
    }
    sw:
    switch (n % 3) {
      case 0:
        for (int i = 0; i < 3; i++) {
          if (i == n) {
            break sw;
          }
          steps += 10000;
        }
        steps++;
        break;
      default:
        steps--;
    }
    attempt:
    try {
      if (n == 7) {
        break attempt;
      }
      steps *= 2;
    } finally {
      steps += 3;
    }
    return steps;
  }

  static String loopInLabeledBlock() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      found:
      {
        for (int j = 0; j < 4; j++) {
          if (i + j == 4) {
            out.append(i).append(j).append(' ');
            break found;
          }
        }
        out.append("no").append(i).append(' ');
      }
      if (i == 2) {
        continue;
      }
      out.append(". ");
    }
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.println(classify(new int[] {0, 0, 1, 2, 3, 7, -4, 9, 5}));
    System.out.println(classify(new int[] {3, 3}));
    System.out.println(nested(1, 1) + " " + nested(1, 2) + " " + nested(2, 5) + " " + nested(2, 7)
        + " " + nested(2, 3) + " " + nested(3, 3));
    int[][] grid = {{1, -2, 3}, {4, 6, 5}, {7, 8, 9}};
    System.out.println(search(grid, 5) + " " + search(grid, 8) + " " + search(grid, 42));
    System.out.println(log);
    log.clear();
    int[] data = {3, 12, 20};
    System.out.println(yieldNested(0, data) + " " + yieldNested(0, new int[] {1}) + " "
        + yieldNested(1, new int[0]) + " " + yieldNested(1, new int[] {7}) + " "
        + yieldNested(1, data) + " " + yieldNested(2, new int[] {-1}) + " "
        + yieldNested(2, data) + " " + yieldNested(3, new int[] {4}) + " "
        + yieldNested(3, new int[] {5}) + " " + yieldNested(3, new int[0]));
    System.out.println(log);
    System.out.println(returned(1) + "; " + returned(2) + "; " + returned(3));
    for (int n = 0; n < 9; n++) {
      System.out.print(labeled(n) + " ");
    }
    System.out.println();
    System.out.println(loopInLabeledBlock());
  }
}
