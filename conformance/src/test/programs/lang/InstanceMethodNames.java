package lang;

import dev.jmpy.annotations.MicroPython;

/** Instance methods and fields named like builtins, keywords or dunder-ish names. */
@MicroPython
public class InstanceMethodNames {
  int len;
  String str;
  int from;

  InstanceMethodNames(int len) {
    this.len = len;
    this.str = "s" + len;
    this.from = -len;
  }

  int len() {
    return len * 2;
  }

  String print() {
    return "print:" + str;
  }

  int pass(int in) {
    return in + from;
  }

  boolean is(InstanceMethodNames other) {
    return other.len == len;
  }

  String hash() {
    return "hash" + len;
  }

  public String toString() {
    return "IMN[" + len + "]";
  }

  public static void main(String[] args) {
    InstanceMethodNames a = new InstanceMethodNames(3);
    InstanceMethodNames b = new InstanceMethodNames(3);
    InstanceMethodNames c = new InstanceMethodNames(4);
    System.out.println("len field " + a.len + ", len() " + a.len());
    System.out.println(a.print());
    System.out.println("pass(10) = " + a.pass(10));
    System.out.println("is b " + a.is(b) + ", is c " + a.is(c));
    System.out.println(a.hash() + " " + a + " " + c.str + " " + c.from);
  }
}
