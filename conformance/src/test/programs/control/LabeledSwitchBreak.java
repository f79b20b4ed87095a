package ctl;

import dev.jmpy.annotations.MicroPython;

/** Inside a switch in a loop: plain break leaves the switch, labeled break/continue leave or continue the loop. */
@MicroPython
public class LabeledSwitchBreak {
  public static void main(String[] args) {
    String tokens = "ab;cd#ef";
    String out = "";
    loop:
    for (int i = 0; i < tokens.length(); i++) {
      char c = tokens.charAt(i);
      switch (c) {
        case ';':
          out += "|";
          continue loop;
        case '#':
          break loop;
        default:
          out += c;
          break;
      }
      out += ".";
    }
    System.out.println("out = " + out);
    int[] ops = {1, 1, 2, 3, 1, 4, 1};
    int acc = 0;
    int pc = 0;
    run:
    while (pc < ops.length) {
      int op = ops[pc];
      pc++;
      switch (op) {
        case 1 -> acc += 1;
        case 2 -> acc *= 10;
        case 3 -> {
          if (acc > 15) {
            continue run;
          }
          acc = -acc;
        }
        default -> {
          break run;
        }
      }
      acc += 1000;
    }
    System.out.println("acc = " + acc + ", pc = " + pc);
    String trail = "";
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        switch (i + j) {
          case 2:
            continue outer;
          case 3:
            break outer;
          default:
            trail += "" + i + j + " ";
        }
      }
    }
    System.out.println("trail = " + trail);
  }
}
