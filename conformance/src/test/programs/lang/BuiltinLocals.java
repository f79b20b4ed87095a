package lang;

import dev.jmpy.annotations.MicroPython;

/** Locals named like Python builtins that the generated code may call (len, str, print...). */
@MicroPython
public class BuiltinLocals {
  public static void main(String[] args) {
    String str = "text";
    int len = str.length();
    String print = "printed";
    int list = 3;
    int range = 4;
    int max = Math.max(len, list);
    int min = Math.min(len, range);
    int abs = Math.abs(-7);
    int sum = max + min + abs;
    String type = "type";
    int id = 9;
    int object = 10;
    int input = 11;
    String repr = String.valueOf(id);
    int isinstance = Integer.parseInt("12");
    System.out.println("str = " + str + ", len = " + len);
    System.out.println(print);
    System.out.println("list = " + list + ", range = " + range);
    for (int i = 0; i < range; i++) {
      list += i;
    }
    System.out.println("list after loop = " + list);
    System.out.println("max = " + max + ", min = " + min + ", abs = " + abs + ", sum = " + sum);
    System.out.println("type = " + type + ", id = " + id + ", object = " + object);
    System.out.println("input = " + input + ", repr = " + repr + ", isinstance = " + isinstance);
    System.out.println("len of print = " + print.length());
    System.out.println("str of len = " + String.valueOf(len) + Integer.toString(len));
    boolean bool = str.isEmpty();
    int self = 13;
    int asyncio = 14;
    System.out.println("bool = " + bool + ", self = " + self + ", asyncio = " + asyncio);
  }
}
