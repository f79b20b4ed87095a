package lang;

import dev.jmpy.annotations.MicroPython;

/** A static field named main next to the main method, and a local named like the module. */
@MicroPython
public class MainFieldClash {
  static int main = 7;
  static String main_field_clash = "module-named field";

  static int run() {
    return main * 2;
  }

  public static void main(String[] args) {
    System.out.println("main field = " + main);
    main++;
    System.out.println("run() = " + run());
    String mainFieldClash = "local";
    System.out.println(mainFieldClash + " / " + main_field_clash);
  }
}
