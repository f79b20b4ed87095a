package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Static initializer blocks in textual order with static fields; instance blocks with field initializers. */
@MicroPython
public class InitializerBlocks {
  static List<String> log = new ArrayList<>();
  static int a = 2;

  static {
    log.add("static block 1, a=" + a);
    a = a * 10;
  }

  static int b = a + 1;

  static {
    log.add("static block 2, b=" + b);
    b += 100;
  }

  private int x = 1;
  private String s;

  {
    log.add("instance block, x=" + x);
    x += 5;
    s = "set in block";
  }

  private int y = x * 2;

  InitializerBlocks(int extra) {
    log.add("constructor, x=" + x + " y=" + y);
    y += extra;
  }

  public static void main(String[] args) {
    System.out.println("a=" + a + " b=" + b);
    InitializerBlocks first = new InitializerBlocks(1);
    InitializerBlocks second = new InitializerBlocks(2);
    System.out.println("first: x=" + first.x + " y=" + first.y + " s=" + first.s);
    System.out.println("second: y=" + second.y);
    for (String line : log) {
      System.out.println(line);
    }
  }
}
