package text;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Scanner;

/** Scanner over a String: a postfix calculator reading ints and operators, try-with-resources. */
@MicroPython
public class ScannerText {
  static int evaluate(String expression) {
    Deque<Integer> stack = new ArrayDeque<>();
    try (Scanner tokens = new Scanner(expression)) {
      while (tokens.hasNext()) {
        if (tokens.hasNextInt()) {
          stack.push(tokens.nextInt());
        } else {
          String op = tokens.next();
          int b = stack.pop();
          int a = stack.pop();
          stack.push(switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            default -> a / b;
          });
        }
      }
    }
    return stack.pop();
  }

  public static void main(String[] args) {
    System.out.println(evaluate("5 1 2 + 4 * + 3 -"));
    System.out.println(evaluate(" 2\t3\n* -4 /"));
    Scanner lines = new Scanner("first\r\nsecond\rthird\n\nlast");
    while (lines.hasNextLine()) {
      System.out.println("[" + lines.nextLine() + "]");
    }
    Scanner empty = new Scanner("");
    System.out.println("empty: " + empty.hasNext() + " " + empty.hasNextLine());
  }
}
