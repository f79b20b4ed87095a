package lang;

import dev.jmpy.annotations.MicroPython;

/** cur.next = cur = node: Java picks the object before the value rebinds cur (found by a bug hunt). */
@MicroPython
public class FieldChainAssign {
  static class Node {
    int val;
    Node next;

    Node(int val) {
      this.val = val;
    }
  }

  public static void main(String[] args) {
    Node head = new Node(0);
    Node cur = head;
    for (int i = 1; i <= 3; i++) {
      cur.next = cur = new Node(i);
    }
    StringBuilder sb = new StringBuilder();
    int guard = 0;
    for (Node n = head; n != null && guard < 6; n = n.next, guard++) {
      sb.append(n.val).append(' ');
    }
    System.out.println(sb);
  }
}
