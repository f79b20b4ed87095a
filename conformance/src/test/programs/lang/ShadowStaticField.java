package lang;

import dev.jmpy.annotations.MicroPython;

/** Locals and parameters that shadow a static field must not write the module variable. */
@MicroPython
public class ShadowStaticField {
  static int value = 100;
  static String name = "global";

  static void setLocal() {
    int value = 5;
    value += 1;
    System.out.println("local value = " + value);
  }

  static void setParam(int value) {
    value = value * 2;
    System.out.println("param value = " + value);
  }

  static void setField() {
    value = value + 1;
  }

  static void setQualified(int value) {
    ShadowStaticField.value = value;
  }

  static String readBoth(String name) {
    return name + "/" + ShadowStaticField.name;
  }

  public static void main(String[] args) {
    setLocal();
    System.out.println("after setLocal: " + value);
    setParam(7);
    System.out.println("after setParam: " + value);
    setField();
    System.out.println("after setField: " + value);
    setQualified(55);
    System.out.println("after setQualified: " + value);
    System.out.println(readBoth("local"));
    String name = "main";
    System.out.println(name + " " + ShadowStaticField.name);
    ShadowStaticField.name = "changed";
    System.out.println(name + " " + ShadowStaticField.name);
  }
}
