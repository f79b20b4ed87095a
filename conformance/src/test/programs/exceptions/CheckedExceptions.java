package exceptions;

import dev.jmpy.annotations.MicroPython;

/** A user checked exception declared with throws, rethrown, wrapped in an unchecked one. */
@MicroPython
public class CheckedExceptions {
  static class ConfigException extends Exception {
    private final String field;

    ConfigException(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  static int readPort(String value) throws ConfigException {
    if (value.isEmpty()) {
      throw new ConfigException("port", "missing");
    }
    int port = Integer.parseInt(value);
    if (port <= 0 || port > 65535) {
      throw new ConfigException("port", "out of range " + port);
    }
    return port;
  }

  static int readPortOrDefault(String value) {
    try {
      return readPort(value);
    } catch (ConfigException e) {
      System.out.println("  defaulting because " + e.getMessage());
      return 8080;
    }
  }

  static int strict(String value) {
    try {
      return readPort(value);
    } catch (ConfigException e) {
      throw new IllegalStateException("strict: " + e.field());
    }
  }

  static int rethrow(String value) throws ConfigException {
    try {
      return readPort(value);
    } catch (ConfigException e) {
      System.out.println("  rethrowing " + e.field());
      throw e;
    }
  }

  public static void main(String[] args) {
    System.out.println("port 80 -> " + readPortOrDefault("80"));
    System.out.println("port '' -> " + readPortOrDefault(""));
    System.out.println("port 70000 -> " + readPortOrDefault("70000"));
    try {
      strict("0");
    } catch (IllegalStateException e) {
      System.out.println("strict failed: " + e.getMessage());
    }
    try {
      rethrow("");
    } catch (ConfigException e) {
      System.out.println("rethrown: " + e.getMessage());
    }
  }
}
