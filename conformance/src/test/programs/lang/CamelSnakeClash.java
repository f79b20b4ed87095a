package lang;

import dev.jmpy.annotations.MicroPython;

/** Java names that become the same Python name after snake_casing. */
@MicroPython
public class CamelSnakeClash {
  static int myValue = 1;
  static int my_value = 2;

  static String fooBar() {
    return "fooBar";
  }

  static String foo_bar() {
    return "foo_bar";
  }

  static String getURL() {
    return "getURL";
  }

  static String get_url() {
    return "get_url";
  }

  public static void main(String[] args) {
    System.out.println("myValue = " + myValue + ", my_value = " + my_value);
    myValue = 10;
    System.out.println("myValue = " + myValue + ", my_value = " + my_value);
    System.out.println(fooBar() + " " + foo_bar());
    System.out.println(getURL() + " " + get_url());
    int itemCount = 3;
    int item_count = 4;
    item_count += itemCount;
    System.out.println("itemCount = " + itemCount + ", item_count = " + item_count);
    int x1 = 1;
    int X1 = 2;
    System.out.println("x1 = " + x1 + ", X1 = " + X1);
  }
}
