package lang;

import dev.jmpy.annotations.MicroPython;

/** Objects linked through a field named next, walked by loops and recursion. */
@MicroPython
public class LinkedNodes {
  int value;
  LinkedNodes next;

  LinkedNodes(int value, LinkedNodes next) {
    this.value = value;
    this.next = next;
  }

  int sum() {
    return value + (next == null ? 0 : next.sum());
  }

  int length() {
    int n = 0;
    LinkedNodes cur = this;
    while (cur != null) {
      n++;
      cur = cur.next;
    }
    return n;
  }

  public String toString() {
    return next == null ? "" + value : value + "->" + next;
  }

  public static void main(String[] args) {
    LinkedNodes list = null;
    for (int i = 1; i <= 4; i++) {
      list = new LinkedNodes(i * i, list);
    }
    System.out.println("list = " + list);
    System.out.println("sum = " + list.sum() + ", length = " + list.length());
    list.next.next = null;
    System.out.println("cut = " + list + ", length = " + list.length());
    LinkedNodes next = list.next;
    System.out.println("next = " + next + ", next.next is null: " + (next.next == null));
  }
}
