package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.Stack;
import java.util.Vector;

/**
 * java.util.Stack and Vector: push (its value is the pushed element), pop, peek, empty, search
 * (distance from the top), iteration and text bottom to top, and their List methods; Vector's
 * element methods.
 */
@MicroPython
public class StackVector {
  public static void main(String[] args) {
    Stack<String> stack = new Stack<>();
    stack.push("a");
    String pushed = stack.push("b");
    stack.push("c");
    System.out.println("stack " + stack + " pushed " + pushed + " size " + stack.size()
        + " empty " + stack.empty() + " isEmpty " + stack.isEmpty());
    System.out.println("peek " + stack.peek() + " search c " + stack.search("c") + " a "
        + stack.search("a") + " z " + stack.search("z"));
    for (String s : stack) {
      System.out.println("bottom to top " + s);
    }
    System.out.println("pop " + stack.pop() + " then " + stack + " get(0) " + stack.get(0)
        + " contains b " + stack.contains("b"));
    stack.pop();
    stack.pop();
    System.out.println("empty " + stack.empty());

    Vector<Integer> v = new Vector<>(List.of(5, 6));
    v.addElement(7);
    v.insertElementAt(4, 0);
    System.out.println("vector " + v + " first " + v.firstElement() + " last " + v.lastElement()
        + " elementAt(2) " + v.elementAt(2));
    v.setElementAt(60, 2);
    v.removeElementAt(0);
    System.out.println("after set/remove " + v + " size " + v.size() + " indexOf 7 "
        + v.indexOf(7));
    v.removeAllElements();
    System.out.println("cleared " + v + " " + v.isEmpty());
  }
}
