package lang;

import dev.jmpy.annotations.MicroPython;

/** finally runs on return, break and continue. */
@MicroPython
public class FinallyControlFlow {
  static int log = 0;

  static int returnInTry() {
    try {
      return 1;
    } finally {
      System.out.println("finally after return");
    }
  }

  static int valueFixedAtReturn() {
    int x = 10;
    try {
      return x;
    } finally {
      x = 20;
      System.out.println("x changed to " + x + " after return");
    }
  }

  public static void main(String[] args) {
    System.out.println("returnInTry = " + returnInTry());
    System.out.println("valueFixedAtReturn = " + valueFixedAtReturn());
    for (int i = 0; i < 5; i++) {
      try {
        if (i == 1) {
          continue;
        }
        if (i == 3) {
          break;
        }
        System.out.println("body " + i);
      } finally {
        System.out.println("finally " + i);
      }
    }
    int n = 0;
    while (true) {
      try {
        n++;
        if (n == 2) {
          break;
        }
      } finally {
        log += 10;
      }
    }
    System.out.println("n = " + n + ", log = " + log);
  }
}
