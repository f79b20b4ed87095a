package classes;

import dev.jmpy.annotations.MicroPython;

/** A main that uses its args parameter (empty when run), and writes a line to System.err. */
@MicroPython
public class MainWithArgs {
  static String describe(String[] args) {
    if (args.length == 0) {
      return "no arguments";
    }
    return args.length + " arguments, first " + args[0];
  }

  public static void main(String[] args) {
    System.out.println("args.length = " + args.length);
    System.out.println(describe(args));
    System.out.println(describe(new String[] {"a", "b"}));
    for (String a : args) {
      System.out.println("arg " + a);
    }
    System.err.println("diagnostic on stderr " + args.length);
    System.out.println("done");
  }
}
