package functions;

import dev.jmpy.annotations.MicroPython;

/**
 * A top-level @FunctionalInterface implemented by a lambda, a method reference and a class; a
 * one-method interface with a default method implemented by a class (lang/LambdasForInterfaces
 * calls default methods on lambdas).
 */
@MicroPython
public class LambdaIface2 {
  static int eight() {
    return 8;
  }

  static class Fixed implements Probe {
    public int read() {
      return 9;
    }
  }

  static class Doubler implements Twice {
    public int read() {
      return 21;
    }
  }

  static int sum(Probe... probes) {
    int total = 0;
    for (Probe p : probes) {
      total += p.read();
    }
    return total;
  }

  public static void main(String[] args) {
    Probe lambda = () -> 7;
    Probe reference = LambdaIface2::eight;
    System.out.println(lambda.read() + " " + reference.read() + " " + new Fixed().read());
    System.out.println("sum " + sum(lambda, reference, new Fixed()));
    Twice t = new Doubler();
    System.out.println("twice " + t.twice());
  }
}

@MicroPython
@FunctionalInterface
interface Probe {
  int read();
}

@MicroPython
@FunctionalInterface
interface Twice {
  int read();

  default int twice() {
    return 2 * read();
  }
}
