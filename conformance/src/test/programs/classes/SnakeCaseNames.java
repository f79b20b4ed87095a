package classes;

import dev.jmpy.annotations.MicroPython;

/** camelCase and acronym names, CONSTANTS, keyword and builtin names, field/method and local clashes. */
@MicroPython
public class SnakeCaseNames {
  static final int MAX_RETRIES = 3;
  static int retryCount = 0;
  static String HTTPServer = "httpd";

  private int size = 4;
  private String str = "field";

  int size() {
    return size * 10;
  }

  static String parseHTTPResponse(String rawInput) {
    return "parsed " + rawInput;
  }

  static int len(int in, int is, int lambda) {
    return in + is + lambda;
  }

  static int print(int list) {
    int sum = list + 1;
    int max = sum * 2;
    return max;
  }

  static String retryCount() {
    return "method";
  }

  static int helper(int x) {
    return x + 1;
  }

  static int shadows() {
    int helper = 5;
    int maxRetries = helper(helper) + MAX_RETRIES;
    return maxRetries;
  }

  public static void main(String[] args) {
    for (int attemptNumber = 0; attemptNumber < MAX_RETRIES; attemptNumber++) {
      retryCount += 1;
    }
    System.out.println("retryCount = " + retryCount + ", method says " + retryCount());
    System.out.println(HTTPServer + " " + parseHTTPResponse("200 OK"));
    System.out.println("len = " + len(1, 2, 3));
    System.out.println("print = " + print(4));
    SnakeCaseNames o = new SnakeCaseNames();
    System.out.println("field size " + o.size + ", size() " + o.size() + ", str " + o.str);
    int None = 7;
    int True = 8;
    String def = "def";
    String type = "type";
    System.out.println("None=" + None + " True=" + True + " " + def + " " + type);
    System.out.println("shadows = " + shadows());
  }
}
