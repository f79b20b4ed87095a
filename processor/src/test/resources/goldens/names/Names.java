import dev.jmpy.annotations.MicroPython;

@MicroPython
public class Names {
  static int count = 1;
  static int maxValue = 3;

  static int count2(int in, int is, int pass, int len) {
    int print = in + is;
    int count = print + pass + len;
    return count + Names.count;
  }

  static String getHTTPResponseCode(String str) {
    String None = str;
    return None;
  }

  static void sideEffect() {
    int maxValue = 4;
    count = maxValue + Names.maxValue;
  }
}
