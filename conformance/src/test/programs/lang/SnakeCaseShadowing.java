package lang;

import dev.jmpy.annotations.MicroPython;

/** A camelCase local whose snake_case form is the name of a method or field used nearby. */
@MicroPython
public class SnakeCaseShadowing {
  static int max_value = 50;

  static int total_count() {
    return 5;
  }

  static String item_name(int i) {
    return "item" + i;
  }

  static int useParam(int maxValue) {
    return maxValue + max_value;
  }

  public static void main(String[] args) {
    int totalCount = total_count() + 1;
    System.out.println("totalCount = " + totalCount + ", total_count() = " + total_count());
    String itemName = item_name(1);
    for (int i = 2; i < 4; i++) {
      itemName += "," + item_name(i);
    }
    System.out.println("itemName = " + itemName);
    System.out.println("useParam(7) = " + useParam(7));
    int maxValue = max_value * 2;
    System.out.println("maxValue = " + maxValue + ", max_value = " + max_value);
  }
}
