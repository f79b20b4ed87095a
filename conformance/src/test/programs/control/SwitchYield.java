package ctl;

import dev.jmpy.annotations.MicroPython;

/** Switch expressions: yield from blocks with loops and ifs, used as return values, arguments and operands. */
@MicroPython
public class SwitchYield {
  static int calls = 0;

  static int tick(int v) {
    calls++;
    return v;
  }

  static String describe(int n) {
    return switch (n % 3) {
      case 0 -> {
        if (n == 0) {
          yield "zero";
        }
        yield "multiple of three";
      }
      case 1 -> {
        int sum = 0;
        for (int i = 1; i <= n; i++) {
          sum += i;
        }
        yield "one more, triangle " + sum;
      }
      default -> "two more";
    };
  }

  static int weight(String s) {
    int w = switch (s.length()) {
      case 0 -> 0;
      case 1, 2 -> {
        int first = s.charAt(0);
        yield first - 'a' + 1;
      }
      default -> {
        String t = s.substring(0, 3);
        yield t.length() * 10;
      }
    };
    return w + 1000;
  }

  static String label(int a) {
    return "[" + switch (a) {
      case 1 -> "one";
      case 2 -> "two";
      default -> "many";
    } + "]";
  }

  public static void main(String[] args) {
    for (int n = 0; n <= 5; n++) {
      System.out.println(n + ": " + describe(n));
    }
    System.out.println("weights: " + weight("") + " " + weight("c") + " " + weight("ab") + " " + weight("hello"));
    System.out.println("labels: " + label(1) + label(2) + label(3));
    int total = switch (tick(2)) {
      case 1 -> 10;
      case 2 -> 20 + switch (tick(5)) {
        case 5 -> 5;
        default -> 0;
      };
      default -> 0;
    };
    System.out.println("nested total = " + total + ", calls = " + calls);
    int x = 7;
    int picked = switch (x) {
      case 7 -> {
        x = 1;
        yield 2;
      }
      default -> 1;
    };
    int y = 3 * picked + x;
    System.out.println("y = " + y + ", x = " + x);
    int base = x;
    int extra = switch (x) {
      case 1 -> {
        x = 40;
        yield 2;
      }
      default -> 0;
    };
    int z = base + extra;
    System.out.println("z = " + z + ", x = " + x);
  }
}
