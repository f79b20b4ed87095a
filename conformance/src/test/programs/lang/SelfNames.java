package lang;

import dev.jmpy.annotations.MicroPython;

/** Fields, parameters and locals named self (Python's receiver name). */
@MicroPython
public class SelfNames {
  int self;
  int other;

  SelfNames(int self) {
    this.self = self;
    this.other = self + 1;
  }

  int add(int self) {
    return this.self + self + other;
  }

  int local() {
    int self = 100;
    return self + this.self;
  }

  String show() {
    return "self=" + self + " other=" + other;
  }

  public static void main(String[] args) {
    SelfNames s = new SelfNames(10);
    System.out.println(s.show());
    System.out.println("add(1) = " + s.add(1));
    System.out.println("local() = " + s.local());
    SelfNames self = new SelfNames(20);
    System.out.println("local self: " + self.show() + " " + self.add(self.self));
  }
}
