package exceptions;

import dev.jmpy.annotations.MicroPython;

/** User exception hierarchy: catch by exact type and by superclass, getMessage, extra fields. */
@MicroPython
public class UserExceptions {
  static class AppException extends RuntimeException {
    AppException(String message) {
      super(message);
    }
  }

  static class NotFound extends AppException {
    private final String key;

    NotFound(String key) {
      super("not found: " + key);
      this.key = key;
    }

    String key() {
      return key;
    }
  }

  static class Invalid extends AppException {
    private final int code;

    Invalid(String message, int code) {
      super(message);
      this.code = code;
    }

    int code() {
      return code;
    }
  }

  static String lookup(String key) {
    if (key.isEmpty()) {
      throw new Invalid("empty key", 400);
    }
    if (key.startsWith("x")) {
      throw new NotFound(key);
    }
    if (key.equals("boom")) {
      throw new AppException("generic failure");
    }
    return key.toUpperCase();
  }

  static void run(String key) {
    try {
      System.out.println("ok: " + lookup(key));
    } catch (NotFound e) {
      System.out.println("NotFound key=" + e.key() + " message=" + e.getMessage());
    } catch (Invalid e) {
      System.out.println("Invalid code=" + e.code() + " message=" + e.getMessage());
    } catch (AppException e) {
      System.out.println("AppException message=" + e.getMessage());
    }
  }

  public static void main(String[] args) {
    run("abc");
    run("xyz");
    run("");
    run("boom");
    try {
      lookup("xq");
    } catch (AppException e) {
      System.out.println("caught as base: " + e.getMessage() + " isNotFound=" + (e instanceof NotFound));
    }
    try {
      throw new Invalid("direct", 7);
    } catch (RuntimeException e) {
      System.out.println("caught as RuntimeException: " + e.getMessage());
    }
  }
}
