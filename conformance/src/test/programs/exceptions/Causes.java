package exceptions;

import dev.jmpy.annotations.MicroPython;

/**
 * getMessage (null when none), getCause, the (message, cause) and (cause) constructors with
 * Java's message rule, initCause, addSuppressed/getSuppressed, printStackTrace (to stderr), and
 * an exception's text as Java prints it: its class's name, ": " and its message.
 */
@MicroPython
public class Causes {
  static class SensorException extends Exception {
    SensorException(String message, Throwable cause) {
      super(message, cause);
    }

    SensorException(Throwable cause) {
      super(cause);
    }
  }

  static class Quiet extends RuntimeException {
    Quiet() {
      super();
    }

    @Override
    public String getMessage() {
      return "quiet " + 7;
    }
  }

  static class Named extends IllegalStateException {
    Named(String message) {
      super(message);
    }

    @Override
    public String toString() {
      return "Named(" + getMessage() + ")";
    }
  }

  static int read(int pin) throws SensorException {
    try {
      return 100 / pin;
    } catch (ArithmeticException e) {
      throw new SensorException("pin " + pin + " unreadable", e);
    }
  }

  public static void main(String[] args) {
    try {
      read(0);
    } catch (SensorException e) {
      System.out.println(e.getMessage());
      System.out.println(e.getCause().getMessage());
      System.out.println("cause: " + e.getCause());
      System.out.println(e);
      e.printStackTrace();
    }
    SensorException wrapped = new SensorException(new IllegalArgumentException("bad pin"));
    System.out.println(wrapped.getMessage());
    System.out.println(String.valueOf(wrapped));
    SensorException noCause = new SensorException((Throwable) null);
    System.out.println(noCause.getMessage() == null);
    System.out.println(noCause.getCause() == null);
    RuntimeException plain = new RuntimeException();
    System.out.println(plain.getMessage() == null);
    System.out.println(plain);
    System.out.println("" + new IllegalStateException("busy"));
    System.out.println(new UnsupportedOperationException("ro").toString());
    System.out.println(new RuntimeException("outer", new Exception("inner")));
    System.out.println(new RuntimeException(new Exception("inner")).getMessage());
    System.out.println(new java.util.NoSuchElementException("none left"));
    System.out.println(new IndexOutOfBoundsException(5).getMessage());
    System.out.println(new Quiet());
    System.out.println(new Named("n"));
    Throwable t = new Named("via Throwable");
    System.out.println(t);
    IllegalStateException late = new IllegalStateException("late");
    System.out.println(late.getCause() == null);
    late.initCause(new ArithmeticException("first"));
    System.out.println(late.getCause());
    try {
      late.initCause(new ArithmeticException("second"));
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
      System.out.println(e.getCause() == late);
    }
    Exception primary = new Exception("primary");
    System.out.println(primary.getSuppressed().length);
    primary.addSuppressed(new IllegalStateException("close failed"));
    primary.addSuppressed(new RuntimeException("again"));
    Throwable[] all = primary.getSuppressed();
    System.out.println(all.length);
    for (Throwable s : all) {
      System.out.println("suppressed " + s);
    }
    try {
      primary.addSuppressed(primary);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
    primary.printStackTrace();
    try {
      int[] a = new int[2];
      a[3] = 1;
    } catch (IndexOutOfBoundsException e) {
      System.out.println(e.getCause() == null);
      e.addSuppressed(new RuntimeException("on a board exception"));
      System.out.println(e.getSuppressed().length);
    }
    try {
      Integer.parseInt("x1");
    } catch (NumberFormatException e) {
      System.out.println(e);
    }
    try {
      throw new Quiet();
    } catch (RuntimeException e) {
      System.out.println("caught " + e);
    }
  }
}
