package control;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Switch expressions with block arms used inside other expressions: evaluated exactly where Java
 * evaluates them (after what stands to their left, only when reached), assigning locals around.
 */
@MicroPython
public class SwitchExpressionValues {
  static List<String> trace = new ArrayList<>();
  static final String KIND = "kind:" + switch (3) {
    case 1 -> "one";
    default -> {
      String s = "many";
      yield s.toUpperCase();
    }
  };

  static int step(String name, int value) {
    trace.add(name);
    return value;
  }

  static String describe(int n) {
    return n + " is " + switch (n % 3) {
      case 0 -> "divisible";
      case 1 -> {
        if (n > 10) {
          yield "big, rest 1";
        }
        yield "rest 1";
      }
      default -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n % 3; i++) {
          sb.append('*');
        }
        yield "rest " + sb;
      }
    } + ".";
  }

  @Coroutine
  static String slowLabel(int k) {
    sleepMs(5);
    return "label" + k;
  }

  @Coroutine
  static void asyncUse() {
    for (int k = 0; k < 3; k++) {
      System.out.println("async " + switch (k) {
        case 0 -> "none";
        default -> {
          String l = slowLabel(k);
          yield l + "!";
        }
      });
    }
  }

  public static void main(String[] args) {
    System.out.println(KIND);
    for (int n : new int[] {3, 4, 13, 5}) {
      System.out.println(describe(n));
    }
    int total = step("a", 1) + switch (step("b", 2)) {
      case 2 -> {
        int t = step("c", 10);
        yield t * 2;
      }
      default -> 0;
    } + step("d", 100);
    System.out.println(total + " " + trace);
    trace.clear();
    int guard = 0;
    boolean shortCircuit = guard > 0 && switch (guard) {
      default -> {
        trace.add("never evaluated");
        yield true;
      }
    };
    System.out.println(shortCircuit + " " + trace);
    int counter = 0;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(i % 2 == 0 ? "even" : switch (i) {
        case 1 -> {
          counter += 5;
          yield "one";
        }
        default -> {
          counter++;
          int inner = switch (counter) {
            case 6 -> {
              counter *= 10;
              yield counter;
            }
            default -> -1;
          };
          yield "other" + inner;
        }
      });
    }
    System.out.println(out + " counter=" + counter);
    IntFunction<String> f = x -> "f(" + switch (x) {
      case 0 -> {
        yield "zero";
      }
      default -> {
        String sign = x < 0 ? "-" : "+";
        yield sign + x;
      }
    } + ")";
    System.out.println(f.apply(0) + " " + f.apply(-2) + " " + f.apply(7));
    Runnable r = () -> {
      int local = 1;
      String s = "r" + switch (local) {
        case 1 -> {
          local = 2;
          yield local;
        }
        default -> 0;
      } + local;
      System.out.println(s);
    };
    r.run();
    run(SwitchExpressionValues::asyncUse);
  }
}
