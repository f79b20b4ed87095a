package classes;

import dev.jmpy.annotations.MicroPython;

/** Static nested classes, records, enums and interfaces used together and from each other. */
@MicroPython
public class NestedTypes {
  static final String TITLE = "nested";

  interface Visitor {
    String visit(Node n);
  }

  enum Kind {
    LEAF,
    PAIR
  }

  record Node(Kind kind, int value, Node left, Node right) {}

  static class Printer implements Visitor {
    @Override
    public String visit(Node n) {
      if (n.kind() == Kind.LEAF) {
        return "" + n.value();
      }
      return "(" + visit(n.left()) + " " + visit(n.right()) + ")";
    }
  }

  static class Summer implements Visitor {
    int visited;

    @Override
    public String visit(Node n) {
      visited += 1;
      return "" + sum(n);
    }

    int sum(Node n) {
      if (n.kind() == Kind.LEAF) {
        return n.value();
      }
      return sum(n.left()) + sum(n.right());
    }
  }

  static Node leaf(int v) {
    return new Node(Kind.LEAF, v, null, null);
  }

  static Node pair(Node a, Node b) {
    return new Node(Kind.PAIR, 0, a, b);
  }

  public static void main(String[] args) {
    Node tree = pair(leaf(1), pair(leaf(2), leaf(3)));
    Visitor p = new Printer();
    Summer s = new Summer();
    System.out.println(TITLE + " print: " + p.visit(tree));
    System.out.println(TITLE + " sum: " + s.visit(tree) + " visited " + s.visited);
    System.out.println("leaf: " + leaf(7).value() + " " + leaf(7).kind() + " " + (leaf(7).left() == null));
    System.out.println("kind of tree: " + tree.kind() + " ordinal " + tree.kind().ordinal());
    System.out.println("equal trees: " + tree.equals(pair(leaf(1), pair(leaf(2), leaf(3)))));
  }
}
