package demo.app;

import dev.jmpy.annotations.MicroPython;
import demo.util.MathUtil;

@MicroPython
public class App {
  public static void main(String[] args) {
    System.out.println(MathUtil.square(MathUtil.BASE));
    MathUtil util = new MathUtil(2);
    System.out.println(util.scale(21));
  }
}
