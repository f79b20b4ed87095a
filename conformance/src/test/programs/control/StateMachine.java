package ctl;

import dev.jmpy.annotations.MicroPython;

/** A loop driving an enum state machine with switch statements, switch expressions and an exit flag. */
@MicroPython
public class StateMachine {
  enum State { IDLE, NUMBER, WORD, DONE }

  static State classify(char c) {
    if (c == '.') {
      return State.DONE;
    }
    if (c >= '0' && c <= '9') {
      return State.NUMBER;
    }
    if (c == ' ') {
      return State.IDLE;
    }
    return State.WORD;
  }

  public static void main(String[] args) {
    String input = "ab 12 c3 456 x. ignored";
    State state = State.IDLE;
    int numbers = 0;
    int words = 0;
    int sum = 0;
    int current = 0;
    int pos = 0;
    while (state != State.DONE) {
      char c = input.charAt(pos);
      pos++;
      State next = classify(c);
      switch (state) {
        case IDLE:
          if (next == State.NUMBER) {
            numbers++;
            current = c - '0';
          } else if (next == State.WORD) {
            words++;
          }
          break;
        case NUMBER:
          if (next == State.NUMBER) {
            current = current * 10 + (c - '0');
            continue;
          }
          sum += current;
          current = 0;
          if (next == State.WORD) {
            next = State.WORD;
          }
          break;
        case WORD:
          if (next == State.NUMBER) {
            next = State.WORD;
          }
          break;
        default:
          break;
      }
      String arrow = switch (next) {
        case IDLE -> "_";
        case NUMBER -> "#";
        case WORD -> "w";
        case DONE -> "$";
      };
      System.out.print(arrow);
      state = next;
    }
    System.out.println();
    System.out.println("numbers = " + numbers + ", words = " + words + ", sum = " + sum + ", stopped at " + pos);
  }
}
